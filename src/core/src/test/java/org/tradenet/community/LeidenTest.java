package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeNetwork;

class LeidenTest {

    static Stream<Long> seeds() {
        return IntStream.range(0, 25).mapToObj(i -> (long) i * 7919 + 1);
    }

    static CommunityResult leiden(CompactGraph g, long seed) {
        return new Leiden(LeidenParameters.defaults().withSeed(seed)).detect(g);
    }

    /** What every result must satisfy: quality as reported, and connected communities. */
    static void checkInvariants(CompactGraph g, CommunityResult r) {
        assertThat(r.partition().nodeCount()).isEqualTo(g.n());
        double recomputed = r.qualityFunction().evaluate(g, r.partition(), r.resolution());
        if (Double.isNaN(recomputed)) {
            assertThat(r.quality()).isNaN();
        } else {
            assertThat(r.quality()).isCloseTo(recomputed, within(1e-9 * Math.max(1, Math.abs(recomputed))));
        }
        if (r.algorithm().equals("leiden")) {
            assertThat(Connectivity.communitiesConnected(g, r.partition())).as("every Leiden community connected").isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void karateUnweightedReachesTheOptimumOnEverySeed(long seed) {
        CompactGraph g = BenchmarkGraphs.karateUnweighted();
        CommunityResult r = leiden(g, seed);
        assertThat(r.quality()).isCloseTo(0.41979, within(5e-6));
        assertThat(r.partition().communityCount()).isEqualTo(4);
        assertThat(r.converged()).isTrue();
        assertThat(r.directed()).isFalse();
        checkInvariants(g, r);
    }

    @Test
    void karateWeightedReachesThePublishedBestInAFewRuns() {
        CompactGraph g = BenchmarkGraphs.karateWeighted();
        RepeatedRuns runs = RepeatedRuns.of(new Leiden(), g, 10);
        assertThat(runs.maxQuality()).isCloseTo(0.44490, within(5e-6));
        runs.runs().forEach(r -> checkInvariants(g, r));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void footballReachesAtLeast0602(long seed) {
        CompactGraph g = BenchmarkGraphs.football();
        CommunityResult r = leiden(g, seed);
        assertThat(r.quality()).isGreaterThanOrEqualTo(0.602);
        checkInvariants(g, r);
    }

    @Test
    void directedPolblogsComesWithin0005OfTheBestKnown() {
        CompactGraph g = BenchmarkGraphs.polblogs();
        assertThat(g.directed()).isTrue();
        for (long seed = 1; seed <= 3; seed++) {
            CommunityResult r = leiden(g, seed);
            assertThat(r.quality()).isGreaterThanOrEqualTo(0.4324 - 0.005);
            assertThat(r.directed()).isTrue();
            checkInvariants(g, r);
        }
    }

    @Test
    void directedWeightedCelegansBestOfFiveComesWithin0005OfTheBestKnown() {
        CompactGraph g = BenchmarkGraphs.celegans();
        RepeatedRuns runs = RepeatedRuns.of(new Leiden(), g, 5);
        assertThat(runs.maxQuality()).isGreaterThanOrEqualTo(0.5076 - 0.005);
        runs.runs().forEach(r -> checkInvariants(g, r));
    }

    @Test
    void sameSeedSamePartitionBitForBit() {
        CompactGraph g = BenchmarkGraphs.polblogs();
        CommunityResult a = leiden(g, 99);
        CommunityResult b = leiden(g, 99);
        assertThat(a.partition()).isEqualTo(b.partition());
        assertThat(Double.doubleToLongBits(a.quality())).isEqualTo(Double.doubleToLongBits(b.quality()));
        assertThat(a.seed()).isEqualTo(99);
    }

    @Test
    void rareEarthDirectedCommunitiesAreConnectedAndBeatTheRegions() throws IOException {
        TradeNetwork net = TradeNetwork.load("rare-earths");
        CommunityResult r = new Leiden().detect(net);
        checkInvariants(net.compact(), r);
        assertThat(r.directed()).isTrue();
        assertThat(r.quality()).isGreaterThan(Modularity.of(net.compact(), Fixtures.partition(net, "rare-earths/region")));
        assertThat(r.quality()).isGreaterThanOrEqualTo(
                Modularity.of(net.compact(), Fixtures.partition(net, "rare-earths/leidenalg-directed-seed1")) - 0.01);
    }

    @Test
    void cpmFindsTheDenseGroupsAndIsConnected() {
        // Two 5-cliques joined by one edge: with 0 < γ < 1 CPM keeps each clique whole.
        int[][] e = twoCliques();
        CompactGraph g = CompactGraph.of(10, e[0], e[1], null, false);
        CommunityResult r = new Leiden(LeidenParameters.defaults().withQuality(QualityFunction.CPM).withResolution(0.5)).detect(g);
        assertThat(r.partition()).isEqualTo(Partition.of(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 1}));
        assertThat(r.quality()).isCloseTo(2 * 2 * (10 - 0.5 * 10), within(1e-12));
        checkInvariants(g, r);
        // γ above the density 1 of a clique: everyone alone.
        CommunityResult alone = new Leiden(LeidenParameters.defaults().withQuality(QualityFunction.CPM).withResolution(1.5)).detect(g);
        assertThat(alone.partition().communityCount()).isEqualTo(10);
    }

    static int[][] twoCliques() {
        int[] s = new int[21];
        int[] t = new int[21];
        int k = 0;
        for (int base : new int[] {0, 5}) {
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    s[k] = base + i;
                    t[k++] = base + j;
                }
            }
        }
        s[k] = 4;
        t[k] = 5;
        return new int[][] {s, t};
    }

