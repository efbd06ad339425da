package org.tradenet.metrics;

/** Which links count in a node's degree. Links run exporter → importer. */
public enum DegreeMode {
    /** Suppliers (in-links). */
    IN,
    /** Customers (out-links). */
    OUT,
    /** In plus out: a partner traded with both ways counts twice (networkx's {@code degree} on a directed graph). */
    TOTAL
}
