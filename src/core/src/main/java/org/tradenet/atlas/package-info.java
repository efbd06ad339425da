/**
 * The atlas: every product and every year of a trade data set screened in one run. The input
 * is streamed once and grouped by (HS6 product, year); each group becomes a trade network and
 * gets the same core measures as the single-network commands (size, exporter concentration,
 * importer dependence, directed Leiden communities, hubs by throughput and PageRank) and a
 * standard screening shock (the largest exporter's export tax, linear GSIM). One {@link
 * org.tradenet.atlas.AtlasRow} per group.
 *
 * <p>{@link org.tradenet.atlas.ProductYearAnalysis} is the per-group computation; it is pure
 * and deterministic for a seed, so that every engine (the embedded {@link
 * org.tradenet.atlas.LocalAtlasEngine}, or the Spark engine of the tradenet-spark module)
 * gives the same rows. {@link org.tradenet.atlas.FlowGrouping} does the streaming grouping
 * with bounded memory.
 */
package org.tradenet.atlas;
