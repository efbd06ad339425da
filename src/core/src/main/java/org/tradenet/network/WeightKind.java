package org.tradenet.network;

/** What an edge's weight means. Every report prints it. */
public enum WeightKind {
    /** Trade value in USD. */
    VALUE,
    /** Quantity in tonnes (links with no quantity are left out, and counted). */
    QUANTITY,
    /** The link's share of the network's total value, in [0, 1]. */
    SHARE
}
