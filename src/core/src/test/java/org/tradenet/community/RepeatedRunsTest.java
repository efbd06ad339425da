package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tradenet.network.CompactGraph;

class RepeatedRunsTest {

    @Test
    void keepsTheBestAndTheSpreadWithConsecutiveSeeds() {
        CompactGraph g = BenchmarkGraphs.celegans();
        RepeatedRuns runs = RepeatedRuns.of(new Louvain(LouvainParameters.defaults().withSeed(10).withMaxIterations(1)), g, 6);
        assertThat(runs.runs()).hasSize(6);
        assertThat(runs.runs()).extracting(CommunityResult::seed).containsExactly(10L, 11L, 12L, 13L, 14L, 15L);
        assertThat(runs.best().quality()).isEqualTo(runs.maxQuality());
        assertThat(runs.minQuality()).isLessThanOrEqualTo(runs.meanQuality());
        assertThat(runs.meanQuality()).isLessThanOrEqualTo(runs.maxQuality());
        assertThat(runs.runsEqualToBest()).isBetween(1, 6);
        CommunityResult again = new Louvain(LouvainParameters.defaults().withSeed(runs.best().seed()).withMaxIterations(1)).detect(g);
        assertThat(again.partition()).isEqualTo(runs.best().partition());
    }

    @Test
    void needsAtLeastOneRun() {
        assertThatThrownBy(() -> RepeatedRuns.of(new Leiden(), BenchmarkGraphs.karateUnweighted(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
