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
 * geometrically at rate {@code damping}. O(m) per iteration. Not randomised.
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
                    int u = g.inSource(p);
                    double su = g.outStrength(u);
                    if (su > 0) {
                        in += x[u] * g.inWeight(p) / su;
                    }
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
}
