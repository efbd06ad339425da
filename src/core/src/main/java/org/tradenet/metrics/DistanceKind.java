package org.tradenet.metrics;

/**
 * How an edge weight (trade value, a strength) becomes a length for shortest-path measures
 * (betweenness, closeness, harmonic centrality, average path length, diameter). A large
 * flow must be a short distance, so the weight is never used as a length directly.
 *
 * <p>Edges of weight 0 carry no trade: under every kind they are no path at all (an
 * infinite length), so a zero-value link never shortens a route.
 */
public enum DistanceKind {
    /** Length {@code 1 / w}: the larger the flow, the shorter the step. Units: 1/USD for value weights. */
    INVERSE,
    /**
     * Length {@code -ln(w / W)} with {@code W} the total weight of the network: the negative
     * log of the link's share of all trade, so a path's length is minus the log of the
     * product of its shares. Dimensionless, non-negative.
     */
    NEGLOG,
    /** Length 1 for every link with positive weight: the binary network (hop counts). */
    HOPS;

    /**
     * The length of an edge of weight {@code w} in a network of total weight {@code total}.
     *
     * @param w     the edge's weight (trade value)
     * @param total the network's total weight, for the share-based lengths
     * @return a non-negative length, or {@code +Infinity} for a zero weight (no path)
     */
    public double length(double w, double total) {
        if (!(w > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return switch (this) {
            case INVERSE -> 1.0 / w;
            case NEGLOG -> Math.max(0.0, -Math.log(w / total));
            case HOPS -> 1.0;
        };
    }

    /** {@return how reports name the distance: {@code "1/w"}, {@code "-ln(w/total)"}, {@code "hops"}} */
    public String formula() {
        return switch (this) {
            case INVERSE -> "1/w (inverse trade weight)";
            case NEGLOG -> "-ln(w/total) (minus log share of all trade)";
            case HOPS -> "hops (binary, every link length 1)";
        };
    }
}
