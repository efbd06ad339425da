package org.tradenet.community;

import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * The Leiden algorithm: fast local moving, refinement, aggregation, repeated until the
 * quality stops rising. Every community it returns is connected.
 *
 * <p>Reference: V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing
 * well-connected communities", Scientific Reports 9, 5233 (2019), doi:10.1038/s41598-019-41695-z.
 * The phases are {@code LocalMovePhase} (queue), {@code RefinementPhase} and
 * {@code AggregationPhase}; their comments map each step to the paper.
 *
 * <p>Quality: modularity (directed, Leicht–Newman with the Dugué–Perez gain, when the graph
 * is directed) or CPM, with resolution γ. Weights are the graph's; direction is the graph's.
 *
 * <p>Running time: about O(entries) per level and iteration in practice; memory O(n + entries).
 * Randomised (visiting orders, refinement draws) but deterministic per seed: the same seed
 * on the same graph gives the same partition, bit for bit.
 *
 * <pre>{@code
 * CommunityResult r = new Leiden(LeidenParameters.defaults().withSeed(7)).detect(TradeNetwork.load("rare-earths"));
 * }</pre>
 */
public final class Leiden implements CommunityDetection {

    private final LeidenParameters parameters;

    /**
     * Leiden with these settings; the graph goes in per call.
     *
     * @param parameters the settings (quality, resolution, seed, iterations, tolerance, randomness)
     */
    public Leiden(LeidenParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** Leiden with {@link LeidenParameters#defaults()}. */
    public Leiden() {
        this(LeidenParameters.defaults());
    }

    @Override
    public String name() {
        return "leiden";
    }

    @Override
    public LeidenParameters parameters() {
        return parameters;
    }

    @Override
    public Leiden withSeed(long seed) {
        return new Leiden(parameters.withSeed(seed));
    }

    @Override
    public CommunityResult detect(CompactGraph g, Partition initial) {
        return MultiLevel.detect(name(), g, initial, parameters, true, parameters.randomness());
    }
}
