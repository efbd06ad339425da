package org.tradenet.analysis;

import java.util.List;

import org.tradenet.community.CommunityProfile;
import org.tradenet.community.Consensus;
import org.tradenet.community.Partition;
import org.tradenet.community.RepeatedRuns;

/**
 * The directed communities of one network, as the analysis reports them.
 *
 * @param runs               the Leiden runs (seeds seed, seed+1, …); the best is the partition used
 * @param consensus          the consensus of the runs, for each node's stability
 * @param ids                node ids in index order
 * @param profiles           each community's members, internal share and largest members
 * @param communities        communities with at least two members
 * @param isolated           nodes left with no trade at all
 * @param insideCommunityShare share of trade value on links inside a community
 * @param insideRegionShare  share of trade value on links inside a UN region
 */
public record CommunityView(RepeatedRuns runs, Consensus consensus, List<String> ids, List<CommunityProfile> profiles,
                            int communities, int isolated, double insideCommunityShare, double insideRegionShare) {

    public CommunityView {
        ids = List.copyOf(ids);
        profiles = List.copyOf(profiles);
    }

    /** The best partition over the runs (canonical labels, largest community first). */
    public Partition partition() {
        return runs.best().partition();
    }

    /** Its directed modularity (Leicht–Newman, resolution γ). */
    public double modularity() {
        return runs.best().quality();
    }

    /** Per node, the share of runs that put it with the members of its consensus community. */
    public double[] stability() {
        return consensus.stability();
    }
}
