package org.tradenet.report.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.tradenet.network.TradeNetwork;

/**
 * A network with extra node attribute columns, ready to export. Every column has one value
 * per node of the network, in its node order. Column names are unique (case-insensitively)
 * and do not take the names the exporters use for their own fields ({@link #RESERVED}).
 * Immutable.
 *
 * @param network the network
 * @param columns the extra node columns, in the order to write them
 */
public record AttributedNetwork(TradeNetwork network, List<NodeColumn> columns) {

    /** Names the exporters use themselves, lower case: node id, name and GEXF label, edge fields. */
    public static final Set<String> RESERVED = Set.of("id", "name", "label", "source", "target", "weight", "valueusd",
            "quantitytonnes", "productflows", "type");

    /**
     * Checks the columns fit the network and their names are unique and not reserved.
     *
     * @param network the network
     * @param columns the extra node columns, in the order to write them
     */
    public AttributedNetwork {
        Objects.requireNonNull(network, "network");
        columns = List.copyOf(columns);
        Set<String> seen = new HashSet<>();
        for (NodeColumn c : columns) {
            String key = c.name().toLowerCase(Locale.ROOT);
            if (RESERVED.contains(key)) {
                throw new IllegalArgumentException("attribute name '" + c.name() + "' is reserved by the exporters");
            }
            if (!seen.add(key)) {
                throw new IllegalArgumentException("attribute '" + c.name() + "' is given twice");
            }
            if (c.size() != network.nodeCount()) {
                throw new IllegalArgumentException("attribute '" + c.name() + "' has " + c.size() + " values, the network "
                        + network.nodeCount() + " nodes");
            }
        }
    }

    /**
     * The network alone, with no extra columns.
     *
     * @param network the network
     * @return the network without extra columns
     */
    public static AttributedNetwork of(TradeNetwork network) {
        return new AttributedNetwork(network, List.of());
    }

    /**
     * A copy with more columns appended.
     *
     * @param more the columns to append, one value per node each
     * @return the new attributed network; this one is unchanged
     */
    public AttributedNetwork with(List<NodeColumn> more) {
        List<NodeColumn> all = new ArrayList<>(columns);
        all.addAll(more);
        return new AttributedNetwork(network, all);
    }

    /**
     * A copy with one more column appended.
     *
     * @param more the column to append, one value per node
     * @return the new attributed network; this one is unchanged
     */
    public AttributedNetwork with(NodeColumn more) {
        return with(List.of(more));
    }
}
