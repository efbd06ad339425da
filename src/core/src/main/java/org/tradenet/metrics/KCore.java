package org.tradenet.metrics;

import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * Core numbers (k-core decomposition): the k-core is the largest subnetwork in which every
 * country has degree at least k; a country's core number is the largest k whose core holds
 * it. Binary: weights are ignored, links of weight 0 count. Self-loops are ignored.
 *
 * <p>On a directed network the degree is chosen with a {@link DegreeMode}; {@link
 * DegreeMode#TOTAL} (in + out, a two-way partner counting twice) is networkx
 * {@code core_number} and igraph {@code coreness(mode="all")}. On an undirected network the
 * degree is the number of neighbours whatever the mode.
 *
 * <p>Algorithm: Batagelj and Zaversnik, nodes peeled in order of current degree with bucket
 * sort; O(n + m). Not randomised.
 *
 * <p>Reference: V. Batagelj and M. Zaversnik (2003), An O(m) algorithm for cores
 * decomposition of networks, arXiv:cs/0310049; S. B. Seidman (1983), Network structure and
 * minimum degree, Social Networks 5:269–287, doi:10.1016/0378-8733(83)90028-X.
 */
public final class KCore implements NodeScoring {

    private final DegreeMode mode;

    /**
     * The k-core decomposition counting degree as {@code mode} says; the graph goes in per call.
     *
     * @param mode which links count in a node's degree (in, out or total)
     */
    public KCore(DegreeMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** {@return which degree is peeled} */
    public DegreeMode mode() {
        return mode;
    }

    /** The core number of every node of {@code g} (as doubles, so they sit with other scores). */
    @Override
    public NodeScores compute(CompactGraph g) {
        int n = g.n();
        boolean useIn = g.directed() && (mode == DegreeMode.IN || mode == DegreeMode.TOTAL);
        boolean useOut = !g.directed() || mode == DegreeMode.OUT || mode == DegreeMode.TOTAL;
        int[] deg = new int[n];
        int maxDeg = 0;
        for (int v = 0; v < n; v++) {
            int d = 0;
            if (useIn) {
                d += countNonLoops(g, v, true);
            }
            if (useOut) {
                d += countNonLoops(g, v, false);
            }
            deg[v] = d;
            maxDeg = Math.max(maxDeg, d);
        }
        // Bucket sort by degree: vert[] holds nodes by degree, pos[v] is v's place, bin[d]
        // the first place of degree d.
        int[] bin = new int[maxDeg + 2];
        for (int v = 0; v < n; v++) {
            bin[deg[v] + 1]++;
        }
        for (int d = 1; d <= maxDeg + 1; d++) {
            bin[d] += bin[d - 1];
        }
        int[] vert = new int[n];
        int[] pos = new int[n];
        int[] fill = java.util.Arrays.copyOf(bin, bin.length);
        for (int v = 0; v < n; v++) {
            pos[v] = fill[deg[v]]++;
            vert[pos[v]] = v;
        }
        for (int i = 0; i < n; i++) {
            int v = vert[i];
            // Removing v lowers the degree of each node whose degree counts a link with v:
            // v's customers count it as a supplier (IN), its suppliers count it as a customer (OUT).
            if (useIn) {
                for (int p = g.outStart(v); p < g.outEnd(v); p++) {
                    lower(g.outTarget(p), v, deg, bin, pos, vert);
                }
            }
            if (useOut) {
                for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                    lower(g.inSource(p), v, deg, bin, pos, vert);
                }
            }
        }
        double[] core = new double[n];
        for (int v = 0; v < n; v++) {
            core[v] = deg[v];
        }
        return NodeScores.exact("kcore", core, "");
    }

    private static void lower(int u, int v, int[] deg, int[] bin, int[] pos, int[] vert) {
        if (u == v || deg[u] <= deg[v]) {
            return;
        }
        // Swap u with the first node of its degree bucket, then shrink the bucket.
        int du = deg[u];
        int pu = pos[u];
        int pw = bin[du];
        int w = vert[pw];
        if (u != w) {
            pos[u] = pw;
            vert[pu] = w;
            pos[w] = pu;
            vert[pw] = u;
        }
        bin[du]++;
        deg[u]--;
    }

    private static int countNonLoops(CompactGraph g, int v, boolean in) {
        int c = 0;
        if (in) {
            for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                c += g.inSource(p) != v ? 1 : 0;
            }
        } else {
            for (int p = g.outStart(v); p < g.outEnd(v); p++) {
                c += g.outTarget(p) != v ? 1 : 0;
            }
        }
        return c;
    }
}
