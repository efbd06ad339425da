package org.tradenet.analysis;

import java.util.List;

import org.tradenet.community.CommunityProfile;
import org.tradenet.community.Partition;

/**
 * The directed communities of one network, as the analysis reports them.
 *
 * @param partition          the best partition over the runs (canonical labels, largest first)
 * @param ids                node ids in index order
 * @param modularity         its directed modularity (Leicht–Newman, resolution γ)
 * @param minQuality         lowest modularity over the runs
 * @param meanQuality        mean modularity over the runs
 * @param runsEqualToBest    how many runs found the best partition
 * @param runs               how many runs were made
 * @param stability          per node, the share of runs that put it with the members of its
 *                           consensus community (1 = always)
 * @param profiles           each community's members, internal share and largest members
 * @param communities        communities with at least two members
 * @param isolated           nodes left with no trade at all (singletons without links)
 * @param insideCommunityShare share of trade value on links inside a community
 * @param insideRegionShare  share of trade value on links inside a UN region
 */
public record CommunityView(Partition partition, List<String> ids, double modularity, double minQuality,
                            double meanQuality, int runsEqualToBest, int runs, double[] stability,
                            List<CommunityProfile> profiles, int communities, int isolated,
                            double insideCommunityShare, double insideRegionShare) {

    public CommunityView {
        ids = List.copyOf(ids);
        stability = stability.clone();
        profiles = List.copyOf(profiles);
    }

    @Override
    public double[] stability() {
        return stability.clone();
    }

    /** Community of node {@code i}. */
    public int community(int i) {
        return partition.community(i);
    }
}
