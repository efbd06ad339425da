package org.tradenet.data;

/**
 * Which side of a Comtrade flow counts when both the importer (flow M) and the exporter
 * (flow X) declared it. Both sides are never added: they describe the same shipments.
 */
public enum MirrorRule {
    /**
     * An importer that declared a product (in a year) is trusted for all its partners in
     * that product; exporters' declarations fill in only for importers that declared
     * nothing for it. The rule the shipped rare-earth network was made with.
     */
    IMPORTER_FIRST,
    /** Per exporter–importer–product flow: the importer's declaration where there is one, else the exporter's. */
    PER_FLOW
}
