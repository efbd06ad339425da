/**
 * From flows to a network: {@link org.tradenet.network.TradeNetwork}, an immutable weighted
 * graph of countries whose edges run exporter → importer, built from a {@link
 * org.tradenet.data.FlowTable} by a {@link org.tradenet.network.NetworkSpec} (years, products,
 * minimum value, top partners, self-loops, weight), and {@link
 * org.tradenet.network.CompactGraph}, the int-indexed copy that algorithms run on.
 */
package org.tradenet.network;