    @Test
    void edgeCaseLadder() {
        // empty graph
        CommunityResult empty = new Leiden().detect(CompactGraph.of(0, new int[0], new int[0], null, true));
        assertThat(empty.partition().nodeCount()).isZero();
        assertThat(empty.quality()).isNaN();
        // one node, no edge; one node with a loop
        assertThat(new Leiden().detect(CompactGraph.of(1, new int[0], new int[0], null, false)).partition().communityCount()).isEqualTo(1);
        CommunityResult loop = new Leiden().detect(CompactGraph.of(1, new int[] {0}, new int[] {0}, null, false));
        assertThat(loop.quality()).isCloseTo(0.0, within(1e-15));
        // two nodes, one edge: together Q = 0, apart Q = −1/2
        CompactGraph two = CompactGraph.of(2, new int[] {0}, new int[] {1}, null, false);
        CommunityResult r2 = new Leiden().detect(two);
        assertThat(r2.partition().communityCount()).isEqualTo(1);
        assertThat(r2.quality()).isCloseTo(0.0, within(1e-15));
        // no edges: all singletons, modularity undefined (NaN)
        CommunityResult none = new Leiden().detect(CompactGraph.of(4, new int[0], new int[0], null, true));
        assertThat(none.partition()).isEqualTo(Partition.singletons(4));
        assertThat(none.quality()).isNaN();
        // disconnected components: two triangles with no bridge are two communities
        CompactGraph tri = CompactGraph.of(6, new int[] {0, 0, 1, 3, 3, 4}, new int[] {1, 2, 2, 4, 5, 5}, null, false);
        CommunityResult rt = new Leiden().detect(tri);
        assertThat(rt.partition()).isEqualTo(Partition.of(new int[] {0, 0, 0, 1, 1, 1}));
        assertThat(rt.quality()).isCloseTo(0.5, within(1e-15));
        checkInvariants(tri, rt);
        // zero-weight edges count as absent for the quality; the result stays connected
        CompactGraph zero = CompactGraph.of(6, new int[] {0, 0, 1, 3, 3, 4, 2}, new int[] {1, 2, 2, 4, 5, 5, 3},
                new double[] {1, 1, 1, 1, 1, 1, 0}, false);
        CommunityResult rz = new Leiden().detect(zero);
        assertThat(rz.partition()).isEqualTo(Partition.of(new int[] {0, 0, 0, 1, 1, 1}));
        checkInvariants(zero, rz);
        // a graph whose only links weigh 0: no weight, modularity undefined
        CompactGraph allZero = CompactGraph.of(3, new int[] {0, 1}, new int[] {1, 2}, new double[] {0, 0}, true);
        assertThat(new Leiden().detect(allZero).quality()).isNaN();
    }

