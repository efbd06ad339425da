package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradenet.network.CompactGraph;

class ModularitySignificanceTest {

    /** A directed graph with exponential weights: arcs inside blocks of {@code size} with pIn, across with pOut. */
    static CompactGraph blocks(long seed, int n, int size, double pIn, double pOut) {
        Random rnd = new Random(seed);
        List<int[]> arcs = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                if (u != v && rnd.nextDouble() < (u / size == v / size ? pIn : pOut)) {
                    arcs.add(new int[] {u, v});
                    w.add(-Math.log(1 - rnd.nextDouble()) * 1000);
                }
            }
        }
        int[] s = arcs.stream().mapToInt(a -> a[0]).toArray();
        int[] t = arcs.stream().mapToInt(a -> a[1]).toArray();
        return CompactGraph.of(n, s, t, w.stream().mapToDouble(Double::doubleValue).toArray(), true);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void rewiringKeepsEveryStrengthAndMakesNoSelfLoop(long seed) {
        CompactGraph g = blocks(seed, 40, 10, 0.4, 0.05);
        CompactGraph r = StrengthPreservingRewiring.draw(g, 10, new SplittableRandom(seed));
        assertThat(r.n()).isEqualTo(g.n());
        for (int v = 0; v < g.n(); v++) {
            assertThat(r.outStrength(v)).isCloseTo(g.outStrength(v), within(1e-9 * g.totalWeight()));
            assertThat(r.inStrength(v)).isCloseTo(g.inStrength(v), within(1e-9 * g.totalWeight()));
            assertThat(r.weight(v, v)).isZero();
            for (int p = r.outStart(v); p < r.outEnd(v); p++) {
                assertThat(r.outWeight(p)).isPositive();
            }
        }
        // It does rewire: most of the weight no longer sits on the observed arcs' pairs.
        double kept = 0;
        for (int u = 0; u < g.n(); u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                kept += Math.min(g.outWeight(p), r.weight(u, g.outTarget(p)));
            }
        }
        assertThat(kept / g.totalWeight()).isLessThan(0.5);
    }

    @Test
    void twoArcsSwapIntoTheCrossedPair() {
        CompactGraph g = CompactGraph.of(4, new int[] {0, 2}, new int[] {1, 3}, new double[] {5, 3}, true);
        CompactGraph r = StrengthPreservingRewiring.draw(g, 1, new SplittableRandom(7));
        // Either nothing was accepted yet, or 3 moved: 0→1 2, 0→3 3, 2→1 3.
        if (r.weight(0, 3) > 0) {
            assertThat(r.weight(0, 1)).isEqualTo(2.0);
            assertThat(r.weight(0, 3)).isEqualTo(3.0);
            assertThat(r.weight(2, 1)).isEqualTo(3.0);
            assertThat(r.weight(2, 3)).isZero();
        } else {
            assertThat(r.weight(0, 1)).isEqualTo(5.0);
        }
    }

    @Test
    void plantedBlocksAreSignificantWithTheSmallestPossiblePValue() {
        CompactGraph g = blocks(11, 60, 15, 0.5, 0.02);
        SignificanceResult s = new ModularitySignificance(SignificanceParameters.defaults().withDraws(40)).test(g);
        assertThat(s.draws()).isEqualTo(40);
        assertThat(s.pValue()).isEqualTo(1.0 / 41);
        assertThat(s.zScore()).isGreaterThan(10);
        assertThat(s.significant()).isTrue();
        assertThat(s.observed()).isGreaterThan(0.6);
        assertThat(s.nullMean()).isBetween(0.0, 0.5);
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void aRandomGraphIsNotSignificant(long seed) {
        CompactGraph g = blocks(seed, 60, 60, 0.1, 0.1);
        SignificanceResult s = new ModularitySignificance(SignificanceParameters.defaults().withDraws(40).withSeed(seed)).test(g);
        // The observed graph is itself a draw from (nearly) the same ensemble: its best modularity, well above 0,
        // is typical of the null networks' best.
        assertThat(s.observed()).isGreaterThan(0.1);
        assertThat(s.meanNullLinks()).isEqualTo(g.entries());
        assertThat(s.pValue()).isGreaterThan(0.05);
        assertThat(s.significant()).isFalse();
        assertThat(Math.abs(s.zScore())).isLessThan(3);
    }

    @Test
    void zScoreAndPValueFollowFromTheDraws() {
        CompactGraph g = blocks(5, 30, 10, 0.3, 0.1);
        SignificanceResult s = new ModularitySignificance(SignificanceParameters.defaults().withDraws(25).withSeed(3)).test(g);
        double[] q = s.nullQualities();
        double mean = java.util.Arrays.stream(q).average().orElseThrow();
        double ss = java.util.Arrays.stream(q).map(x -> (x - mean) * (x - mean)).sum();
        double sd = Math.sqrt(ss / (q.length - 1));
        long atLeast = java.util.Arrays.stream(q).filter(x -> x >= s.observed()).count();
        assertThat(s.nullMean()).isCloseTo(mean, within(1e-12));
        assertThat(s.nullSd()).isCloseTo(sd, within(1e-12));
        assertThat(s.zScore()).isCloseTo((s.observed() - mean) / sd, within(1e-9));
        assertThat(s.pValue()).isEqualTo((1.0 + atLeast) / 26.0);
        double expectedObserved = new Leiden(LeidenParameters.defaults().withSeed(3)).detect(g).quality();
        assertThat(s.observed()).isEqualTo(expectedObserved);
    }

    @Test
    void sameSeedSameDrawsWhateverTheThreads() {
        CompactGraph g = blocks(8, 30, 10, 0.3, 0.05);
        ModularitySignificance test = new ModularitySignificance(SignificanceParameters.defaults().withDraws(12).withSeed(9));
        SignificanceResult a = test.test(g);
        SignificanceResult b = test.test(g);
        assertThat(b.nullQualities()).containsExactly(a.nullQualities());
        SignificanceResult other = new ModularitySignificance(test.parameters().withSeed(10)).test(g);
        assertThat(other.nullQualities()).isNotEqualTo(a.nullQualities());
        // The result keeps no reference to a caller's array.
        a.nullQualities()[0] = -1;
        assertThat(a.nullQualities()[0]).isNotEqualTo(-1);
    }

    @Test
    void theSequentialTestAgainstTheObservedBestEqualsTheParallelTest() {
        CompactGraph g = blocks(12, 30, 10, 0.3, 0.05);
        SignificanceParameters p = SignificanceParameters.defaults().withDraws(9).withRuns(2).withSeed(4);
        SignificanceResult parallel = new ModularitySignificance(p).test(g);
        double observed = RepeatedRuns.of(new Leiden(LeidenParameters.defaults().withSeed(4)), g, 2).best().quality();
        SignificanceResult sequential = new ModularitySignificance(p).testSequentially(g, observed);
        assertThat(sequential.observed()).isEqualTo(parallel.observed());
        assertThat(sequential.nullQualities()).containsExactly(parallel.nullQualities());
        assertThat(sequential.zScore()).isEqualTo(parallel.zScore());
        assertThat(sequential.pValue()).isEqualTo(parallel.pValue());
    }

    @Test
    void aGraphWithoutWeightHasNoDefinedStructure() {
        CompactGraph g = CompactGraph.of(3, new int[0], new int[0], new double[0], true);
        SignificanceResult s = new ModularitySignificance(SignificanceParameters.defaults().withDraws(3)).test(g);
        assertThat(s.observed()).isNaN();
        assertThat(s.pValue()).isNaN();
        assertThat(s.significant()).isFalse();
    }

    @Test
    void refusesBadSettingsAndUndirectedGraphs() {
        assertThatThrownBy(() -> SignificanceParameters.defaults().withDraws(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignificanceParameters.defaults().withLevel(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignificanceParameters.defaults().withSwapsPerLink(0)).isInstanceOf(IllegalArgumentException.class);
        CompactGraph u = CompactGraph.of(2, new int[] {0}, new int[] {1}, new double[] {1}, false);
        assertThatThrownBy(() -> new ModularitySignificance().test(u)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("directed");
    }
}
