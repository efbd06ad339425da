package org.tradenet.metrics;

/**
 * Settings of {@link PageRank}. Immutable; {@code withX} returns a copy.
 *
 * @param damping       probability of following a link rather than jumping, in [0, 1)
 * @param tolerance     stop when the L1 change of the score vector is below {@code n · tolerance}
 *                      (networkx's rule)
 * @param maxIterations give up (converged = false) after this many iterations
 */
public record PageRankParameters(double damping, double tolerance, int maxIterations) {

    /**
     * Checks the components.
     *
     * @param damping       probability of following a link rather than jumping, in [0, 1)
     * @param tolerance     stop when the L1 change of the score vector is below {@code n · tolerance}
     *                      (networkx's rule)
     * @param maxIterations give up (converged = false) after this many iterations
     */
    public PageRankParameters {
        if (!(damping >= 0 && damping < 1)) {
            throw new IllegalArgumentException("damping must be in [0, 1), was " + damping);
        }
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be positive, was " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
    }

    /** {@return the defaults: damping 0.85, tolerance 1e-10, at most 1,000 iterations} */
    public static PageRankParameters defaults() {
        return new PageRankParameters(0.85, 1e-10, 1000);
    }

    /**
     * {@return a copy with {@code damping} replaced, the other settings unchanged}
     *
     * @param d probability of following a link rather than jumping, in [0, 1)
     */
    public PageRankParameters withDamping(double d) {
        return new PageRankParameters(d, tolerance, maxIterations);
    }

    /**
     * {@return a copy with {@code tolerance} replaced, the other settings unchanged}
     *
     * @param t stop when the L1 change of the score vector is below {@code n · tolerance} (networkx's rule)
     */
    public PageRankParameters withTolerance(double t) {
        return new PageRankParameters(damping, t, maxIterations);
    }

    /**
     * {@return a copy with {@code maxIterations} replaced, the other settings unchanged}
     *
     * @param m give up (converged = false) after this many iterations
     */
    public PageRankParameters withMaxIterations(int m) {
        return new PageRankParameters(damping, tolerance, m);
    }
}
