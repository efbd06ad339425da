package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.tradenet.network.CompactGraph;

class AggregationPhaseTest {

    @Test
    void qualityOfAPartitionIsQualityOfSingletonsOnTheAggregate() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 80; trial++) {
            boolean directed = trial % 2 == 0;
            QualityFunction f = trial % 4 < 2 ? QualityFunction.MODULARITY : QualityFunction.CPM;
            CompactGraph g = ModularityTest.randomGraph(rng, 3 + rng.nextInt(25), 5 + rng.nextInt(80), directed, true);
            Partition p = ModularityTest.randomPartition(rng, g.n(), 1 + rng.nextInt(6));
            double gamma = 0.2 + rng.nextDouble();
            Objective obj = new Objective(f, g, gamma);
            Level base = Level.of(g, f);
            Level agg = AggregationPhase.aggregate(base, p.membership(), p.communityCount());
            double onBase = obj.quality(base, p.membership(), p.communityCount());
            int[] singles = Partition.singletons(p.communityCount()).membership();
            double onAggregate = obj.quality(agg, singles, p.communityCount());
            assertThat(onAggregate).as("trial " + trial).isCloseTo(onBase, within(1e-9 * Math.max(1, Math.abs(onBase))));
            // The aggregate keeps the weight inside communities as self-loops, and every strength.
            assertThat(agg.graph().totalWeight()).isCloseTo(g.totalWeight(), within(1e-9 * Math.max(1, g.totalWeight())));
            assertThat(agg.graph().directed()).isEqualTo(directed);
        }
    }

    @Test
    void aggregateOfTwoTrianglesIsTwoNodesWithLoopsAndTheBridge() {
        CompactGraph g = CompactGraph.of(6, new int[] {0, 0, 1, 3, 3, 4, 2}, new int[] {1, 2, 2, 4, 5, 5, 3}, null, false);
        Level agg = AggregationPhase.aggregate(Level.of(g, QualityFunction.MODULARITY), new int[] {0, 0, 0, 1, 1, 1}, 2);
        // W'[0][0] = Σ W inside = 2·3 (each edge both ways); W'[0][1] = 1.
        assertThat(agg.graph().weight(0, 0)).isEqualTo(6.0);
        assertThat(agg.graph().weight(0, 1)).isEqualTo(1.0);
        assertThat(agg.graph().weight(1, 0)).isEqualTo(1.0);
        assertThat(agg.out()).containsExactly(7.0, 7.0);
    }
}
