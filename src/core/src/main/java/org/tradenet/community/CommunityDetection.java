package org.tradenet.community;

import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeNetwork;

/**
 * A community detection algorithm: an immutable object configured once, run on any number
 * of graphs. The quality is directed when the graph is: to optimise undirected modularity
 * on a directed network, pass {@code network.compact().symmetrized()} (W + Wᵀ) and say so.
 *
 * <p>{@link Leiden} and {@link Louvain} ship with tradenet; any other algorithm can implement
 * this interface (with its own {@link CommunityParameters}) and be passed wherever one is
 * accepted: {@link RepeatedRuns#of}, {@code Analysis(AnalysisParameters, CommunityDetection)}.
 * An implementation must be deterministic for a given seed, return canonical partitions
 * ({@link Partition#of}) and report the quality it reached.
 */
public interface CommunityDetection {

    /** {@return the algorithm's name as reports print it} */
    String name();

    /** {@return its settings} */
    CommunityParameters parameters();

    /**
     * {@return the same algorithm with another seed, its other settings unchanged}
     *
     * @param seed the seed of the random choices (visiting order, refinement draws)
     */
    CommunityDetection withSeed(long seed);

    /**
     * {@return the communities of {@code g}, starting from singletons}
     *
     * @param g the graph; directed quality when it is directed
     */
    default CommunityResult detect(CompactGraph g) {
        return detect(g, Partition.singletons(g.n()));
    }

    /**
     * {@return the communities of {@code g}, starting from {@code initial}}
     *
     * @param g       the graph; directed quality when it is directed
     * @param initial the partition to improve on, over the nodes of {@code g}
     */
    CommunityResult detect(CompactGraph g, Partition initial);

    /**
     * {@return the communities of a network's compact graph (directed when the network is)}
     *
     * @param network the network; its link weights (trade value by default) are the weights optimised
     */
    default CommunityResult detect(TradeNetwork network) {
        return detect(network.compact());
    }
}
