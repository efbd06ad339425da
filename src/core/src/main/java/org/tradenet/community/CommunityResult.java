package org.tradenet.community;

import java.util.Objects;

/**
 * What a community algorithm found, with its diagnostics.
 *
 * @param algorithm  "leiden" or "louvain"
 * @param directed   whether the graph was directed (directed quality) or undirected
 * @param partition  the communities, canonically labelled (largest first)
 * @param quality    the quality reached (modularity or CPM as the parameters say); NaN for
 *                   modularity on a graph without weight
 * @param levels     the most aggregation levels an iteration went through
 * @param iterations how many iterations ran
 * @param converged  true when the last iteration could not raise the quality (rather than
 *                   the iteration limit stopping the run)
 * @param parameters the settings, seed included
 */
public record CommunityResult(String algorithm, boolean directed, Partition partition, double quality, int levels,
                              int iterations, boolean converged, CommunityParameters parameters) {

    /**
     * Checks the components.
     *
     * @param algorithm  "leiden" or "louvain"
     * @param directed   whether the graph was directed (directed quality) or undirected
     * @param partition  the communities, canonically labelled (largest first)
     * @param quality    the quality reached (modularity or CPM as the parameters say); NaN for modularity on
     *                   a graph without weight
     * @param levels     the most aggregation levels an iteration went through
     * @param iterations how many iterations ran
     * @param converged  true when the last iteration could not raise the quality (rather than the iteration
     *                   limit stopping the run)
     * @param parameters the settings, seed included
     */
    public CommunityResult {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** {@return the seed the run used} */
    public long seed() {
        return parameters.seed();
    }

    /** {@return the resolution γ} */
    public double resolution() {
        return parameters.resolution();
    }

    /** {@return the quality function maximised} */
    public QualityFunction qualityFunction() {
        return parameters.quality();
    }
}
