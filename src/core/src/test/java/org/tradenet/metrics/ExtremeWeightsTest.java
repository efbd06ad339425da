package org.tradenet.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradenet.network.CompactGraph;

/**
 * PageRank, HITS and eigenvector centrality are invariant under multiplying every weight by one
 * factor; they must stay so when the factor pushes the weights to the ends of the double range
 * (1e-320 is subnormal, 1e300 sums past the largest double), where a plain power iteration loses
 * precision and stops converging.
 */
class ExtremeWeightsTest {

    private static final int[] SOURCES = {0, 1, 2, 2, 0, 3, 1};
    private static final int[] TARGETS = {1, 2, 0, 1, 3, 0, 0};
    private static final double[] WEIGHTS = {1, 1, 2, 1, 3, 2.5, 0.5};

    private static CompactGraph scaled(double factor) {
        double[] w = new double[WEIGHTS.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = WEIGHTS[i] * factor;
        }
        return CompactGraph.of(4, SOURCES, TARGETS, w, true);
    }

    private static void sameAsNearOne(double factor, Function<CompactGraph, NodeScores> measure) {
        NodeScores reference = measure.apply(scaled(1));
        NodeScores extreme = measure.apply(scaled(factor));
        assertThat(extreme.converged()).as("%s at scale %s converged", extreme.measure(), factor).isTrue();
        double[] a = reference.values();
        double[] b = extreme.values();
        for (int i = 0; i < a.length; i++) {
            assertThat(b[i]).as("%s of node %d at scale %s", extreme.measure(), i, factor).isCloseTo(a[i], within(1e-9));
        }
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {1e-320, 4.9e-324 * 8, 1e-300, 1e300, 1e307})
    void pageRankIsScaleInvariantAtTheEndsOfTheDoubleRange(double factor) {
        sameAsNearOne(factor, g -> new PageRank(PageRankParameters.defaults()).compute(g));
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {1e-320, 1e-300, 1e300, 1e307})
    void hitsAndEigenvectorAreScaleInvariantAtTheEndsOfTheDoubleRange(double factor) {
        sameAsNearOne(factor, g -> new Hits(IterationParameters.defaults()).compute(g).hub());
        sameAsNearOne(factor, g -> new Hits(IterationParameters.defaults()).compute(g).authority());
        sameAsNearOne(factor, g -> new EigenvectorCentrality(IterationParameters.defaults()).compute(g));
    }

    /** 1e-320 beside 1e300: the tiny link is no trade at that scale; every measure converges and says so. */
    @ParameterizedTest(name = "tiny {0}")
    @ValueSource(doubles = {1e-320, 1e-310})
    void mixedExtremesConvergeAndNoteNegligibleLinks(double tiny) {
        double[] w = {1e300, tiny, 2e300, 1e300, tiny, 2.5e300, 0.5e300};
        CompactGraph g = CompactGraph.of(4, SOURCES, TARGETS, w, true);
        NodeScores pr = new PageRank(PageRankParameters.defaults()).compute(g);
        assertThat(pr.converged()).isTrue();
        assertThat(java.util.Arrays.stream(pr.values()).sum()).isCloseTo(1.0, within(1e-12));
        Hits.Scores h = new Hits(IterationParameters.defaults()).compute(g);
        assertThat(h.hub().converged()).isTrue();
        assertThat(h.hub().note()).contains("2 link(s) weigh less than 1e-289 of the largest");
        NodeScores ev = new EigenvectorCentrality(IterationParameters.defaults()).compute(g);
        assertThat(ev.converged()).isTrue();
        assertThat(ev.note()).contains("2 link(s) weigh less than 1e-289 of the largest");
        // Without the negligible links the graph is 0->1->2->0, 2->1, 3->0, 1->0 with those weights:
        double[] without = {1, 0, 2, 1, 0, 2.5, 0.5};
        NodeScores plain = new EigenvectorCentrality(IterationParameters.defaults())
                .compute(CompactGraph.of(4, SOURCES, TARGETS, without, true));
        assertThat(ev.values()).containsExactly(plain.values(), within(1e-9));
    }
}
