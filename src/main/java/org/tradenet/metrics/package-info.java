/**
 * Measures of a trade network: its summary, concentration, and (as they land) centralities,
 * hubs and brokers. Every measure states its direction (edges run exporter → importer) and
 * what weights mean.
 */
package org.tradenet.metrics;
