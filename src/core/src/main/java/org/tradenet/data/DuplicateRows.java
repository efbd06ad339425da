package org.tradenet.data;

/**
 * What a reader does with a row whose key (exporter, importer, product, year) an earlier row
 * already had.
 */
public enum DuplicateRows {
    /**
     * The default: a repeat is an error naming both lines. Right for BACI, which has one row per
     * key, and for Comtrade keys.
     */
    REFUSE,
    /**
     * Repeats are added up (values summed; quantities summed, unknown when any row lacks one):
     * real edge lists list several shipments of one pair, and Pajek's 1994 world-trade network
     * repeats arcs. The report says how many rows were merged.
     */
    SUM
}
