package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradenet.compare.PartitionComparison;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeNetwork;

/** The larger benchmark runs: LFR against the planted communities, polblogs over many seeds. */
@Tag("slow")
class SlowBenchmarksTest {

    /**
     * The best (highest-modularity) of 10 runs, for five base seeds: NMI against the planted
     * communities about 1.00 / 0.97 / 0.49 or better (the values; leidenalg seed 0
     * gives 1.0 / 0.9695 / 0.488, see reference-runs.json). Single runs at μ = 0.5 vary more
     * (lowest NMI of 20 seeds 0.38): modularity's optimum there is not the planted partition.
     */
    @ParameterizedTest
    @CsvSource({"0.1, 0.999, 0.999", "0.3, 0.96, 0.965", "0.5, 0.47, 0.49"})
    void lfrRecoversThePlantedCommunities(String mu, double minNmi, double minMeanNmi) {
        TradeNetwork net = BenchmarkGraphs.network("lfr1000_mu" + mu, false);
        Partition planted = BenchmarkGraphs.truth(net, "lfr1000_mu" + mu, "community");
        assertThat(planted.communityCount()).isEqualTo(22);
        double sum = 0;
        for (long base = 0; base < 50; base += 10) {
            RepeatedRuns runs = RepeatedRuns.of(new Leiden(LeidenParameters.defaults().withSeed(base)), net.compact(), 10);
            runs.runs().forEach(r -> LeidenTest.checkInvariants(net.compact(), r));
            double nmi = PartitionComparison.of(planted, runs.best().partition()).nmi();
            assertThat(nmi).as("μ=" + mu + " base seed " + base).isGreaterThanOrEqualTo(minNmi);
            sum += nmi;
        }
        assertThat(sum / 5).as("μ=" + mu + " mean NMI").isGreaterThanOrEqualTo(minMeanNmi);
    }

    @org.junit.jupiter.api.Test
    void directedPolblogsOnEveryOneOfFortySeeds() {
        CompactGraph g = BenchmarkGraphs.polblogs();
        LongStream.range(100, 140).forEach(seed -> {
            CommunityResult r = new Leiden(LeidenParameters.defaults().withSeed(seed)).detect(g);
            assertThat(r.quality()).as("seed " + seed).isGreaterThanOrEqualTo(0.4324 - 0.005);
            LeidenTest.checkInvariants(g, r);
        });
    }

    /**
     * celegansneural: the best of 5 runs is within 0.005 of 0.5076 for every one of 20 base
     * seeds; a single run can fall short (lowest of 200 seeds: 0.5009).
     */
    @org.junit.jupiter.api.Test
    void directedWeightedCelegansBestOfFive() {
        CompactGraph g = BenchmarkGraphs.celegans();
        LongStream.range(0, 20).forEach(i -> {
            RepeatedRuns runs = RepeatedRuns.of(new Leiden(LeidenParameters.defaults().withSeed(1000 + 5 * i)), g, 5);
            assertThat(runs.maxQuality()).as("base seed " + (1000 + 5 * i)).isGreaterThanOrEqualTo(0.5076 - 0.005);
            runs.runs().forEach(r -> LeidenTest.checkInvariants(g, r));
        });
    }
}
