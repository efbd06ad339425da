package org.tradenet.community;

import java.util.Arrays;
import java.util.List;

import org.tradenet.network.CompactGraph;

/**
 * A consensus partition over many runs, and how stable each node is in it.
 *
 * <p>Definition. For every link {i, j} of the graph (either direction), let f_ij be the
 * fraction of runs that put i and j in one community (the consensus matrix of Lancichinetti
 * &amp; Fortunato 2012, doi:10.1038/srep00336, kept on the links only so it stays sparse). The
 * consensus communities are the connected components of the links with f_ij &gt; threshold
 * (default ½: linked nodes that most runs keep together). When every run agrees, the consensus
 * is that partition. Unlike Lancichinetti &amp; Fortunato, the consensus graph is not clustered
 * again: one thresholding, no further rounds.
 *
 * <p>Stability of node v: the fraction of runs in which v sits with its consensus community,
 * that is, in the run's community that holds the most members of v's consensus community
 * (ties to the lower label). 1 means every run agrees on v; low values mark the countries
 * whose community depends on the seed.
 *
 * <p>O(R (n log n + entries)). Deterministic.
 *
 * @param partition the consensus partition
 * @param stability per node, in [0, 1] (copied)
 * @param runs      how many partitions were combined
 * @param threshold the co-assignment fraction a link must exceed
 */
public record Consensus(Partition partition, double[] stability, int runs, double threshold) {

    /**
     * Copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param partition the consensus partition
     * @param stability per node, in [0, 1] (copied)
     * @param runs      how many partitions were combined
     * @param threshold the co-assignment fraction a link must exceed
     */
    public Consensus {
        stability = stability.clone();
    }

    /** {@return a copy of the stabilities, one per node in index order, each in [0, 1]} */
    @Override
    public double[] stability() {
        return stability.clone();
    }

    /**
     * {@return the stability of node {@code v}: the share of the partitions that put it with the members
     * of its consensus community}
     *
     * @param v a node index
     */
    public double stability(int v) {
        return stability[v];
    }

    /**
     * {@return the consensus of {@code partitions} with threshold ½: two linked nodes are joined when
     * more than half of the partitions put them together}
     *
     * @param g          the graph the partitions were found on
     * @param partitions partitions of its nodes (for instance the runs of {@link RepeatedRuns})
     */
    public static Consensus of(CompactGraph g, List<Partition> partitions) {
        return of(g, partitions, 0.5);
    }

    /**
     * {@return the consensus of {@code partitions} (all over g's nodes) on the links of g}
     *
     * @param g          the graph the partitions were found on
     * @param partitions partitions of its nodes (for instance the runs of {@link RepeatedRuns})
     * @param threshold  the co-assignment fraction a link must exceed for the consensus to join its ends,
     *                   in [0, 1)
     */
    public static Consensus of(CompactGraph g, List<Partition> partitions, double threshold) {
        if (partitions.isEmpty()) {
            throw new IllegalArgumentException("a consensus needs at least one partition");
        }
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1), was " + threshold);
        }
        int n = g.n();
        for (Partition p : partitions) {
            Modularity.check(g, p);
        }
        int[][] memb = partitions.stream().map(Partition::membership).toArray(int[][]::new);
        int r = memb.length;
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                int v = g.outTarget(p);
                if (u == v) {
                    continue;
                }
                int together = 0;
                for (int[] m : memb) {
                    if (m[u] == m[v]) {
                        together++;
                    }
                }
                if ((double) together / r > threshold) {
                    union(parent, u, v);
                }
            }
        }
        int[] root = new int[n];
        for (int v = 0; v < n; v++) {
            root[v] = find(parent, v);
        }
        Partition consensus = Partition.of(root);
        int[] cons = consensus.membership();
        int[] agree = new int[n];
        for (int[] m : memb) {
            int[] home = plurality(cons, consensus.communityCount(), m);
            for (int v = 0; v < n; v++) {
                if (m[v] == home[cons[v]]) {
                    agree[v]++;
                }
            }
        }
        double[] stable = new double[n];
        for (int v = 0; v < n; v++) {
            stable[v] = (double) agree[v] / r;
        }
        return new Consensus(consensus, stable, r, threshold);
    }

    /** For each consensus community, the run community holding most of its members. */
    private static int[] plurality(int[] cons, int k, int[] run) {
        int n = cons.length;
        long[] keys = new long[n];
        for (int v = 0; v < n; v++) {
            keys[v] = ((long) cons[v] << 32) | run[v];
        }
        Arrays.sort(keys);
        int[] home = new int[k];
        int[] best = new int[k];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && keys[j] == keys[i]) {
                j++;
            }
            int c = (int) (keys[i] >>> 32);
            if (j - i > best[c]) {
                best[c] = j - i;
                home[c] = (int) keys[i];
            }
            i = j;
        }
        return home;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Consensus c && partition.equals(c.partition) && Arrays.equals(stability, c.stability)
                && runs == c.runs && threshold == c.threshold;
    }

    @Override
    public int hashCode() {
        return partition.hashCode() * 31 + Arrays.hashCode(stability);
    }

    @Override
    public String toString() {
        return "Consensus[" + partition.communityCount() + " communities over " + runs + " runs, threshold " + threshold + "]";
    }
}
