package org.tradenet.report.export;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

import org.tradenet.report.Numbers;

/**
 * A named, typed column of node attributes: one value per node, in the node order of the
 * network it belongs to ({@code TradeNetwork.country(i)} has value {@code i}). This is how
 * results of other packages (a community membership, a centrality score, a scenario's
 * change) reach the exports as plain data, without the exporters knowing their classes.
 *
 * <p>A value may be missing: a {@code null} string or a NaN double. Missing values are left
 * out of GEXF and GraphML and written as empty CSV cells. Immutable; the arrays are copied.
 */
public final class NodeColumn {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final String name;
    private final String description;
    private final AttributeType type;
    private final String[] strings;
    private final int[] integers;
    private final double[] doubles;

    private NodeColumn(String name, String description, AttributeType type, String[] strings, int[] integers,
                       double[] doubles) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("attribute name '" + name
                    + "' must start with a letter or _ and hold only letters, digits and _ (at most 64)");
        }
        this.name = name;
        this.description = description == null ? "" : description;
        this.type = type;
        this.strings = strings;
        this.integers = integers;
        this.doubles = doubles;
    }

    /**
     * A text column; {@code null} entries are missing.
     *
     * @param name attribute name: a letter or _, then letters, digits and _ (at most 64)
     * @param description what the column holds, with its unit; null or empty for none
     * @param values one value per node, in the network's node order
     * @return the column
     */
    public static NodeColumn ofStrings(String name, String description, String[] values) {
        return new NodeColumn(name, description, AttributeType.STRING, values.clone(), null, null);
    }

    /**
     * A whole-number column (community labels, ranks, degrees).
     *
     * @param name attribute name: a letter or _, then letters, digits and _ (at most 64)
     * @param description what the column holds, with its unit; null or empty for none
     * @param values one value per node, in the network's node order
     * @return the column
     */
    public static NodeColumn ofIntegers(String name, String description, int[] values) {
        return new NodeColumn(name, description, AttributeType.INTEGER, null, values.clone(), null);
    }

    /**
     * A real-number column (scores, strengths, changes); NaN entries are missing.
     *
     * @param name attribute name: a letter or _, then letters, digits and _ (at most 64)
     * @param description what the column holds, with its unit; null or empty for none
     * @param values one value per node, in the network's node order
     * @return the column
     */
    public static NodeColumn ofDoubles(String name, String description, double[] values) {
        for (double v : values) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("attribute " + name + " has an infinite value");
            }
        }
        return new NodeColumn(name, description, AttributeType.DOUBLE, null, null, values.clone());
    }

    /**
     * The column's name: the attribute title in GEXF, the key name in GraphML, the CSV header.
     *
     * @return the attribute name
     */
    public String name() {
        return name;
    }

    /**
     * What the column holds, with its unit; may be empty.
     *
     * @return the description, empty when there is none
     */
    public String description() {
        return description;
    }

    /**
     * The value type.
     *
     * @return string, integer or double
     */
    public AttributeType type() {
        return type;
    }

    /**
     * Number of values (must equal the network's node count).
     *
     * @return the number of values
     */
    public int size() {
        return switch (type) {
            case STRING -> strings.length;
            case INTEGER -> integers.length;
            case DOUBLE -> doubles.length;
        };
    }

    /**
     * True when node {@code i} has no value.
     *
     * @param i node index, in the network's node order
     * @return whether the value is missing (null text or NaN; whole numbers are never missing)
     */
    public boolean isMissing(int i) {
        return switch (type) {
            case STRING -> strings[i] == null;
            case INTEGER -> false;
            case DOUBLE -> Double.isNaN(doubles[i]);
        };
    }

    /**
     * The value of node {@code i} as text: the string itself, a plain integer, or a double
     * at full precision without exponent ({@link Numbers#raw}); empty when missing.
     *
     * @param i node index, in the network's node order
     * @return the value as text, empty when missing
     */
    public String text(int i) {
        if (isMissing(i)) {
            return "";
        }
        return switch (type) {
            case STRING -> strings[i];
            case INTEGER -> Integer.toString(integers[i]);
            case DOUBLE -> Numbers.raw(doubles[i]);
        };
    }

    @Override
    public String toString() {
        return name + " (" + type.name().toLowerCase(java.util.Locale.ROOT) + ", " + size() + " values)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeColumn c && name.equals(c.name) && description.equals(c.description) && type == c.type
                && Arrays.equals(strings, c.strings) && Arrays.equals(integers, c.integers) && Arrays.equals(doubles, c.doubles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, Arrays.hashCode(strings), Arrays.hashCode(integers), Arrays.hashCode(doubles));
    }
}
