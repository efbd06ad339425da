package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.tradenet.network.CompactGraph;

class RefinementPhaseTest {

    @Test
    void refinedCommunitiesAreConnectedPiecesOfTheCommunities() {
        SplittableRandom rng = new SplittableRandom(17);
        for (int trial = 0; trial < 60; trial++) {
            boolean directed = trial % 2 == 0;
            CompactGraph g = ModularityTest.randomGraph(rng, 10 + rng.nextInt(40), 20 + rng.nextInt(100), directed, true);
            QualityFunction f = trial % 3 == 0 ? QualityFunction.CPM : QualityFunction.MODULARITY;
            Objective obj = new Objective(f, g, f == QualityFunction.CPM ? 0.3 : 1.0);
            Level level = Level.of(g, f);
            // Deliberately coarse communities (often disconnected) to refine.
            int k = 1 + rng.nextInt(4);
            int[] comm = ModularityTest.randomPartition(rng, g.n(), k).membership();
            int[] refined = new int[g.n()];
            int r = new RefinementPhase(g.n()).refine(level, obj, comm, Partition.of(comm).communityCount(), rng,
                    trial % 4 == 0 ? 0.05 : 0.0, refined);
            Partition pr = Partition.of(refined);
            assertThat(pr.communityCount()).isEqualTo(r);
            assertThat(Connectivity.communitiesConnected(g, pr)).as("trial " + trial).isTrue();
            for (int v = 0; v < g.n(); v++) {
                for (int u = 0; u < g.n(); u++) {
                    if (refined[u] == refined[v]) {
                        assertThat(comm[u]).isEqualTo(comm[v]);
                    }
                }
            }
            // Merging never lowers the quality: refined ≥ singletons.
            double singles = obj.quality(level, Partition.singletons(g.n()).membership(), g.n());
            if (!Double.isNaN(singles)) {
                assertThat(obj.quality(level, refined, r)).isGreaterThanOrEqualTo(singles - 1e-12);
            }
        }
    }
}
