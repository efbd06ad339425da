package org.tradenet.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.tradenet.community.Partition;

/**
 * Two partitions of the same nodes compared: "before" (A) and "after" (B), for instance the
 * communities before and after a trade shock. Immutable.
 *
 * <p>Measures, from the contingency table n_ab (nodes in community a of A and b of B), with
 * natural logarithms:
 * <ul>
 * <li>mutual information I = Σ (n_ab/n) ln(n n_ab / (n_a n_b)); entropies H(A), H(B);</li>
 * <li>NMI = I / mean(H(A), H(B)) ({@link NmiNormalisation}, arithmetic by default; Danon et al.
 *     2005, doi:10.1088/1742-5468/2005/09/P09008); 1 when both partitions are a single
 *     community (nothing to tell apart), as scikit-learn does;</li>
 * <li>adjusted Rand index (Hubert &amp; Arabie 1985, doi:10.1007/BF01908075); 1 when both
 *     partitions agree trivially (all singletons or one community each), as scikit-learn;</li>
 * <li>variation of information VI = H(A) + H(B) − 2I (Meilă 2007,
 *     doi:10.1016/j.jmva.2006.11.013), in nats, as igraph's {@code compare_communities}.</li>
 * </ul>
 * The transition table lists, for each before community, where its members went. A node
 * counts as moved when its after community is not the one matched to its before community;
 * communities are matched one to one, largest overlap first (ties to the lower labels), so
 * relabelling alone moves nobody.
 *
 * <p>O(n log n). Deterministic.
 */
public final class PartitionComparison {

    /**
     * Members of before community {@code before} that are in after community {@code after}.
     *
     * @param before  the before community's label
     * @param after   the after community's label
     * @param members the node names, in node order
     */
    public record Transition(String before, String after, List<String> members) {
        /**
         * Copies the members, so the record stays immutable.
         *
         * @param before  the before community's label
         * @param after   the after community's label
         * @param members the node names, in node order
         */
        public Transition {
            members = List.copyOf(members);
        }
    }

    /**
     * A node whose community changed.
     *
     * @param node   the node's name
     * @param before its community label before
     * @param after  its community label after
     */
    public record Move(String node, String before, String after) {
    }

    private final List<String> nodes;
    private final int[] a;
    private final int[] b;
    private final List<String> labelsA;
    private final List<String> labelsB;
    private final List<String> onlyBefore;
    private final List<String> onlyAfter;
    private final long[][] table;
    private final int[] matchOfA;

    private PartitionComparison(List<String> nodes, int[] a, int[] b, List<String> labelsA, List<String> labelsB,
                                List<String> onlyBefore, List<String> onlyAfter) {
        this.nodes = List.copyOf(nodes);
        this.a = a;
        this.b = b;
        this.labelsA = List.copyOf(labelsA);
        this.labelsB = List.copyOf(labelsB);
        this.onlyBefore = List.copyOf(onlyBefore);
        this.onlyAfter = List.copyOf(onlyAfter);
        this.table = new long[labelsA.size()][labelsB.size()];
        for (int i = 0; i < a.length; i++) {
            table[a[i]][b[i]]++;
        }
        this.matchOfA = match(table);
    }

    /**
     * Compares two partitions of the same nodes; nodes are named by {@code nodes} (for instance country
     * ids), communities by their labels.
     *
     * @param nodes  node names in index order, one per node of the partitions
     * @param before the partition before
     * @param after  the partition after, over the same nodes
     * @return NMI, ARI, VI, the contingency table, transitions and moves
     * @throws IllegalArgumentException when the sizes differ
     */
    public static PartitionComparison of(List<String> nodes, Partition before, Partition after) {
        if (before.nodeCount() != after.nodeCount() || nodes.size() != before.nodeCount()) {
            throw new IllegalArgumentException("both partitions must cover the same " + nodes.size() + " nodes (got "
                    + before.nodeCount() + " and " + after.nodeCount() + ")");
        }
        return new PartitionComparison(nodes, before.membership(), after.membership(), labels(before.communityCount()),
                labels(after.communityCount()), List.of(), List.of());
    }

