package org.tradenet.metrics;

import java.util.List;

/** The node metrics {@link NodeMetrics} can compute, each with the columns it produces. */
public enum NodeMetric {
    /** In- and out-strength and degree (always computed). */
    STRENGTH(List.of("inStrength", "outStrength", "inDegree", "outDegree")),
    /** Weighted PageRank ({@link PageRank}). */
    PAGERANK(List.of("pagerank")),
    /** HITS hub and authority ({@link Hits}). */
    HITS(List.of("hub", "authority")),
    /** Betweenness ({@link Betweenness}). */
    BETWEENNESS(List.of("betweenness")),
    /** Closeness ({@link Closeness}). */
    CLOSENESS(List.of("closeness")),
    /** Harmonic centrality ({@link Harmonic}). */
    HARMONIC(List.of("harmonic")),
    /** Eigenvector centrality on in-links ({@link EigenvectorCentrality}). */
    EIGENVECTOR(List.of("eigenvector")),
    /** Fagiolo's weighted directed clustering ({@link Clustering}). */
    CLUSTERING(List.of("clustering")),
    /** Core number ({@link KCore}). */
    KCORE(List.of("kcore")),
    /** Largest supplier share and supplier HHI ({@link SupplierDependence}). */
    SUPPLIER_DEPENDENCE(List.of("largestSupplierShare", "supplierHhi"));

    private final List<String> columns;

    NodeMetric(List<String> columns) {
        this.columns = columns;
    }

    /** {@return the result columns (JSON keys) this metric fills} */
    public List<String> columns() {
        return columns;
    }
}
