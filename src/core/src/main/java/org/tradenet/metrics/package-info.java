/**
 * Measures of a trade network: its summary, concentration, centralities ({@link
 * org.tradenet.metrics.PageRank}, {@link org.tradenet.metrics.Hits}, {@link
 * org.tradenet.metrics.Betweenness}, {@link org.tradenet.metrics.Closeness}, {@link
 * org.tradenet.metrics.Harmonic}, {@link org.tradenet.metrics.EigenvectorCentrality}),
 * clustering, cores, supplier dependence, whole-network measures ({@link
 * org.tradenet.metrics.NetworkMeasures}), hubs ({@link org.tradenet.metrics.HubReport}) and
 * brokers ({@link org.tradenet.metrics.BrokerRoles}). Every measure states its direction
 * (edges run exporter → importer) and what weights mean; shortest-path measures turn weights
 * into lengths through a named {@link org.tradenet.metrics.DistanceKind}. Algorithms run on
 * the network's {@link org.tradenet.network.CompactGraph}, are immutable objects configured
 * by a parameters record, and return {@link org.tradenet.metrics.NodeScores}.
 */
package org.tradenet.metrics;
