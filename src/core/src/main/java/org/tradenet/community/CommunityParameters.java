package org.tradenet.community;

/**
 * What every community algorithm is configured with; the algorithm's own record adds the rest.
 * Implemented by {@link LeidenParameters}, {@link LouvainParameters} and by the parameters of
 * any user-written {@link CommunityDetection}.
 */
public interface CommunityParameters {

    /** {@return the quality maximised} */
    QualityFunction quality();

    /** {@return the resolution γ (1 is standard modularity)} */
    double resolution();

    /** {@return the seed of the random visiting order (and of Leiden's refinement draws)} */
    long seed();

    /** {@return the most iterations; each starts from the partition the last one found} */
    int maxIterations();

    /**
     * {@return the relative improvement below which the iterations stop} An iteration that raises the
     * quality by no more than {@code tolerance · max(|Q|, 1e-12)} (or leaves the partition as it was) ends
     * the run; for {@link Leiden} with random merges (θ &gt; 0), whose draws make one iteration's gain noisy, two such
     * iterations in a row do. 0 iterates until the quality stops rising at all.
     */
    double tolerance();
}
