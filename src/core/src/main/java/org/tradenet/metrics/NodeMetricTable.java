package org.tradenet.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The node metrics of one network: one {@link NodeScores} per column ({@code pagerank},
 * {@code hub}, ...), in the order of {@link NodeMetric}, with the parameters that produced
 * them and notes on anything undefined or not converged.
 *
 * @param parameters the settings used
 * @param columns    the scores by column name, in display order
 * @param notes      one sentence per undefined or unconverged measure
 */
public record NodeMetricTable(MetricsParameters parameters, Map<String, NodeScores> columns, List<String> notes) {

    /**
     * Copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param parameters the settings used
     * @param columns    the scores by column name, in display order
     * @param notes      one sentence per undefined or unconverged measure
     */
    public NodeMetricTable {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        notes = List.copyOf(notes);
    }

    /** {@return the number of nodes} */
    public int size() {
        return columns.values().iterator().next().size();
    }

    /** {@return the column names} */
    public List<String> names() {
        return new ArrayList<>(columns.keySet());
    }

    /**
     * {@return a column, when it was computed}
     *
     * @param name the column's name, for instance {@code "pagerank"} or {@code "inStrength"}
     */
    public Optional<NodeScores> column(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    /**
     * {@return one value; NaN when the column was not computed}
     *
     * @param name the column's name, for instance {@code "pagerank"}
     * @param node a node index
     */
    public double value(String name, int node) {
        NodeScores s = columns.get(name);
        return s == null ? Double.NaN : s.value(node);
    }

    /** {@return whether every iterative measure met its tolerance} */
    public boolean converged() {
        return columns.values().stream().allMatch(NodeScores::converged);
    }
}
