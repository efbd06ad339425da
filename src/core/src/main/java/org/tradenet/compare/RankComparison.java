package org.tradenet.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.tradenet.metrics.Ranking;

/**
 * Who rose and who fell on one metric between two networks of the same product (two years,
 * or before and after a shock). Each network ranks its own countries (competition ranks,
 * 1 = highest, NaN last, see {@link Ranking}); a country present in one network only is
 * marked as entered or left and has no change. O(n log n).
 *
 * <pre>{@code
 * RankComparison c = RankComparison.of("pagerank", "2002", ids2002, pr2002, "2024", ids2024, pr2024);
 * c.risers(5);   // largest gains first
 * }</pre>
 *
 * @param metric  the metric compared
 * @param before  label of the first network
 * @param after   label of the second network
 * @param changes one entry per country in either network, largest rise first, then ids
 */
public record RankComparison(String metric, String before, String after, List<RankChange> changes) {

    /**
     * Checks the components and copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param metric  the metric compared
     * @param before  label of the first network
     * @param after   label of the second network
     * @param changes one entry per country in either network, largest rise first, then ids
     */
    public RankComparison {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changes = List.copyOf(changes);
    }

    /**
     * Compares the scores of two networks.
     *
     * @param metric      the metric's name
     * @param before      label of the first network
     * @param beforeIds   its node ids, in node order
     * @param beforeValue its scores, in node order
     * @param after       label of the second network
     * @param afterIds    its node ids
     * @param afterValue  its scores
     * @return every country's rank in each network and the change, biggest rise first
     */
    public static RankComparison of(String metric, String before, List<String> beforeIds, double[] beforeValue,
                                    String after, List<String> afterIds, double[] afterValue) {
        if (beforeIds.size() != beforeValue.length || afterIds.size() != afterValue.length) {
            throw new IllegalArgumentException("one score per node id is needed");
        }
        Map<String, Integer> rb = index(beforeIds, Ranking.ranks(beforeValue));
        Map<String, Integer> ra = index(afterIds, Ranking.ranks(afterValue));
        Map<String, Double> vb = values(beforeIds, beforeValue);
        Map<String, Double> va = values(afterIds, afterValue);
        TreeSet<String> all = new TreeSet<>(rb.keySet());
        all.addAll(ra.keySet());
        List<RankChange> list = new ArrayList<>();
        for (String id : all) {
            list.add(new RankChange(id, rb.getOrDefault(id, 0), ra.getOrDefault(id, 0),
                    vb.getOrDefault(id, Double.NaN), va.getOrDefault(id, Double.NaN)));
        }
        list.sort(Comparator.comparingInt((RankChange c) -> c.presence().ordinal())
                .thenComparingInt(c -> -c.change())
                .thenComparingInt(c -> c.rankAfter() == 0 ? c.rankBefore() : c.rankAfter())
                .thenComparing(RankChange::id));
        return new RankComparison(metric, before, after, list);
    }

    private static Map<String, Integer> index(List<String> ids, int[] ranks) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (m.put(ids.get(i), ranks[i]) != null) {
                throw new IllegalArgumentException("node id " + ids.get(i) + " appears twice");
            }
        }
        return m;
    }

    private static Map<String, Double> values(List<String> ids, double[] v) {
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            m.put(ids.get(i), v[i]);
        }
        return m;
    }

    /**
     * {@return the {@code k} largest gains in rank (positive changes only), largest first}
     *
     * @param k how many at most
     */
    public List<RankChange> risers(int k) {
        return changes.stream().filter(c -> c.change() > 0).limit(k).toList();
    }

    /**
     * {@return the {@code k} largest losses in rank (negative changes only), largest loss first}
     *
     * @param k how many at most
     */
    public List<RankChange> fallers(int k) {
        return changes.stream().filter(c -> c.change() < 0)
                .sorted(Comparator.comparingInt(RankChange::change).thenComparingInt(RankChange::rankAfter).thenComparing(RankChange::id))
                .limit(k).toList();
    }

    /**
     * {@return the leaders then and now: countries ranked in the top {@code k} of either network} Ordered
     * by their rank in the second network (countries that left last, by former rank).
     *
     * @param k the top ranks that count
     */
    public List<RankChange> leaders(int k) {
        return changes.stream()
                .filter(c -> c.rankBefore() >= 1 && c.rankBefore() <= k || c.rankAfter() >= 1 && c.rankAfter() <= k)
                .sorted(Comparator.comparingInt((RankChange c) -> c.rankAfter() == 0 ? Integer.MAX_VALUE : c.rankAfter())
                        .thenComparingInt(RankChange::rankBefore).thenComparing(RankChange::id))
                .toList();
    }

    /** {@return countries only in the second network, best rank first} */
    public List<RankChange> entered() {
        return changes.stream().filter(c -> c.presence() == RankChange.Presence.ONLY_AFTER)
                .sorted(Comparator.comparingInt(RankChange::rankAfter).thenComparing(RankChange::id)).toList();
    }

    /** {@return countries only in the first network, best former rank first} */
    public List<RankChange> left() {
        return changes.stream().filter(c -> c.presence() == RankChange.Presence.ONLY_BEFORE)
                .sorted(Comparator.comparingInt(RankChange::rankBefore).thenComparing(RankChange::id)).toList();
    }

    /**
     * {@return the change of one country, when it is in either network}
     *
     * @param id the country id
     */
    public java.util.Optional<RankChange> of(String id) {
        return changes.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
