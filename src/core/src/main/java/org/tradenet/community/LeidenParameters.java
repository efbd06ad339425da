package org.tradenet.community;

/**
 * Settings of {@link Leiden}. Immutable; {@code withX} returns a copy.
 *
 * @param quality       the quality maximised (default modularity)
 * @param resolution    γ ≥ 0 (default 1)
 * @param seed          random seed (default 42)
 * @param maxIterations iterations at most; the run stops earlier when one does not raise the
 *                      quality (default 100)
 * @param tolerance     relative improvement below which the iterations stop (default 1e-4;
 *                      see {@link CommunityParameters#tolerance()}); with random merges
 *                      (θ &gt; 0) one iteration's gain is noisy, so Leiden then stops after two
 *                      iterations in a row gain no more than this (or one leaves the partition
 *                      unchanged)
 * @param randomness    θ ≥ 0 of the refinement, in links: a merge is drawn with probability
 *                      ∝ exp(ΔQ/(θ·q₁)) as in Traag et al. (2019, Algorithm A.2), q₁ being the ΔQ
 *                      of one more link of average weight inside a community (for modularity
 *                      2/entries of W, 1/m on an undirected graph of m links), so that on an
 *                      unweighted graph a merge with one more link is e^(1/θ) times likelier,
 *                      the scale of the paper's code and igraph's β, and the draw does not
 *                      depend on the weight unit; default 0, the best merge (ties drawn
 *                      uniformly, the limit θ → 0), which needs fewer iterations than 0.01,
 *                      their value, for about the same modularity (docs/performance.md)
 */
public record LeidenParameters(QualityFunction quality, double resolution, long seed, int maxIterations, double tolerance,
                               double randomness)
        implements CommunityParameters {

    /**
     * Checks the components.
     *
     * @param quality       the quality maximised (default modularity)
     * @param resolution    γ ≥ 0 (default 1)
     * @param seed          random seed (default 42)
     * @param maxIterations iterations at most; the run stops earlier when one does not raise the quality
     *                      (default 100)
     * @param tolerance     relative improvement below which the iterations stop (default 1e-4; see {@link
     *                      CommunityParameters#tolerance()})
     * @param randomness    θ ≥ 0 of the refinement, in links: a merge is drawn with probability ∝ exp(ΔQ/(θ·q₁)),
     *                      q₁ the ΔQ of one more link of average weight inside a community (Traag et al. 2019,
     *                      Algorithm A.2; igraph's β); default 0, the best merge, ties drawn uniformly
     */
    public LeidenParameters {
        ParameterChecks.common(quality, resolution, maxIterations, tolerance);
        ParameterChecks.nonNegative("randomness θ", randomness);
    }

    /** {@return the defaults: modularity, γ = 1, seed 42, up to 100 iterations, tolerance 1e-4, θ = 0 (best merge)} */
    public static LeidenParameters defaults() {
        return new LeidenParameters(QualityFunction.MODULARITY, 1.0, 42L, 100, 1e-4, 0.0);
    }

    /**
     * {@return a copy with {@code quality} replaced, the other settings unchanged}
     *
     * @param q the quality maximised (default modularity)
     */
    public LeidenParameters withQuality(QualityFunction q) {
        return new LeidenParameters(q, resolution, seed, maxIterations, tolerance, randomness);
    }

    /**
     * {@return a copy with {@code resolution} replaced, the other settings unchanged}
     *
     * @param gamma γ ≥ 0 (default 1)
     */
    public LeidenParameters withResolution(double gamma) {
        return new LeidenParameters(quality, gamma, seed, maxIterations, tolerance, randomness);
    }

    /**
     * {@return a copy with {@code seed} replaced, the other settings unchanged}
     *
     * @param s random seed (default 42)
     */
    public LeidenParameters withSeed(long s) {
        return new LeidenParameters(quality, resolution, s, maxIterations, tolerance, randomness);
    }

    /**
     * {@return a copy with {@code maxIterations} replaced, the other settings unchanged}
     *
     * @param i iterations at most; the run stops earlier when one does not raise the quality (default 100)
     */
    public LeidenParameters withMaxIterations(int i) {
        return new LeidenParameters(quality, resolution, seed, i, tolerance, randomness);
    }

    /**
     * {@return a copy with {@code tolerance} replaced, the other settings unchanged}
     *
     * @param t relative improvement below which the iterations stop (default 1e-4; see {@link
     *          CommunityParameters#tolerance()})
     */
    public LeidenParameters withTolerance(double t) {
        return new LeidenParameters(quality, resolution, seed, maxIterations, t, randomness);
    }

    /**
     * {@return a copy with {@code randomness} replaced, the other settings unchanged}
     *
     * @param theta θ ≥ 0 of the refinement, in links: a merge is drawn with probability ∝ exp(ΔQ/(θ·q₁)), q₁ the
     *              ΔQ of one more link of average weight inside a community (Traag et al. 2019, Algorithm A.2;
     *              igraph's β); default 0, the best merge, ties drawn uniformly
     */
    public LeidenParameters withRandomness(double theta) {
        return new LeidenParameters(quality, resolution, seed, maxIterations, tolerance, theta);
    }
}
