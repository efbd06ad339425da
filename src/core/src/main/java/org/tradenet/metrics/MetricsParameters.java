package org.tradenet.metrics;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of {@link NodeMetrics}: which metrics, and the settings of each family. The
 * command line reads these defaults. Immutable; {@code withX} returns a copy.
 *
 * @param metrics       the metrics to compute ({@link NodeMetric#STRENGTH} is always added)
 * @param distance      how weights become lengths for betweenness, closeness, harmonic and path measures
 * @param closeness     direction of closeness and harmonic centrality
 * @param pagerank      PageRank settings
 * @param iteration     HITS and eigenvector power-iteration settings
 * @param kcore         which degree the k-core peels
 * @param threads       threads for the shortest-path measures (results do not depend on it)
 */
public record MetricsParameters(Set<NodeMetric> metrics, DistanceKind distance, PathDirection closeness,
                                PageRankParameters pagerank, IterationParameters iteration, DegreeMode kcore, int threads) {

    /**
     * Checks the components and copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param metrics   the metrics to compute ({@link NodeMetric#STRENGTH} is always added)
     * @param distance  how weights become lengths for betweenness, closeness, harmonic and path measures
     * @param closeness direction of closeness and harmonic centrality
     * @param pagerank  PageRank settings
     * @param iteration HITS and eigenvector power-iteration settings
     * @param kcore     which degree the k-core peels
     * @param threads   threads for the shortest-path measures (results do not depend on it)
     */
    public MetricsParameters {
        EnumSet<NodeMetric> m = EnumSet.of(NodeMetric.STRENGTH);
        m.addAll(metrics);
        metrics = java.util.Collections.unmodifiableSet(m);
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(closeness, "closeness");
        Objects.requireNonNull(pagerank, "pagerank");
        Objects.requireNonNull(iteration, "iteration");
        Objects.requireNonNull(kcore, "kcore");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /**
     * {@return the defaults: every metric; inverse-weight distances; out-closeness; PageRank, HITS and eigenvector
     * defaults; total-degree k-core; one thread per processor}
     */
    public static MetricsParameters defaults() {
        return new MetricsParameters(EnumSet.allOf(NodeMetric.class), DistanceKind.INVERSE, PathDirection.OUTGOING,
                PageRankParameters.defaults(), IterationParameters.defaults(), DegreeMode.TOTAL,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * {@return a copy with {@code metrics} replaced, the other settings unchanged}
     *
     * @param m the metrics to compute ({@link NodeMetric#STRENGTH} is always added)
     */
    public MetricsParameters withMetrics(Set<NodeMetric> m) {
        return new MetricsParameters(m, distance, closeness, pagerank, iteration, kcore, threads);
    }

    /**
     * {@return a copy with {@code distance} replaced, the other settings unchanged}
     *
     * @param d how weights become lengths for betweenness, closeness, harmonic and path measures
     */
    public MetricsParameters withDistance(DistanceKind d) {
        return new MetricsParameters(metrics, d, closeness, pagerank, iteration, kcore, threads);
    }

    /**
     * {@return a copy with {@code closeness} replaced, the other settings unchanged}
     *
     * @param d direction of closeness and harmonic centrality
     */
    public MetricsParameters withCloseness(PathDirection d) {
        return new MetricsParameters(metrics, distance, d, pagerank, iteration, kcore, threads);
    }

    /**
     * {@return a copy with {@code pagerank} replaced, the other settings unchanged}
     *
     * @param p PageRank settings
     */
    public MetricsParameters withPageRank(PageRankParameters p) {
        return new MetricsParameters(metrics, distance, closeness, p, iteration, kcore, threads);
    }

    /**
     * {@return a copy with {@code iteration} replaced, the other settings unchanged}
     *
     * @param p HITS and eigenvector power-iteration settings
     */
    public MetricsParameters withIteration(IterationParameters p) {
        return new MetricsParameters(metrics, distance, closeness, pagerank, p, kcore, threads);
    }

    /**
     * {@return a copy with {@code kcore} replaced, the other settings unchanged}
     *
     * @param m which degree the k-core peels
     */
    public MetricsParameters withKCore(DegreeMode m) {
        return new MetricsParameters(metrics, distance, closeness, pagerank, iteration, m, threads);
    }

    /**
     * {@return a copy with {@code threads} replaced, the other settings unchanged}
     *
     * @param t threads for the shortest-path measures (results do not depend on it)
     */
    public MetricsParameters withThreads(int t) {
        return new MetricsParameters(metrics, distance, closeness, pagerank, iteration, kcore, t);
    }
}
