package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tradenet.network.CompactGraph;

class LouvainTest {

    @Test
    void karateReachesTheOptimumAndReportsItsQuality() {
        CompactGraph g = BenchmarkGraphs.karateUnweighted();
        for (long seed = 0; seed < 10; seed++) {
            CommunityResult r = new Louvain(LouvainParameters.defaults().withSeed(seed)).detect(g);
            assertThat(r.algorithm()).isEqualTo("louvain");
            assertThat(r.quality()).isGreaterThan(0.40);
            LeidenTest.checkInvariants(g, r);
        }
    }

    @Test
    void classicSinglePassAndDirectedGraphs() {
        CompactGraph g = BenchmarkGraphs.celegans();
        CommunityResult one = new Louvain(LouvainParameters.defaults().withMaxIterations(1)).detect(g);
        assertThat(one.iterations()).isEqualTo(1);
        assertThat(one.quality()).isGreaterThan(0.45);
        assertThat(one.directed()).isTrue();
        LeidenTest.checkInvariants(g, one);
        CommunityResult more = new Louvain().detect(g);
        assertThat(more.quality()).isGreaterThanOrEqualTo(one.quality());
    }

    @Test
    void deterministicPerSeed() {
        CompactGraph g = BenchmarkGraphs.football();
        assertThat(new Louvain(LouvainParameters.defaults().withSeed(5)).detect(g).partition())
                .isEqualTo(new Louvain(LouvainParameters.defaults().withSeed(5)).detect(g).partition());
    }

    @Test
    void twoNodesAndTheEmptyGraph() {
        CompactGraph two = CompactGraph.of(2, new int[] {0}, new int[] {1}, null, true);
        assertThat(new Louvain().detect(two).quality()).isCloseTo(0.0, within(1e-15));
        assertThat(new Louvain().detect(CompactGraph.of(0, new int[0], new int[0], null, false)).partition().nodeCount()).isZero();
    }
}
