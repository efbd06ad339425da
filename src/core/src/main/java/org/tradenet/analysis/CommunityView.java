package org.tradenet.analysis;

import java.util.ArrayList;
import java.util.List;

import org.tradenet.community.CommunityDetection;
import org.tradenet.community.CommunityProfile;
import org.tradenet.community.Consensus;
import org.tradenet.community.Leiden;
import org.tradenet.community.LeidenParameters;
import org.tradenet.community.Partition;
import org.tradenet.community.RepeatedRuns;
import org.tradenet.metrics.NodeGroups;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeNetwork;

/**
 * The directed communities of one network, as the analysis reports them.
 *
 * @param runs               the detection's runs (Leiden unless another was given; seeds seed,
 *                           seed+1, …); the best is the partition used
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

    /**
     * Copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param runs                 the detection's runs (Leiden unless another was given; seeds seed, seed+1,
     *                             …); the best is the partition used
     * @param consensus            the consensus of the runs, for each node's stability
     * @param ids                  node ids in index order
     * @param profiles             each community's members, internal share and largest members
     * @param communities          communities with at least two members
     * @param isolated             nodes left with no trade at all
     * @param insideCommunityShare share of trade value on links inside a community
     * @param insideRegionShare    share of trade value on links inside a UN region
     */
    public CommunityView {
        ids = List.copyOf(ids);
        profiles = List.copyOf(profiles);
    }

    /** Leiden with directed modularity at resolution γ: the detection used unless another is given. */
    static CommunityDetection leiden(double resolution) {
        return new Leiden(LeidenParameters.defaults().withResolution(resolution));
    }

    /**
     * The communities of {@code net} found by {@code detection} (directed Leiden by default),
     * run {@code runs} times with seeds {@code seed, seed+1, …} (its own seed is replaced), the
     * best kept, each node's stability from the consensus of the runs; the shares of trade
     * value inside communities and inside UN regions. Shared by {@link Analysis} and {@link
     * Timeline}, so both measure the same way.
     */
    static CommunityView of(TradeNetwork net, CommunityDetection detection, long seed, int runs) {
        CompactGraph g = net.compact();
        RepeatedRuns all = RepeatedRuns.of(detection.withSeed(seed), g, runs);
        Partition best = all.best().partition();
        Consensus consensus = Consensus.of(g, all.partitions());
        int communities = 0;
        for (int c = 0; c < best.communityCount(); c++) {
            communities += best.size(c) >= 2 ? 1 : 0;
        }
        int isolated = 0;
        for (int v = 0; v < g.n(); v++) {
            isolated += g.outDegree(v) + g.inDegree(v) == 0 ? 1 : 0;
        }
        double inside = insideShare(g, best);
        double region = NodeGroups.unRegions(net).withinShare(g);
        List<String> ids = net.countries().stream().map(c -> c.id()).toList();
        return new CommunityView(all, consensus, ids, CommunityProfile.of(g, best), communities, isolated, inside, region);
    }

    /**
     * The share of {@code g}'s trade value on links whose two ends share a community of
     * {@code p}; NaN when there is no trade. O(n + links).
     */
    static double insideShare(CompactGraph g, Partition p) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < p.communityCount(); c++) {
            labels.add("community " + c);
        }
        return new NodeGroups("communities", labels, p.membership()).withinShare(g);
    }

    /** {@return the best partition over the runs (canonical labels, largest community first)} */
    public Partition partition() {
        return runs.best().partition();
    }

    /**
     * {@return its quality as the detection reports it: directed modularity (Leicht–Newman, resolution γ)
     * for Leiden}
     */
    public double modularity() {
        return runs.best().quality();
    }

    /** {@return the share of runs, per node, that put it with the members of its consensus community} */
    public double[] stability() {
        return consensus.stability();
    }
}
