package org.tradenet.community;

import org.tradenet.network.CompactGraph;

/**
 * The quality a community algorithm maximises. Both take a resolution γ; both are directed
 * when the graph is (see {@link Modularity} and {@link Cpm} for the definitions).
 */
public enum QualityFunction {
    /** Modularity (Newman–Girvan; Leicht–Newman for directed graphs), normalised by the total weight. */
    MODULARITY,
    /** The constant Potts model of Traag, Van Dooren &amp; Nesterov (2011), in units of link weight. */
    CPM;

    /** The quality of {@code p} on {@code g} with resolution γ. */
    public double evaluate(CompactGraph g, Partition p, double resolution) {
        return switch (this) {
            case MODULARITY -> Modularity.of(g, p, resolution);
            case CPM -> Cpm.of(g, p, resolution);
        };
    }
}
