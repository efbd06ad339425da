package org.tradenet.community;

import org.tradenet.network.CompactGraph;

/**
 * The aggregate graph (Traag et al. 2019, {@code AggregateGraph}; Blondel et al. 2008,
 * phase 2): one node per group, {@code W'[C][D] = Σ_{i∈C, j∈D} W[i][j]}, self-loops kept
 * ({@code W'[C][C]} is the weight inside C), node weights summed. The quality of a partition
 * of the level equals the quality of the corresponding partition of the aggregate, and in
 * particular of the singleton partition when the groups are its communities.
 *
 * <p>O(entries log entries) through {@link CompactGraph#of}, which sums parallel arcs.
 */
final class AggregationPhase {

    private AggregationPhase() {
    }

    /** The level aggregated by {@code groups} (values 0..k-1). */
    static Level aggregate(Level level, int[] groups, int k) {
        CompactGraph g = level.graph();
        int n = level.n();
        boolean directed = g.directed();
        int entries = g.entries();
        int[] s = new int[entries];
        int[] t = new int[entries];
        double[] w = new double[entries];
        int m = 0;
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                int v = g.outTarget(p);
                if (directed) {
                    s[m] = groups[u];
                    t[m] = groups[v];
                    w[m++] = g.outWeight(p);
                } else if (u < v) {
                    // Each undirected edge once; of() puts it in both rows, or doubles it when
                    // both ends fall in one group (W[u][v] + W[v][u] inside the group).
                    s[m] = groups[u];
                    t[m] = groups[v];
                    w[m++] = g.outWeight(p);
                } else if (u == v) {
                    // W[u][u] = 2·loop; of() doubles a loop, so pass half.
                    s[m] = groups[u];
                    t[m] = groups[u];
                    w[m++] = g.outWeight(p) / 2;
                }
            }
        }
        double[] a = new double[k];
        double[] b = new double[k];
        for (int u = 0; u < n; u++) {
            a[groups[u]] += level.out()[u];
            b[groups[u]] += level.in()[u];
        }
        CompactGraph h = CompactGraph.of(k, java.util.Arrays.copyOf(s, m), java.util.Arrays.copyOf(t, m),
                java.util.Arrays.copyOf(w, m), directed);
        return new Level(h, a, b);
    }
}
