package org.tradenet.metrics;

import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * Harmonic centrality: the sum of inverse distances, which needs no correction for nodes
 * that cannot reach each other (they add {@code 1/∞ = 0}).
 *
 * <p>Definition: {@code H(u) = sum over v != u of 1 / d(u, v)} for {@link
 * PathDirection#OUTGOING} (paths u → v along exporter → importer links) or {@code 1 / d(v, u)}
 * for {@link PathDirection#INCOMING}. Not normalised (divide by n-1 for a share of the
 * maximum under hop lengths). A node at distance 0 adds nothing, as in networkx.
 *
 * <p>networkx {@code harmonic_centrality(G, distance=...)} sums {@code 1/d(v, u)} over
 * sources v, that is incoming distances on a directed graph; {@link PathDirection#INCOMING}
 * matches it.
 *
 * <p>Complexity O(nm + n² log n), parallel over sources, deterministic. Reference: M.
 * Marchiori and V. Latora (2000), Harmony in the small-world, Physica A 285:539–546,
 * doi:10.1016/S0378-4371(00)00311-3; P. Boldi and S. Vigna (2014), Axioms for centrality,
 * Internet Mathematics 10:222–262, doi:10.1080/15427951.2013.865686. Not randomised.
 */
public final class Harmonic implements NodeScoring {

    private final ClosenessParameters parameters;

    /**
     * Harmonic centrality with these settings; the graph goes in per call.
     *
     * @param parameters distance meaning, path direction and threads
     */
    public Harmonic(ClosenessParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** {@return the settings} */
    public ClosenessParameters parameters() {
        return parameters;
    }

    /** Harmonic centrality of every node of {@code g}. */
    @Override
    public NodeScores compute(CompactGraph g) {
        ShortestPaths.Lengths lengths = ShortestPaths.lengths(g, parameters.distance());
        boolean incoming = parameters.direction() == PathDirection.INCOMING;
        double[] h = SourceBlocks.sum(g.n(), SourceBlocks.threadsFor(g, parameters.threads()), () -> {
            ShortestPaths paths = new ShortestPaths(g, lengths, false);
            return (s, into) -> {
                paths.run(s, incoming);
                double sum = 0;
                for (int k = 1; k < paths.settled(); k++) {
                    double d = paths.dist(paths.settledNode(k));
                    if (d > 0) {
                        sum += 1.0 / d;
                    }
                }
                into[s] = sum;
            };
        });
        return NodeScores.exact("harmonic", h, "");
    }
}
