/**
 * Exports of a network for other tools: GEXF 1.2 (Gephi), GraphML (Cytoscape, yEd, igraph,
 * networkx) and CSV node and edge tables, with typed node attribute columns. Results of
 * other packages (community memberships, centralities) arrive as plain {@link
 * org.tradenet.report.export.NodeColumn}s, chosen on the command line by name through the
 * {@link org.tradenet.report.export.NodeAttributeProviders} registry.
 */
package org.tradenet.report.export;