    @Test
    void startsFromAGivenPartitionAndNeverLowersItsQuality() {
        CompactGraph g = BenchmarkGraphs.football();
        Partition start = Partition.of(IntStream.range(0, g.n()).map(i -> i % 3).toArray());
        CommunityResult r = new Leiden().detect(g, start);
        assertThat(r.quality()).isGreaterThan(Modularity.of(g, start));
        assertThatThrownBy(() -> new Leiden().detect(g, Partition.singletons(3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resolutionControlsTheNumberOfCommunities() {
        CompactGraph g = BenchmarkGraphs.football();
        int low = new Leiden(LeidenParameters.defaults().withResolution(0.3)).detect(g).partition().communityCount();
        int high = new Leiden(LeidenParameters.defaults().withResolution(3)).detect(g).partition().communityCount();
        assertThat(low).isLessThan(high);
        assertThat(new Leiden(LeidenParameters.defaults().withResolution(0)).detect(g).partition().communityCount()).isEqualTo(1);
    }

    @Test
    void randomGraphsKeepTheInvariantsForEveryQualityAndDirection() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int trial = 0; trial < 40; trial++) {
            boolean directed = trial % 2 == 0;
            CompactGraph g = ModularityTest.randomGraph(rng, 5 + rng.nextInt(40), 10 + rng.nextInt(120), directed, true);
            LeidenParameters p = LeidenParameters.defaults().withSeed(trial)
                    .withQuality(trial % 4 < 2 ? QualityFunction.MODULARITY : QualityFunction.CPM)
                    .withResolution(trial % 4 < 2 ? 1.0 : 0.5 + rng.nextDouble() * 3)
                    .withRandomness(trial % 3 == 0 ? 0.01 : 0.0);
            CommunityResult r = new Leiden(p).detect(g);
            checkInvariants(g, r);
            assertThat(r.quality()).isGreaterThanOrEqualTo(p.quality().evaluate(g, Partition.singletons(g.n()), p.resolution()) - 1e-12);
        }
    }

    @Test
    void randomnessIsCountedInLinksSoTheWeightUnitDoesNotChangeThePartition() {
        // θ multiplies the ΔQ of one average link, which no change of unit alters; ×1024 is exact in binary.
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 12; trial++) {
            boolean directed = trial % 2 == 0;
            CompactGraph g = ModularityTest.randomGraph(rng, 10 + rng.nextInt(40), 30 + rng.nextInt(150), directed, false);
            int[] s = new int[g.entries()];
            int[] t = new int[g.entries()];
            double[] w = new double[g.entries()];
            int m = 0;
            for (int u = 0; u < g.n(); u++) {
                for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                    if (directed || u <= g.outTarget(p)) {
                        s[m] = u;
                        t[m] = g.outTarget(p);
                        // of() doubles an undirected loop, which W holds as twice its weight.
                        w[m++] = 1024 * g.outWeight(p) / (!directed && u == g.outTarget(p) ? 2 : 1);
                    }
                }
            }
            CompactGraph scaled = CompactGraph.of(g.n(), java.util.Arrays.copyOf(s, m), java.util.Arrays.copyOf(t, m),
                    java.util.Arrays.copyOf(w, m), directed);
            LeidenParameters p = LeidenParameters.defaults().withSeed(trial).withRandomness(0.01);
            CommunityResult a = new Leiden(p).detect(g);
            CommunityResult b = new Leiden(p).detect(scaled);
            assertThat(b.partition()).isEqualTo(a.partition());
            assertThat(b.quality()).isEqualTo(a.quality());
        }
    }

    @Test
    void convergedMeansNoSingleNodeCanRaiseTheQuality() {
        // Later iterations queue only some nodes first; at convergence every node must still be where it belongs.
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 16; trial++) {
            boolean directed = trial % 2 == 1;
            CompactGraph g = trial == 0 ? BenchmarkGraphs.football()
                    : ModularityTest.randomGraph(rng, 20 + rng.nextInt(60), 60 + rng.nextInt(240), directed, false);
            CommunityResult r = new Leiden(LeidenParameters.defaults().withSeed(trial).withTolerance(0)
                    .withRandomness(trial % 4 < 2 ? 0.01 : 0.0)).detect(g);
            assertThat(r.converged()).isTrue();
            int[] memb = r.partition().membership();
            double q = Modularity.of(g, r.partition());
            for (int v = 0; v < g.n(); v++) {
                int own = memb[v];
                java.util.Set<Integer> candidates = new java.util.TreeSet<>();
                candidates.add(r.partition().communityCount());
                for (int p = g.outStart(v); p < g.outEnd(v); p++) {
                    candidates.add(memb[g.outTarget(p)]);
                }
                for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                    candidates.add(memb[g.inSource(p)]);
                }
                for (int c : candidates) {
                    memb[v] = c;
                    double moved = Modularity.of(g, Partition.of(memb));
                    assertThat(moved).as("moving node %d of trial %d to %d", v, trial, c).isLessThanOrEqualTo(q + 1e-12);
                }
                memb[v] = own;
            }
        }
    }

    @Test
    void sameGroupingIgnoresLabels() {
        assertThat(MultiLevel.sameGrouping(new int[] {0, 0, 1}, new int[] {2, 2, 0})).isTrue();
        assertThat(MultiLevel.sameGrouping(new int[] {0, 0, 1}, new int[] {0, 1, 1})).isFalse();
        assertThat(MultiLevel.sameGrouping(new int[] {0, 1}, new int[] {0, 0})).isFalse();
        assertThat(MultiLevel.sameGrouping(new int[] {0, 0}, new int[] {0, 1})).isFalse();
        assertThat(MultiLevel.sameGrouping(new int[0], new int[0])).isTrue();
    }

    @Test
    void parametersAreValidated() {
        assertThatThrownBy(() -> LeidenParameters.defaults().withResolution(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeidenParameters.defaults().withMaxIterations(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeidenParameters.defaults().withRandomness(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LouvainParameters.defaults().withTolerance(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
