package org.tradenet.metrics;

import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * Degree or strength of every node as a {@link NodeScoring}. Links run exporter → importer:
 * in-degree counts a country's suppliers, out-degree its customers; strength sums the link
 * weights instead (trade value in USD when the network is weighted by value). Total is in plus
 * out, so a partner traded with both ways counts twice (networkx's {@code degree} on a
 * directed graph). Self-loops, when kept, count once on each side. The measure names are those
 * of {@link NodeMetrics}' columns ({@code inStrength}, {@code outDegree}, …; {@code strength}
 * and {@code degree} for total). Exact, O(n). Not randomised.
 *
 * @param mode     which links count
 * @param weighted true for strength (sum of weights), false for degree (number of links)
 */
public record Degree(DegreeMode mode, boolean weighted) implements NodeScoring {

    /**
     * Checks the mode.
     *
     * @param mode     which links count
     * @param weighted true for strength, false for degree
     */
    public Degree {
        Objects.requireNonNull(mode, "mode");
    }

    /**
     * The number of links of each node.
     *
     * @param mode which links count
     * @return degree as a node scoring
     */
    public static Degree of(DegreeMode mode) {
        return new Degree(mode, false);
    }

    /**
     * The summed link weight of each node.
     *
     * @param mode which links count
     * @return strength as a node scoring
     */
    public static Degree strength(DegreeMode mode) {
        return new Degree(mode, true);
    }

    /**
     * The measure's name as {@link NodeMetrics} names its column.
     *
     * @return {@code inStrength}, {@code outStrength}, {@code strength}, {@code inDegree},
     *         {@code outDegree} or {@code degree}
     */
    public String measure() {
        String base = weighted ? "Strength" : "Degree";
        return switch (mode) {
            case IN -> "in" + base;
            case OUT -> "out" + base;
            case TOTAL -> base.toLowerCase(java.util.Locale.ROOT);
        };
    }

    @Override
    public NodeScores compute(CompactGraph g) {
        double[] values = new double[g.n()];
        for (int v = 0; v < g.n(); v++) {
            double in = weighted ? g.inStrength(v) : g.inDegree(v);
            double out = weighted ? g.outStrength(v) : g.outDegree(v);
            values[v] = switch (mode) {
                case IN -> in;
                case OUT -> out;
                case TOTAL -> in + out;
            };
        }
        return NodeScores.exact(measure(), values, "");
    }
}
