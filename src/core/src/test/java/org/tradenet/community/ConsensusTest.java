package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradenet.network.CompactGraph;

class ConsensusTest {

    static final CompactGraph PATH = CompactGraph.of(4, new int[] {0, 1, 2}, new int[] {1, 2, 3}, null, false);

    @Test
    void unanimousRunsGiveTheirPartitionWithFullStability() {
        Partition p = Partition.of(new int[] {0, 0, 1, 1});
        Consensus c = Consensus.of(PATH, List.of(p, p, p));
        assertThat(c.partition()).isEqualTo(p);
        assertThat(c.stability()).containsExactly(1, 1, 1, 1);
        assertThat(c.runs()).isEqualTo(3);
    }

    @Test
    void aNodeThatSwitchesInOneRunOfFourHasStabilityThreeQuarters() {
        CompactGraph path6 = CompactGraph.of(6, new int[] {0, 1, 2, 3, 4}, new int[] {1, 2, 3, 4, 5}, null, false);
        Partition usual = Partition.of(new int[] {0, 0, 0, 1, 1, 1});
        Partition odd = Partition.of(new int[] {0, 0, 0, 0, 1, 1});
        Consensus c = Consensus.of(path6, List.of(usual, usual, odd, usual));
        assertThat(c.partition()).isEqualTo(usual);
        assertThat(c.stability(3)).isCloseTo(0.75, within(1e-15));
        assertThat(c.stability()).containsExactly(1, 1, 1, 0.75, 1, 1);
    }

    @Test
    void linksTogetherInHalfTheRunsOrFewerAreCut() {
        Partition a = Partition.of(new int[] {0, 0, 1, 1});
        Partition b = Partition.of(new int[] {0, 1, 1, 2});
        // 0–1 together 1/2, 1–2 1/2, 2–3 1/2: nothing exceeds ½.
        assertThat(Consensus.of(PATH, List.of(a, b)).partition()).isEqualTo(Partition.singletons(4));
        assertThat(Consensus.of(PATH, List.of(a, b), 0.4).partition()).isEqualTo(Partition.whole(4));
    }

    @Test
    void overLeidenRunsOnKarateEveryNodeIsStable() {
        CompactGraph g = BenchmarkGraphs.karateUnweighted();
        RepeatedRuns runs = RepeatedRuns.of(new Leiden(), g, 10);
        Consensus c = Consensus.of(g, runs.partitions());
        assertThat(c.partition()).isEqualTo(runs.best().partition());
        assertThat(java.util.Arrays.stream(c.stability()).min().orElseThrow()).isEqualTo(1.0);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Consensus.of(PATH, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Consensus.of(PATH, List.of(Partition.singletons(3)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Consensus.of(PATH, List.of(Partition.singletons(4)), 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
