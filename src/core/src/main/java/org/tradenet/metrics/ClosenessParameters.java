package org.tradenet.metrics;

import java.util.Objects;

/**
 * Settings of the distance-based centralities {@link Closeness} and {@link Harmonic}.
 * Immutable; {@code withX} returns a copy.
 *
 * @param distance  how trade weights become lengths
 * @param direction whether a node's distances are to the others (out) or from them (in)
 * @param threads   threads to use; the result does not depend on it
 */
public record ClosenessParameters(DistanceKind distance, PathDirection direction, int threads) {

    /**
     * Checks the components.
     *
     * @param distance  how trade weights become lengths
     * @param direction whether a node's distances are to the others (out) or from them (in)
     * @param threads   threads to use; the result does not depend on it
     */
    public ClosenessParameters {
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(direction, "direction");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** {@return the defaults: inverse-weight lengths, outgoing paths (out-closeness), one thread per processor} */
    public static ClosenessParameters defaults() {
        return new ClosenessParameters(DistanceKind.INVERSE, PathDirection.OUTGOING, Runtime.getRuntime().availableProcessors());
    }

    /**
     * {@return a copy with {@code distance} replaced, the other settings unchanged}
     *
     * @param d how trade weights become lengths
     */
    public ClosenessParameters withDistance(DistanceKind d) {
        return new ClosenessParameters(d, direction, threads);
    }

    /**
     * {@return a copy with {@code direction} replaced, the other settings unchanged}
     *
     * @param d whether a node's distances are to the others (out) or from them (in)
     */
    public ClosenessParameters withDirection(PathDirection d) {
        return new ClosenessParameters(distance, d, threads);
    }

    /**
     * {@return a copy with {@code threads} replaced, the other settings unchanged}
     *
     * @param t threads to use; the result does not depend on it
     */
    public ClosenessParameters withThreads(int t) {
        return new ClosenessParameters(distance, direction, t);
    }
}
