package org.tradenet.metrics;

import java.util.Arrays;
import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * Weighted PageRank: a random walk that follows exporter → importer links in proportion to
 * their weight and jumps to a uniformly chosen node with probability {@code 1 - damping}.
 * A country scores high when it buys from high-scoring countries that sell a large share of
 * their exports to it (prestige as an importer, flowing with the goods).
 *
 * <p>Definition: the stationary distribution of
 * {@code x(v) = d · (sum over u → v of x(u) w(u,v) / s_out(u) + D / n) + (1 - d) / n}, where
 * {@code s_out(u)} is u's out-strength and {@code D} the total score of the dangling nodes
 * (out-strength 0: pure importers, or nodes whose only out-links weigh 0). Dangling mass
 * is spread uniformly over all nodes, as networkx does by default. Scores sum to 1. An empty
 * graph gives no scores; a graph with no links gives 1/n everywhere. Self-loops, when kept,
 * are links like any other.
 *
 * <p>Algorithm: power iteration from the uniform vector on the in-lists of the compact graph,
 * stopping when the L1 change is below {@code n · tolerance} (networkx's rule); converges
 * geometrically at rate {@code damping}. O(m) per iteration. Not randomised. Step probabilities
 * are computed once with each country's weights scaled by its largest, so subnormal (1e-320)
 * and huge (1e300) flows give the same scores as the same shares near 1.
 *
 * <p>Reference: S. Brin and L. Page (1998), The anatomy of a large-scale hypertextual Web
 * search engine, Computer Networks and ISDN Systems 30:107–117,
 * doi:10.1016/S0169-7552(98)00110-X; for the dangling-node treatment A. Langville and C.
 * Meyer (2004), Deeper inside PageRank, Internet Mathematics 1(3):335–380,
 * doi:10.1080/15427951.2004.10129091.
 */
public final class PageRank implements NodeScoring {

    private final PageRankParameters parameters;

    /**
     * PageRank with these settings; the graph goes in per call.
     *
     * @param parameters damping, tolerance and iteration limit
     */
    public PageRank(PageRankParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** {@return the settings} */
    public PageRankParameters parameters() {
        return parameters;
    }

    /** PageRank of every node of {@code g}; check {@link NodeScores#converged()}. */
    @Override
    public NodeScores compute(CompactGraph g) {
        int n = g.n();
        if (n == 0) {
            return NodeScores.exact("pagerank", new double[0], "empty graph");
        }
        double d = parameters.damping();
        double[] step = transitionProbabilities(g);
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / n);
        double[] next = new double[n];
        boolean converged = false;
        int it = 0;
        while (it < parameters.maxIterations()) {
            it++;
            // Mass of the dangling nodes, spread evenly.
            double dangling = 0;
            for (int u = 0; u < n; u++) {
                if (!(g.outStrength(u) > 0)) {
                    dangling += x[u];
                }
            }
            double base = d * dangling / n + (1 - d) / n;
            double err = 0;
            for (int v = 0; v < n; v++) {
                double in = 0;
                for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                    in += x[g.inSource(p)] * step[p];
                }
                next[v] = d * in + base;
                err += Math.abs(next[v] - x[v]);
            }
            double[] t = x;
            x = next;
            next = t;
            if (err < n * parameters.tolerance()) {
                converged = true;
                break;
            }
        }
        return new NodeScores("pagerank", x, it, converged, "");
    }

    /**
     * For each in-list entry u → v, the probability {@code w(u,v) / s_out(u)} of the walk's step,
     * computed with u's weights divided by u's largest out-weight first: weights of any size,
     * 1e-320 or 1e300, give the same probabilities as weights near 1 (the plain ratio would lose
     * precision below 2.2e-308 or overflow the strength above 1.8e308). Zero for dangling u. O(m).
     */
    static double[] transitionProbabilities(CompactGraph g) {
        int n = g.n();
        double[] largest = new double[n];
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                largest[u] = Math.max(largest[u], g.outWeight(p));
            }
        }
        double[] scaledStrength = new double[n];
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                if (largest[u] > 0) {
                    scaledStrength[u] += g.outWeight(p) / largest[u];
                }
            }
        }
        double[] step = new double[g.entries()];
        for (int v = 0; v < n; v++) {
            for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                int u = g.inSource(p);
                step[p] = largest[u] > 0 ? g.inWeight(p) / largest[u] / scaledStrength[u] : 0;
            }
        }
        return step;
    }
}
