package org.tradenet.metrics;

import org.tradenet.network.CompactGraph;

/**
 * Shortest-path betweenness centrality: how many shortest exporter → importer routes run
 * through a country, the classic measure of brokerage.
 *
 * <p>Definition: {@code B(v) = sum over ordered pairs s != v != t of sigma_st(v) / sigma_st},
 * where {@code sigma_st} is the number of shortest directed paths from s to t and
 * {@code sigma_st(v)} the number of those through v. Lengths come from the trade weights
 * through a {@link DistanceKind} (never the weight itself). Normalized scores divide by
 * {@code (n-1)(n-2)}; for n &lt; 3 every score is 0. Pairs with no path add nothing.
 * Undirected graphs count each unordered pair twice, as a directed graph with both arcs
 * would; divide by 2 for the undirected convention.
 *
 * <p>Algorithm: Brandes (2001), one single-source search per node (breadth-first for hops,
 * Dijkstra otherwise) followed by the dependency accumulation
 * {@code delta(v) = sum over successors w of sigma(v)/sigma(w) (1 + delta(w))}.
 * Complexity O(nm + n² log n) time, O(n + m) memory per thread. Sources run in parallel on
 * a fixed pool of {@link BetweennessParameters#threads()} threads; the result is
 * deterministic and independent of the thread count (see {@link SourceBlocks}).
 * Path lengths equal to a relative 1e-10 are ties, as in igraph.
 *
 * <p>Reference: U. Brandes (2001), A faster algorithm for betweenness centrality, Journal of
 * Mathematical Sociology 25(2):163–177, doi:10.1080/0022250X.2001.9990249.
 *
 * <p>Not randomised. Self-loops are ignored.
 */
public final class Betweenness implements NodeScoring {

    private final BetweennessParameters parameters;

    /**
     * Betweenness with these settings; the graph goes in per call.
     *
     * @param parameters distance meaning, normalisation and threads
     */
    public Betweenness(BetweennessParameters parameters) {
        this.parameters = java.util.Objects.requireNonNull(parameters, "parameters");
    }

    /** {@return the settings} */
    public BetweennessParameters parameters() {
        return parameters;
    }

    /** Betweenness of every node of {@code g}. */
    @Override
    public NodeScores compute(CompactGraph g) {
        int n = g.n();
        ShortestPaths.Lengths lengths = ShortestPaths.lengths(g, parameters.distance());
        double[] b = SourceBlocks.sum(n, SourceBlocks.threadsFor(g, parameters.threads()), () -> new Accumulator(g, lengths));
        if (parameters.normalized() && n > 2) {
            double scale = 1.0 / ((double) (n - 1) * (n - 2));
            for (int v = 0; v < n; v++) {
                b[v] *= scale;
            }
        }
        String note = n < 3 ? "fewer than 3 nodes: no node can lie between two others" : "";
        return NodeScores.exact("betweenness", b, note);
    }

    /** One thread's scratch memory: a search and the dependency array. */
    private static final class Accumulator implements SourceBlocks.Worker {
        private final ShortestPaths paths;
        private final double[] delta;

        Accumulator(CompactGraph g, ShortestPaths.Lengths lengths) {
            this.paths = new ShortestPaths(g, lengths, true);
            this.delta = new double[g.n()];
        }

        @Override
        public void accumulate(int s, double[] into) {
            paths.run(s, false);
            // Brandes' accumulation: nodes in order of non-increasing distance from s, each
            // passing its dependency back to its predecessors on shortest paths.
            for (int k = paths.settled() - 1; k >= 0; k--) {
                int w = paths.settledNode(k);
                double coeff = (1.0 + delta[w]) / paths.sigma(w);
                for (int e = paths.predHead(w); e >= 0; e = paths.predNext(e)) {
                    int v = paths.predNode(e);
                    delta[v] += paths.sigma(v) * coeff;
                }
                if (w != s) {
                    into[w] += delta[w];
                }
            }
            for (int k = 0; k < paths.settled(); k++) {
                delta[paths.settledNode(k)] = 0;
            }
        }
    }
}