    /**
     * Compares two partitions of the nodes {@code 0..n-1}, named by their indices.
     *
     * @param before the partition before
     * @param after  the partition after, over the same nodes
     * @return NMI, ARI, VI, the contingency table, transitions and moves
     */
    public static PartitionComparison of(Partition before, Partition after) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < before.nodeCount(); i++) {
            names.add(String.valueOf(i));
        }
        return of(names, before, after);
    }

    /**
     * Compares two labelled partitions (node → community label) on the nodes they share; nodes in only
     * one of them are listed ({@link #onlyBefore()}, {@link #onlyAfter()}) and left out of every measure.
     * Nodes are taken in id order.
     *
     * @param before node id → community label before (for instance a saved partition)
     * @param after  node id → community label after
     * @return NMI, ARI, VI, the contingency table, transitions and moves
     */
    public static PartitionComparison of(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> common = new TreeSet<>(before.keySet());
        common.retainAll(after.keySet());
        List<String> onlyB = before.keySet().stream().filter(k -> !after.containsKey(k)).sorted().toList();
        List<String> onlyA = after.keySet().stream().filter(k -> !before.containsKey(k)).sorted().toList();
        List<String> nodes = new ArrayList<>(common);
        Map<String, Integer> ia = new HashMap<>();
        Map<String, Integer> ib = new HashMap<>();
        List<String> la = new ArrayList<>();
        List<String> lb = new ArrayList<>();
        int[] a = new int[nodes.size()];
        int[] b = new int[nodes.size()];
        for (String label : sortedLabels(before, common)) {
            ia.put(label, la.size());
            la.add(label);
        }
        for (String label : sortedLabels(after, common)) {
            ib.put(label, lb.size());
            lb.add(label);
        }
        for (int i = 0; i < nodes.size(); i++) {
            a[i] = ia.get(before.get(nodes.get(i)));
            b[i] = ib.get(after.get(nodes.get(i)));
        }
        return new PartitionComparison(nodes, a, b, la, lb, onlyB, onlyA);
    }

    /** Labels in natural order: numerically when they are all integers. */
    private static List<String> sortedLabels(Map<String, String> m, TreeSet<String> nodes) {
        TreeSet<String> set = new TreeSet<>();
        for (String n : nodes) {
            set.add(m.get(n));
        }
        List<String> out = new ArrayList<>(set);
        if (out.stream().allMatch(s -> s.matches("-?\\d{1,18}"))) {
            out.sort(Comparator.comparingLong(Long::parseLong));
        }
        return out;
    }

    private static List<String> labels(int k) {
        List<String> l = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            l.add(String.valueOf(c));
        }
        return l;
    }

    /** Greedy one-to-one matching of before to after communities by overlap; -1 where unmatched. */
    private static int[] match(long[][] t) {
        int ka = t.length;
        int kb = ka == 0 ? 0 : t[0].length;
        List<long[]> cells = new ArrayList<>();
        for (int i = 0; i < ka; i++) {
            for (int j = 0; j < kb; j++) {
                if (t[i][j] > 0) {
                    cells.add(new long[] {t[i][j], i, j});
                }
            }
        }
        cells.sort(Comparator.<long[]>comparingLong(c -> -c[0]).thenComparingLong(c -> c[1]).thenComparingLong(c -> c[2]));
        int[] m = new int[ka];
        Arrays.fill(m, -1);
        boolean[] taken = new boolean[kb];
        for (long[] c : cells) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (m[i] < 0 && !taken[j]) {
                m[i] = j;
                taken[j] = true;
            }
        }
        return m;
    }

    /** {@return the nodes compared, in order} */
    public List<String> nodes() {
        return nodes;
    }

    /** {@return nodes of the before partition missing from the after one (left out of the measures)} */
    public List<String> onlyBefore() {
        return onlyBefore;
    }

    /** {@return nodes of the after partition missing from the before one (left out of the measures)} */
    public List<String> onlyAfter() {
        return onlyAfter;
    }

    /** {@return community labels of the before partition, in order} */
    public List<String> beforeLabels() {
        return labelsA;
    }

    /** {@return community labels of the after partition, in order} */
    public List<String> afterLabels() {
        return labelsB;
    }

    /** {@return the number of communities before (among the compared nodes)} */
    public int beforeCount() {
        return labelsA.size();
    }

    /** {@return the number of communities after (among the compared nodes)} */
    public int afterCount() {
        return labelsB.size();
    }

    private double entropy(int[] labels, int k) {
        long[] count = new long[k];
        for (int c : labels) {
            count[c]++;
        }
        double n = labels.length;
        double h = 0;
        for (long c : count) {
            if (c > 0) {
                h -= (c / n) * Math.log(c / n);
            }
        }
        return Math.max(h, 0.0);
    }

    /** {@return H(A), nats} */
    public double entropyBefore() {
        return entropy(a, labelsA.size());
    }

    /** {@return H(B), nats} */
    public double entropyAfter() {
        return entropy(b, labelsB.size());
    }

    /** {@return I(A; B), nats} */
    public double mutualInformation() {
        double n = a.length;
        long[] na = rowSums();
        long[] nb = colSums();
        double mi = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                long x = table[i][j];
                if (x > 0) {
                    mi += (x / n) * Math.log(n * x / ((double) na[i] * nb[j]));
                }
            }
        }
        return Math.max(mi, 0.0);
    }

    /** {@return NMI with arithmetic normalisation} */
    public double nmi() {
        return nmi(NmiNormalisation.ARITHMETIC);
    }

    /**
     * {@return NMI with the given normalisation, in [0, 1]; NaN with no nodes}
     *
     * @param normalisation how the mutual information is divided: by the arithmetic or geometric mean, the
     *                      max or the min of the two entropies
     */
    public double nmi(NmiNormalisation normalisation) {
        if (a.length == 0) {
            return Double.NaN;
        }
        if (labelsA.size() == 1 && labelsB.size() == 1) {
            return 1.0;
        }
        double ha = entropyBefore();
        double hb = entropyAfter();
        double d = normalisation.of(ha, hb);
        if (d <= 0) {
            return 0.0;
        }
        return Math.min(1.0, Math.max(0.0, mutualInformation() / d));
    }

    /** {@return the adjusted Rand index; NaN with no nodes} */
    public double adjustedRand() {
        int n = a.length;
        if (n == 0) {
            return Double.NaN;
        }
        double sumCells = 0;
        for (long[] row : table) {
            for (long x : row) {
                sumCells += pairs(x);
            }
        }
        double sumA = 0;
        for (long x : rowSums()) {
            sumA += pairs(x);
        }
        double sumB = 0;
        for (long x : colSums()) {
            sumB += pairs(x);
        }
        double total = pairs(n);
        double expected = total == 0 ? 0 : sumA * sumB / total;
        double max = (sumA + sumB) / 2;
        if (max == expected) {
            // Both trivial in the same way (all singletons, or one community each), as scikit-learn.
            return 1.0;
        }
        return (sumCells - expected) / (max - expected);
    }

    private static double pairs(long x) {
        return x * (x - 1) / 2.0;
    }

    /** {@return the variation of information, nats} */
    public double variationOfInformation() {
        if (a.length == 0) {
            return Double.NaN;
        }
        return Math.max(0.0, entropyBefore() + entropyAfter() - 2 * mutualInformation());
    }

    private long[] rowSums() {
        long[] s = new long[table.length];
        for (int i = 0; i < table.length; i++) {
            for (long x : table[i]) {
                s[i] += x;
            }
        }
        return s;
    }

    private long[] colSums() {
        long[] s = new long[labelsB.size()];
        for (long[] row : table) {
            for (int j = 0; j < row.length; j++) {
                s[j] += row[j];
            }
        }
        return s;
    }

    /**
     * {@return the number of compared nodes in before community {@code before} and after community
     * {@code after}}
     *
     * @param before a before community, by its index in the contingency table
     * @param after  an after community, by its index in the contingency table
     */
    public long count(int before, int after) {
        return table[before][after];
    }

    /**
     * {@return the after community matched to a before community, if any}
     *
     * @param beforeLabel the before community's label
     */
    public java.util.Optional<String> matchOf(String beforeLabel) {
        int i = labelsA.indexOf(beforeLabel);
        if (i < 0 || matchOfA[i] < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(labelsB.get(matchOfA[i]));
    }

    /**
     * {@return where the members of each before community went: one entry per non-empty cell, before-major}
     */
    public List<Transition> transitions() {
        Map<Long, List<String>> cells = new LinkedHashMap<>();
        Integer[] order = new Integer[a.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> a[i]).thenComparingInt(i -> b[i]).thenComparingInt(i -> i));
        for (int i : order) {
            cells.computeIfAbsent(((long) a[i] << 32) | b[i], k -> new ArrayList<>()).add(nodes.get(i));
        }
        List<Transition> out = new ArrayList<>();
        cells.forEach((key, members) -> out.add(new Transition(labelsA.get((int) (key >>> 32)),
                labelsB.get((int) (key & 0xffffffffL)), members)));
        return Collections.unmodifiableList(out);
    }

    /**
     * {@return the nodes whose after community is not the one matched to their before community, in node
     * order}
     */
    public List<Move> moved() {
        List<Move> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (matchOfA[a[i]] != b[i]) {
                out.add(new Move(nodes.get(i), labelsA.get(a[i]), labelsB.get(b[i])));
            }
        }
        return Collections.unmodifiableList(out);
    }
}
