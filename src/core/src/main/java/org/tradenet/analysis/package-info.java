/**
 * The main job: a trade network's baseline (summary, hubs with reasons, directed
 * communities) and, for every trade-policy scenario, the GSIM shock, the post-shock network,
 * its communities and hubs, and the comparison with the baseline (NMI, ARI, VI, who moved,
 * modularity, regionalisation, rank changes), summed up in a verdict per scenario.
 * {@link org.tradenet.analysis.Timeline} follows a network with a year column year by year
 * with the same measures (size, concentration, directed communities, modularity,
 * regionalisation, hubs). {@link org.tradenet.analysis.Analysis} and the timeline compose the
 * other packages; they add no algorithm of their own beyond the verdict rule.
 */
package org.tradenet.analysis;
