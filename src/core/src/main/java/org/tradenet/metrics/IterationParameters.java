package org.tradenet.metrics;

/**
 * Settings of the eigenvector-type power iterations ({@link Hits}, {@link
 * EigenvectorCentrality}). Immutable; {@code withX} returns a copy.
 *
 * @param tolerance     stop when the L1 change of the normalised vector is below {@code n · tolerance}
 * @param maxIterations give up (converged = false) after this many iterations
 */
public record IterationParameters(double tolerance, int maxIterations) {

    /**
     * Checks the components.
     *
     * @param tolerance     stop when the L1 change of the normalised vector is below {@code n · tolerance}
     * @param maxIterations give up (converged = false) after this many iterations
     */
    public IterationParameters {
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be positive, was " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
    }

    /** {@return the defaults: tolerance 1e-12, at most 10,000 iterations} */
    public static IterationParameters defaults() {
        return new IterationParameters(1e-12, 10_000);
    }

    /**
     * {@return a copy with {@code tolerance} replaced, the other settings unchanged}
     *
     * @param t stop when the L1 change of the normalised vector is below {@code n · tolerance}
     */
    public IterationParameters withTolerance(double t) {
        return new IterationParameters(t, maxIterations);
    }

    /**
     * {@return a copy with {@code maxIterations} replaced, the other settings unchanged}
     *
     * @param m give up (converged = false) after this many iterations
     */
    public IterationParameters withMaxIterations(int m) {
        return new IterationParameters(tolerance, m);
    }
}
