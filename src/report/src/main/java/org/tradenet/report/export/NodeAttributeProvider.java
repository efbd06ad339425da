package org.tradenet.report.export;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A named set of node attribute columns computed from a network: what {@code tradenet export
 * --with NAME} adds. Built-in sets live in {@link NodeAttributeProviders}; a package that
 * computes per-node results (communities, centralities) adds its own set there, in one place.
 */
public interface NodeAttributeProvider {

    /**
     * The name used on the command line ({@code --with NAME}): lower case, no spaces.
     *
     * @return the set's name
     */
    String name();

    /**
     * One line saying what the columns are, with units.
     *
     * @return the description
     */
    String description();

    /**
     * The columns for {@code network}, one value per node in its node order.
     *
     * @param network the network to annotate
     * @return the columns
     */
    List<NodeColumn> columns(org.tradenet.network.TradeNetwork network);

    /**
     * A provider from a function.
     *
     * @param name the set's name: lower-case letters, digits and -
     * @param description one line saying what the columns are, with units
     * @param columns computes the columns of a network
     * @return the provider
     */
    static NodeAttributeProvider of(String name, String description,
                                    Function<org.tradenet.network.TradeNetwork, List<NodeColumn>> columns) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(columns, "columns");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("provider name '" + name + "' must be lower-case letters, digits and -");
        }
        return new NodeAttributeProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public List<NodeColumn> columns(org.tradenet.network.TradeNetwork network) {
                return columns.apply(network);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
