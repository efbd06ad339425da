package org.tradenet.analysis;

import java.util.List;

import org.tradenet.community.Partition;
import org.tradenet.compare.PartitionComparison;
import org.tradenet.network.CompactGraph;

/**
 * How much the community optimiser alone moves the measures, from its runs with several
 * seeds (seed, seed + 1, …) on the baseline and on the post-shock network: a post-shock change
 * counts only when it falls outside this band.
 *
 * <p>The bands applied: a change of the share of trade inside communities counts when it is
 * larger than {@code shareBand} = max(the largest spread max − min of that share over the runs
 * of either network, the analysis's move threshold); a partition counts as changed when its
 * NMI against the baseline partition is below {@code nmiBand} = min(the lowest NMI between
 * two runs of the same network, 1 − the analysis's NMI threshold). The floors keep a
 * perfectly repeatable optimiser from turning every tiny change into a finding. After
 * Lancichinetti &amp; Fortunato (2012), doi:10.1038/srep00336: a partition found by a
 * stochastic optimiser is one draw among the runs, and only what is stable across runs is
 * structure.
 *
 * @param runs              optimiser runs per network
 * @param lowestRunNmi      lowest NMI between two runs' partitions of the same network (either network)
 * @param insideShareSpread largest max − min over the runs of the share of trade inside communities
 * @param shareBand         the band applied to a change of inside share (a fraction)
 * @param nmiBand           NMI below which a partition counts as changed
 */
public record NoiseBand(int runs, double lowestRunNmi, double insideShareSpread, double shareBand, double nmiBand) {

    /**
     * The band from the runs on the baseline and the post-shock network ({@code after} may be
     * null, for the baseline alone). O(runs² × n) for the NMIs plus O(runs × links) for the shares.
     */
    static NoiseBand of(CompactGraph before, List<Partition> beforeRuns, CompactGraph after,
                        List<Partition> afterRuns, double moveThreshold, double nmiThreshold) {
        double lowest = Math.min(lowestNmi(beforeRuns), after == null ? 1 : lowestNmi(afterRuns));
        double spread = spread(before, beforeRuns);
        if (after != null) {
            double s = spread(after, afterRuns);
            spread = Double.isNaN(s) ? spread : Math.max(spread, s);
        }
        return new NoiseBand(beforeRuns.size(), lowest, spread, Math.max(spread, moveThreshold),
                Math.min(lowest, 1 - nmiThreshold));
    }

    private static double lowestNmi(List<Partition> runs) {
        double lowest = 1;
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                if (!runs.get(i).equals(runs.get(j))) {
                    lowest = Math.min(lowest, PartitionComparison.of(runs.get(i), runs.get(j)).nmi());
                }
            }
        }
        return lowest;
    }

    /** max − min of the inside share over the runs; NaN when the graph has no trade. */
    private static double spread(CompactGraph g, List<Partition> runs) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Partition p : runs) {
            double s = CommunityView.insideShare(g, p);
            if (Double.isNaN(s)) {
                return Double.NaN;
            }
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        return max - min;
    }
}
