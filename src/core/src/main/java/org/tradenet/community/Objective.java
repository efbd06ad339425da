package org.tradenet.community;

import org.tradenet.network.CompactGraph;

/**
 * The quality functions in one form, which is what lets a single local-moving, refinement and
 * aggregation code serve modularity and CPM, directed and undirected:
 *
 * <pre>
 *   Q = (1/norm) Σ_c [ W_in(c) − γ · ( A_c · B_c / scale − L_c ) ]
 * </pre>
 *
 * where {@code W_in(c) = Σ_{i,j ∈ c} W_ij} (for an undirected graph each internal edge counts
 * twice, a loop twice), {@code A_c}, {@code B_c} are the sums of the node weights of
 * {@link Level} over c, and
 * <ul>
 * <li>modularity: A, B = out-, in-strength; scale = norm = total weight T of W (2m undirected,
 *     m directed); L = 0. This is Newman's Q for undirected graphs and Leicht–Newman's for
 *     directed ones;</li>
 * <li>CPM: A = B = node count N_c; scale = 1; L_c = N_c; norm = 1, so that
 *     Q = Σ_ij (W_ij − γ [i ≠ j]) δ(c_i, c_j) over ordered pairs: Σ_c [e_c − γ N_c(N_c − 1)] for
 *     directed graphs and Σ_c 2 [e_c − γ N_c(N_c − 1)/2] for undirected ones, e_c being the
 *     internal link weight (leidenalg's {@code quality()} convention).</li>
 * </ul>
 * Moving a node v that sits alone into a community C (v not in C) changes the bracket by
 * {@link #gain}: {@code w(v,C) + w(C,v) − γ (a_v B_C + b_v A_C) / scale}; for undirected
 * modularity that is twice the familiar {@code k_{v,C} − γ k_v K_C / 2m}, and for directed
 * modularity it is the gain of Dugué &amp; Perez (2015). Every quantity depends on the groups only
 * through their sums, so the quality of a partition equals the quality of the singleton
 * partition on the graph aggregated by it (self-loops kept).
 */
final class Objective {

    final QualityFunction function;
    final boolean directed;
    final double resolution;
    /** Divides A·B in the penalty. */
    final double scale;
    /** Divides the bracket; turns a bracket change into a change of Q. */
    final double norm;
    /** False when modularity is undefined (no weight at all). */
    final boolean defined;
    /**
     * The change of Q that one more link of average weight inside a community brings:
     * {@code f · w̄ / norm}, with w̄ the total weight over the number of entries of W and f = 2
     * for an undirected graph (W holds each link twice), 1 for a directed one. For modularity
     * it is {@code f / entries} (1/m for an undirected graph of m links), whatever the weight unit.
     */
    final double linkUnit;

    Objective(QualityFunction function, CompactGraph g, double resolution) {
        if (!(resolution >= 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be finite and non-negative, was " + resolution);
        }
        this.function = function;
        this.directed = g.directed();
        this.resolution = resolution;
        double total = g.totalWeight();
        if (function == QualityFunction.MODULARITY) {
            this.defined = total > 0;
            this.scale = total > 0 ? total : 1.0;
            this.norm = this.scale;
        } else {
            this.defined = true;
            this.scale = 1.0;
            this.norm = 1.0;
        }
        double meanLink = g.entries() > 0 && total > 0 ? total / g.entries() : 1.0;
        this.linkUnit = (directed ? 1.0 : 2.0) * meanLink / norm;
    }

    /**
     * The change of the bracket when an isolated node (weights a, b) joins a community (sums
     * A, B) to which it has link weight {@code wBoth} in both directions together.
     */
    double gain(double wBoth, double a, double b, double sumA, double sumB) {
        return wBoth - resolution * (a * sumB + b * sumA) / scale;
    }

    /**
     * Whether a group X inside a community S is well connected to the rest of S (Traag et al.
     * 2019, the condition of the refinement phase): its link weight to S − X, both
     * directions, at least γ (a_X (B_S − b_X) + b_X (A_S − a_X)) / scale.
     */
    boolean wellConnected(double external, double a, double b, double sumA, double sumB) {
        return external >= resolution * (a * (sumB - b) + b * (sumA - a)) / scale;
    }

    /**
     * Q of the partition {@code labels} (values in 0..k-1) of a level.
     *
     * <p>O(n + entries). NaN for modularity on a graph without weight.
     */
    double quality(Level level, int[] labels, int k) {
        if (!defined) {
            return Double.NaN;
        }
        CompactGraph g = level.graph();
        double[] sumA = new double[k];
        double[] sumB = new double[k];
        double internal = 0;
        double linear = 0;
        for (int v = 0; v < g.n(); v++) {
            int c = labels[v];
            sumA[c] += level.out()[v];
            sumB[c] += level.in()[v];
            linear += level.out()[v];
            for (int p = g.outStart(v); p < g.outEnd(v); p++) {
                if (labels[g.outTarget(p)] == c) {
                    internal += g.outWeight(p);
                }
            }
        }
        double penalty = 0;
        for (int c = 0; c < k; c++) {
            penalty += sumA[c] * sumB[c];
        }
        penalty /= scale;
        if (function == QualityFunction.CPM) {
            penalty -= linear;
        }
        return (internal - resolution * penalty) / norm;
    }
}
