package org.tradenet.metrics;

/**
 * Which way shortest paths are followed for a node's closeness or harmonic centrality.
 * Edges always run exporter → importer.
 */
public enum PathDirection {
    /**
     * Distances from the node to the others, along exporter → importer paths: how close a
     * supplier is to the markets it reaches (out-closeness).
     */
    OUTGOING,
    /**
     * Distances from the others to the node: how close a buyer is to the suppliers that
     * reach it (in-closeness). This is what networkx {@code closeness_centrality} and
     * {@code harmonic_centrality} compute on a directed graph.
     */
    INCOMING
}
