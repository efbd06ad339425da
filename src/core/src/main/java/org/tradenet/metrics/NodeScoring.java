package org.tradenet.metrics;

import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeNetwork;

/**
 * A node-scoring algorithm: one score per node plus the diagnostics of the run (iterations,
 * converged, a note where scores are undefined), in a {@link NodeScores}. The one small
 * interface every centrality shares, as JGraphT's {@code VertexScoringAlgorithm} does, so
 * that code can rank countries by any measure, including one a user writes:
 *
 * <pre>{@code
 * for (NodeScoring m : List.of(new PageRank(PageRankParameters.defaults()),
 *         new Hits(IterationParameters.defaults()).authorities(), Degree.strength(DegreeMode.IN))) {
 *     NodeScores s = m.scores(network);
 * }
 * }</pre>
 *
 * <p>Implemented by {@link PageRank}, {@link EigenvectorCentrality}, {@link Betweenness},
 * {@link Closeness}, {@link Harmonic}, {@link Clustering}, {@link KCore}, {@link Degree}, and
 * by HITS through {@link Hits#hubs()} and {@link Hits#authorities()}. Implementations are
 * immutable and configured by their parameters record; the graph goes in per call. Links run
 * exporter → importer; each implementation's comment says how it reads direction and
 * weight.
 */
@FunctionalInterface
public interface NodeScoring {

    /**
     * The scores of every node of {@code g}.
     *
     * @param g the compact graph; index {@code i} of the result is its node {@code i}
     * @return one score per node with the run's diagnostics; check {@link NodeScores#converged()}
     *         for iterative methods and {@link NodeScores#note()} for undefined (NaN) scores
     */
    NodeScores compute(CompactGraph g);

    /**
     * The scores of every country of {@code network}, computed on its compact graph (directed,
     * weights as the network was built with).
     *
     * @param network the trade network
     * @return one score per country, in the order of {@link TradeNetwork#countries()}
     */
    default NodeScores scores(TradeNetwork network) {
        return compute(network.compact());
    }
}
