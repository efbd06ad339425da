package org.tradenet.metrics;

import java.util.Objects;

/**
 * Settings of {@link Betweenness}. Immutable; {@code withX} returns a copy.
 *
 * @param distance   how trade weights become lengths
 * @param normalized divide by {@code (n-1)(n-2)}, the number of ordered pairs of other
 *                   nodes, so scores are shares in [0, 1] (as networkx {@code normalized=True}
 *                   for directed graphs)
 * @param threads    threads to use; the result does not depend on it
 */
public record BetweennessParameters(DistanceKind distance, boolean normalized, int threads) {

    /**
     * Checks the components.
     *
     * @param distance   how trade weights become lengths
     * @param normalized divide by {@code (n-1)(n-2)}, the number of ordered pairs of other nodes, so scores
     *                   are shares in [0, 1] (as networkx {@code normalized=True} for directed graphs)
     * @param threads    threads to use; the result does not depend on it
     */
    public BetweennessParameters {
        Objects.requireNonNull(distance, "distance");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** {@return the defaults: inverse-weight lengths, normalized, one thread per available processor} */
    public static BetweennessParameters defaults() {
        return new BetweennessParameters(DistanceKind.INVERSE, true, Runtime.getRuntime().availableProcessors());
    }

    /**
     * {@return a copy with {@code distance} replaced, the other settings unchanged}
     *
     * @param d how trade weights become lengths
     */
    public BetweennessParameters withDistance(DistanceKind d) {
        return new BetweennessParameters(d, normalized, threads);
    }

    /**
     * {@return a copy with {@code normalized} replaced, the other settings unchanged}
     *
     * @param b divide by {@code (n-1)(n-2)}, the number of ordered pairs of other nodes, so scores are
     *          shares in [0, 1] (as networkx {@code normalized=True} for directed graphs)
     */
    public BetweennessParameters withNormalized(boolean b) {
        return new BetweennessParameters(distance, b, threads);
    }

    /**
     * {@return a copy with {@code threads} replaced, the other settings unchanged}
     *
     * @param t threads to use; the result does not depend on it
     */
    public BetweennessParameters withThreads(int t) {
        return new BetweennessParameters(distance, normalized, t);
    }
}
