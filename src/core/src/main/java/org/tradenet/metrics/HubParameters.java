package org.tradenet.metrics;

import java.util.EnumSet;
import java.util.Objects;

/**
 * Settings of {@link HubReport}. Immutable; {@code withX} returns a copy.
 *
 * @param top             a country is a hub on a criterion when it ranks in the top {@code top}
 * @param metrics         settings of the metrics behind the criteria (distance, HITS iteration, threads)
 * @param openBrokerPaths broker roles count only two-paths a → b → c with no direct link a → c
 */
public record HubParameters(int top, MetricsParameters metrics, boolean openBrokerPaths) {

    /**
     * Checks the components.
     *
     * @param top             a country is a hub on a criterion when it ranks in the top {@code top}
     * @param metrics         settings of the metrics behind the criteria (distance, HITS iteration, threads)
     * @param openBrokerPaths broker roles count only two-paths a → b → c with no direct link a → c
     */
    public HubParameters {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, was " + top);
        }
        Objects.requireNonNull(metrics, "metrics");
        metrics = metrics.withMetrics(EnumSet.of(NodeMetric.STRENGTH, NodeMetric.PAGERANK, NodeMetric.HITS, NodeMetric.BETWEENNESS));
    }

    /** {@return the defaults: top 5, default metric settings, open two-paths} */
    public static HubParameters defaults() {
        return new HubParameters(5, MetricsParameters.defaults(), true);
    }

    /**
     * {@return a copy with {@code top} replaced, the other settings unchanged}
     *
     * @param t a country is a hub on a criterion when it ranks in the top {@code top}
     */
    public HubParameters withTop(int t) {
        return new HubParameters(t, metrics, openBrokerPaths);
    }

    /**
     * {@return a copy with {@code metrics} replaced, the other settings unchanged}
     *
     * @param m settings of the metrics behind the criteria (distance, HITS iteration, threads)
     */
    public HubParameters withMetrics(MetricsParameters m) {
        return new HubParameters(top, m, openBrokerPaths);
    }

    /**
     * {@return a copy with {@code openBrokerPaths} replaced, the other settings unchanged}
     *
     * @param b broker roles count only two-paths a → b → c with no direct link a → c
     */
    public HubParameters withOpenBrokerPaths(boolean b) {
        return new HubParameters(top, metrics, b);
    }
}
