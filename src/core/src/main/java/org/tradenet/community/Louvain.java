package org.tradenet.community;

import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * The Louvain algorithm: sweeps of local moving until no node moves, then aggregation by the
 * communities found, level after level; the whole pass is repeated from its result until it
 * no longer raises the quality (set 1 iteration for the classic single pass).
 *
 * <p>Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of
 * communities in large networks", J. Stat. Mech. (2008) P10008, doi:10.1088/1742-5468/2008/10/P10008;
 * directed gain: N. Dugué, A. Perez, "Directed Louvain: maximizing modularity in directed
 * networks" (2015), hal-01231784.
 *
 * <p>Louvain may return communities that are not connected (Traag et al. 2019); prefer
 * {@link Leiden}. Quality, weights and direction as for Leiden. Running time about
 * O(entries) per sweep. Randomised visiting order, deterministic per seed.
 */
public final class Louvain implements CommunityDetection {

    private final LouvainParameters parameters;

    /**
     * Louvain with these settings; the graph goes in per call.
     *
     * @param parameters the settings (quality, resolution, seed, iterations, tolerance)
     */
    public Louvain(LouvainParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** Louvain with {@link LouvainParameters#defaults()}. */
    public Louvain() {
        this(LouvainParameters.defaults());
    }

    @Override
    public String name() {
        return "louvain";
    }

    @Override
    public LouvainParameters parameters() {
        return parameters;
    }

    @Override
    public Louvain withSeed(long seed) {
        return new Louvain(parameters.withSeed(seed));
    }

    @Override
    public CommunityResult detect(CompactGraph g, Partition initial) {
        return MultiLevel.detect(name(), g, initial, parameters, false, 0.0);
    }
}
