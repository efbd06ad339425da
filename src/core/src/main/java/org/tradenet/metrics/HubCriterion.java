package org.tradenet.metrics;

/** Why a country is named a hub, with the metric column behind each reason. */
public enum HubCriterion {
    /**
     * High throughput {@code min(in-strength, out-strength)}: it both imports and exports
     * much, the mark of re-processing or re-export.
     */
    THROUGHPUT("throughput", "both imports and exports much (re-processing or re-export)", "re-processing or re-export"),
    /** High betweenness: many shortest trade routes run through it (a broker). */
    BETWEENNESS("betweenness", "many shortest exporter -> importer routes pass through it (broker)", "broker"),
    /** High HITS hub score: it exports much to the large buyers. */
    HITS_HUB("hub", "exports much to the main buyers (HITS hub)", "supplies the main buyers"),
    /** High HITS authority score: it imports much from the large suppliers. */
    HITS_AUTHORITY("authority", "imports much from the main suppliers (HITS authority)", "buys from the main suppliers");

    private final String column;
    private final String reason;
    private final String role;

    HubCriterion(String column, String reason, String role) {
        this.column = column;
        this.reason = reason;
        this.role = role;
    }

    /** {@return the role in a few words, for instance {@code "broker"}} */
    public String role() {
        return role;
    }

    /** {@return the metric column ({@code throughput} is computed from the strengths)} */
    public String column() {
        return column;
    }

    /** {@return the reason in words} */
    public String reason() {
        return reason;
    }
}
