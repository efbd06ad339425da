package org.tradenet.community;

/**
 * Settings of {@link Louvain}. Immutable; {@code withX} returns a copy.
 *
 * @param quality       the quality maximised (default modularity)
 * @param resolution    γ ≥ 0 (default 1)
 * @param seed          random seed of the visiting order (default 42)
 * @param maxIterations Blondel's multi-level pass is repeated from its result until it no
 *                      longer raises the quality, at most this often (default 100; 1 is the
 *                      classic single pass)
 * @param tolerance     relative improvement below which the iterations stop (default 1e-4;
 *                      see {@link CommunityParameters#tolerance()})
 */
public record LouvainParameters(QualityFunction quality, double resolution, long seed, int maxIterations, double tolerance)
        implements CommunityParameters {

    /**
     * Checks the components.
     *
     * @param quality       the quality maximised (default modularity)
     * @param resolution    γ ≥ 0 (default 1)
     * @param seed          random seed of the visiting order (default 42)
     * @param maxIterations Blondel's multi-level pass is repeated from its result until it no longer raises
     *                      the quality, at most this often (default 100; 1 is the classic single pass)
     * @param tolerance     relative improvement below which the iterations stop (default 1e-4; see {@link
     *                      CommunityParameters#tolerance()})
     */
    public LouvainParameters {
        ParameterChecks.common(quality, resolution, maxIterations, tolerance);
    }

    /** {@return the defaults: modularity, γ = 1, seed 42, up to 100 iterations, tolerance 1e-4} */
    public static LouvainParameters defaults() {
        return new LouvainParameters(QualityFunction.MODULARITY, 1.0, 42L, 100, 1e-4);
    }

    /**
     * {@return a copy with {@code quality} replaced, the other settings unchanged}
     *
     * @param q the quality maximised (default modularity)
     */
    public LouvainParameters withQuality(QualityFunction q) {
        return new LouvainParameters(q, resolution, seed, maxIterations, tolerance);
    }

    /**
     * {@return a copy with {@code resolution} replaced, the other settings unchanged}
     *
     * @param gamma γ ≥ 0 (default 1)
     */
    public LouvainParameters withResolution(double gamma) {
        return new LouvainParameters(quality, gamma, seed, maxIterations, tolerance);
    }

    /**
     * {@return a copy with {@code seed} replaced, the other settings unchanged}
     *
     * @param s random seed of the visiting order (default 42)
     */
    public LouvainParameters withSeed(long s) {
        return new LouvainParameters(quality, resolution, s, maxIterations, tolerance);
    }

    /**
     * {@return a copy with {@code maxIterations} replaced, the other settings unchanged}
     *
     * @param i Blondel's multi-level pass is repeated from its result until it no longer raises the quality,
     *          at most this often (default 100; 1 is the classic single pass)
     */
    public LouvainParameters withMaxIterations(int i) {
        return new LouvainParameters(quality, resolution, seed, i, tolerance);
    }

    /**
     * {@return a copy with {@code tolerance} replaced, the other settings unchanged}
     *
     * @param t relative improvement below which the iterations stop (default 1e-4; see {@link
     *          CommunityParameters#tolerance()})
     */
    public LouvainParameters withTolerance(double t) {
        return new LouvainParameters(quality, resolution, seed, maxIterations, t);
    }
}
