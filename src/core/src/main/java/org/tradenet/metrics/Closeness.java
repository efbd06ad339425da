package org.tradenet.metrics;

import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * Closeness centrality with the Wasserman–Faust correction for networks that are not
 * strongly connected.
 *
 * <p>Definition: for node u let {@code R(u)} be the nodes other than u that u reaches
 * ({@link PathDirection#OUTGOING}: paths u → v along exporter → importer links) or that
 * reach u ({@link PathDirection#INCOMING}), {@code r = |R(u)|} and {@code D = sum of d over
 * R(u)}. Then {@code C(u) = (r / (n-1)) · (r / D)}: the inverse mean distance to the nodes
 * reached, scaled by the share of nodes reached. {@code C(u) = 0} when u reaches no one
 * (and for a one-node graph). Lengths from a {@link DistanceKind}; a reached node at
 * distance 0 (only possible under {@code NEGLOG} when one link carries all trade) adds to r
 * but not to D; {@code D = 0} gives 0, as in networkx.
 *
 * <p>This is networkx {@code closeness_centrality(G, distance=..., wf_improved=True)}, which on
 * a directed graph uses incoming distances; pass {@link PathDirection#INCOMING} to match it.
 *
 * <p>Complexity: one single-source search per node, O(nm + n² log n); parallel over sources,
 * deterministic. Reference: S. Wasserman and K. Faust (1994), Social Network Analysis:
 * Methods and Applications, Cambridge University Press, doi:10.1017/CBO9780511815478, §5.3.
 * Not randomised.
 */
public final class Closeness implements NodeScoring {

    private final ClosenessParameters parameters;

    /**
     * Closeness with these settings; the graph goes in per call.
     *
     * @param parameters distance meaning, path direction and threads
     */
    public Closeness(ClosenessParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** {@return the settings} */
    public ClosenessParameters parameters() {
        return parameters;
    }

    /** Closeness of every node of {@code g}. */
    @Override
    public NodeScores compute(CompactGraph g) {
        int n = g.n();
        ShortestPaths.Lengths lengths = ShortestPaths.lengths(g, parameters.distance());
        boolean incoming = parameters.direction() == PathDirection.INCOMING;
        double[] c = SourceBlocks.sum(n, SourceBlocks.threadsFor(g, parameters.threads()), () -> {
            ShortestPaths paths = new ShortestPaths(g, lengths, false);
            return (s, into) -> {
                paths.run(s, incoming);
                int reached = paths.settled() - 1;
                double total = 0;
                for (int k = 1; k < paths.settled(); k++) {
                    total += paths.dist(paths.settledNode(k));
                }
                if (reached == 0 || !(total > 0)) {
                    into[s] = 0.0;
                } else {
                    double r = reached;
                    into[s] = (r / (n - 1)) * (r / total);
                }
            };
        });
        return NodeScores.exact("closeness", c, n < 2 ? "a single node reaches no one: closeness 0" : "");
    }
}
