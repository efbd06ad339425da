package org.tradenet.metrics;

import org.tradenet.network.CompactGraph;

/**
 * Weighted directed clustering coefficient of Fagiolo (2007), the measure used for the
 * World Trade Web: how strongly a country's trading partners trade among themselves,
 * whatever the directions of the three links.
 *
 * <p>Definition: with {@code A = (W / wmax)^{1/3}} (element-wise cube root of the weights
 * divided by the largest weight) and {@code S = A + Aᵀ},
 * {@code C(i) = [S³]_ii / (2 (d(i)(d(i) - 1) - 2 d↔(i)))}, where {@code d(i)} is i's total
 * degree (in + out neighbours) and {@code d↔(i)} the number of partners it trades with in
 * both directions. Self-loops are ignored. {@code C(i) = 0} when i has no triangle, in
 * particular when it has fewer than two partners (as in networkx). The binary version uses
 * {@code A = 1} on every link. On an undirected graph it reduces to Onnela's weighted
 * clustering. Values are in [0, 1].
 *
 * <p>Fagiolo assumes weights in [0, 1]; dividing by the largest weight is networkx's
 * choice, so values match networkx {@code clustering(G, weight=...)} on a directed graph.
 * Links of weight 0 count as partners but close no weighted triangle.
 *
 * <p>Complexity O(sum over i of sum over partners j of deg(j)). Not randomised.
 *
 * <p>Reference: G. Fagiolo (2007), Clustering in complex directed networks, Physical Review E
 * 76:026107, doi:10.1103/PhysRevE.76.026107.
 */
public final class Clustering implements NodeScoring {

    private final boolean weighted;

    private Clustering(boolean weighted) {
        this.weighted = weighted;
    }

    /** {@return Fagiolo's weighted coefficient (cube roots of weights over the largest weight)} */
    public static Clustering weighted() {
        return new Clustering(true);
    }

    /** {@return the binary directed coefficient (every link weight 1)} */
    public static Clustering binary() {
        return new Clustering(false);
    }

    /** {@return whether weights are used} */
    public boolean isWeighted() {
        return weighted;
    }

    /** The coefficient of every node of {@code g}. */
    @Override
    public NodeScores compute(CompactGraph g) {
        int n = g.n();
        double max = NodeScores.maxWeight(g);
        double[] a = new double[g.entries()];
        double[] aIn = new double[g.entries()];
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                a[p] = strength(g.outWeight(p), max);
            }
            for (int p = g.inStart(u); p < g.inEnd(u); p++) {
                aIn[p] = strength(g.inWeight(p), max);
            }
        }
        double[] s = new double[n];
        int[] count = new int[n];
        int[] partners = new int[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            // s[j] = a_ij + a_ji for i's partners j; count[j] = 1 or 2 (both directions).
            int np = 0;
            int dtot = 0;
            for (int p = g.outStart(i); p < g.outEnd(i); p++) {
                int j = g.outTarget(p);
                if (j == i) {
                    continue;
                }
                if (count[j]++ == 0) {
                    partners[np++] = j;
                }
                s[j] += a[p];
                dtot++;
            }
            for (int p = g.inStart(i); p < g.inEnd(i); p++) {
                int j = g.inSource(p);
                if (j == i) {
                    continue;
                }
                if (count[j]++ == 0) {
                    partners[np++] = j;
                }
                s[j] += aIn[p];
                dtot++;
            }
            int drec = 0;
            for (int q = 0; q < np; q++) {
                if (count[partners[q]] == 2) {
                    drec++;
                }
            }
            // [S³]_ii = sum over partners j, k of s_ij (a_jk + a_kj) s_ki.
            double t = 0;
            for (int q = 0; q < np; q++) {
                int j = partners[q];
                double inner = 0;
                for (int p = g.outStart(j); p < g.outEnd(j); p++) {
                    int k = g.outTarget(p);
                    if (k != j && k != i) {
                        inner += a[p] * s[k];
                    }
                }
                for (int p = g.inStart(j); p < g.inEnd(j); p++) {
                    int k = g.inSource(p);
                    if (k != j && k != i) {
                        inner += aIn[p] * s[k];
                    }
                }
                t += s[j] * inner;
            }
            // An undirected graph lists each edge from both ends, so each partner shows up as
            // a reciprocated pair: d = 2k, d↔ = k, [S³]_ii = 8 [A³]_ii, and the formula gives
            // Onnela's [A³]_ii / (k (k - 1)).
            c[i] = t == 0 ? 0.0 : t / (2.0 * (dtot * (dtot - 1.0) - 2.0 * drec));
            for (int q = 0; q < np; q++) {
                s[partners[q]] = 0;
                count[partners[q]] = 0;
            }
        }
        return NodeScores.exact(weighted ? "clustering" : "clustering (binary)", c, "");
    }

    private double strength(double w, double max) {
        if (!weighted) {
            return 1.0;
        }
        return max > 0 ? Math.cbrt(w / max) : 0.0;
    }
}
