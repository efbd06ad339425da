package org.tradenet.analysis;

import java.util.List;

import org.tradenet.compare.PartitionComparison;
import org.tradenet.compare.RankComparison;
import org.tradenet.shock.ShockResult;

/**
 * One scenario's result: the shock, the network after it, and how it compares with the
 * baseline.
 *
 * @param shock                 the GSIM result (prices, flows, totals, welfare, diagnostics)
 * @param after                 the post-shock network, its hubs and communities
 * @param comparison            baseline communities against post-shock communities (NMI, ARI, VI, moves)
 * @param baselineModularityAfter modularity of the baseline partition on the post-shock network:
 *                              above the baseline's own modularity when the old blocs trade more among themselves
 * @param rankChanges           hub-criterion rank changes, baseline → post-shock
 * @param verdict               fragments, integrates, reshapes, no measurable change or trade stops, with its reasons,
 *                              the fixed-partition measures and the noise bands
 */
public record ScenarioOutcome(ShockResult shock, NetworkView after, PartitionComparison comparison,
                              double baselineModularityAfter, List<RankComparison> rankChanges, Verdict verdict) {

    /**
     * Copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param shock                   the GSIM result (prices, flows, totals, welfare, diagnostics)
     * @param after                   the post-shock network, its hubs and communities
     * @param comparison              baseline communities against post-shock communities (NMI, ARI, VI,
     *                                moves)
     * @param baselineModularityAfter modularity of the baseline partition on the post-shock network: above
     *                                the baseline's own modularity when the old blocs trade more among
     *                                themselves
     * @param rankChanges             hub-criterion rank changes, baseline → post-shock
     * @param verdict                 fragments, integrates, or little change
     */
    public ScenarioOutcome {
        rankChanges = List.copyOf(rankChanges);
    }

    /** {@return the scenario's name} */
    public String name() {
        return shock.scenario().name();
    }
}
