package org.tradenet.report.export;

/** The file formats a network can be exported to. */
public enum ExportFormat {
    /** GEXF 1.2 (Gephi's format): one XML file. */
    GEXF,
    /** GraphML (Cytoscape, yEd, igraph, networkx): one XML file. */
    GRAPHML,
    /** Two CSV tables: nodes and edges. */
    CSV
}
