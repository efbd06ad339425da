package org.tradenet.analysis;

/**
 * The post-shock flows measured with the <em>baseline</em> partition held fixed, beside the
 * baseline: what separates "trade moved inside the existing blocs" from "the optimiser found
 * other blocs" (the re-optimised measures are in each network's {@link CommunityView}).
 *
 * @param insideShareBefore share of baseline trade value inside the baseline communities
 * @param insideShareAfter  share of post-shock trade value inside the same (baseline) communities;
 *                          NaN when no trade is left
 * @param modularityBefore  the baseline partition's directed modularity on the baseline network
 * @param modularityAfter   the baseline partition's directed modularity on the post-shock network
 */
public record FixedPartition(double insideShareBefore, double insideShareAfter, double modularityBefore,
                             double modularityAfter) {

    /** {@return insideShareAfter − insideShareBefore (a fraction; NaN when no trade is left)} */
    public double insideShareChange() {
        return insideShareAfter - insideShareBefore;
    }
}
