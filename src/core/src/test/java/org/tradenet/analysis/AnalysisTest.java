package org.tradenet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradenet.community.Modularity;
import org.tradenet.community.SignificanceParameters;
import org.tradenet.community.SignificanceResult;
import org.tradenet.metrics.NodeGroups;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;
import org.tradenet.shock.BuiltInScenarios;
import org.tradenet.shock.Scenario;

class AnalysisTest {

    private static AnalysisResult result;
    private static final List<String> steps = new ArrayList<>();

    @BeforeAll
    static void run() throws IOException {
        TradeNetwork net = TradeNetwork.load("rare-earths", NetworkSpec.defaults().withSelfLoops(true));
        result = new Analysis(AnalysisParameters.defaults().withRuns(4)
                .withSignificance(SignificanceParameters.defaults().withDraws(20))).run(net, BuiltInScenarios.study(), steps::add);
    }

    @Test
    void baselineIsTheShippedNetworkWithItsDirectedCommunities() {
        NetworkView b = result.baseline();
        assertThat(b.network().nodeCount()).isEqualTo(117);
        CommunityView c = b.communities();
        assertThat(c.modularity()).isCloseTo(Modularity.of(b.network().compact(), c.partition()), within(1e-12));
        assertThat(c.runs().runs()).hasSize(4);
        assertThat(c.stability()).hasSize(117);
        assertThat(java.util.Arrays.stream(c.stability()).allMatch(x -> x >= 0 && x <= 1)).isTrue();
        assertThat(c.insideRegionShare()).isCloseTo(NodeGroups.unRegions(b.network()).withinShare(b.network().compact()), within(1e-15));
        assertThat(steps.get(0)).startsWith("baseline");
    }

    @Test
    void everyScenarioHasAComparisonOnTheSameCountries() {
        assertThat(result.scenarios()).extracting(ScenarioOutcome::name).containsExactlyElementsOf(BuiltInScenarios.STUDY);
        for (ScenarioOutcome o : result.scenarios()) {
            assertThat(o.after().network().countries()).isEqualTo(result.baseline().network().countries());
            assertThat(o.comparison().nmi()).isBetween(0.0, 1.0);
            assertThat(o.comparison().variationOfInformation()).isGreaterThanOrEqualTo(0.0);
            // The post-shock network holds the flows at world prices; the linear form's few negative flows are left out.
            double positive = o.shock().flows().stream().filter(f -> !f.domestic())
                    .mapToDouble(f -> Math.max(0, f.valueAfter())).sum();
            assertThat(o.after().network().totalValueUsd()).as(o.name()).isCloseTo(positive, within(1e-6 * positive));
            assertThat(o.rankChanges()).hasSize(4);
            assertThat(o.verdict().evidence()).contains("trade inside communities");
            assertThat(o.verdict().kind()).isNotEqualTo(Verdict.Kind.TRADE_STOPS);
        }
    }

    @Test
    void verdictFollowsItsRule() {
        Analysis a = new Analysis(AnalysisParameters.defaults());
        CommunityView before = view(0.50, 3);
        NoiseBand quiet = new NoiseBand(10, 1.0, 0.0, 0.01, 0.95);
        SignificanceResult strong = significance(0.001);
        assertThat(a.verdict(before, view(0.52, 3), fixed(0.50, 0.52), 1.0, quiet, strong).kind()).isEqualTo(Verdict.Kind.FRAGMENTS);
        assertThat(a.verdict(before, view(0.48, 4), fixed(0.50, 0.48), 1.0, quiet, strong).kind()).isEqualTo(Verdict.Kind.INTEGRATES);
        // Within the share band, a partition change beyond the NMI band reshapes; otherwise nothing measurable.
        assertThat(a.verdict(before, view(0.55, 4), fixed(0.50, 0.505), 0.90, quiet, strong).kind())
                .isEqualTo(Verdict.Kind.RESHAPES);
        assertThat(a.verdict(before, view(0.501, 3), fixed(0.50, 0.501), 0.97, quiet, strong).kind())
                .isEqualTo(Verdict.Kind.NO_MEASURABLE_CHANGE);
        // The re-optimised share alone decides nothing: only the fixed partition's share counts.
        assertThat(a.verdict(before, view(0.60, 3), fixed(0.50, 0.50), 1.0, quiet, strong).kind())
                .isEqualTo(Verdict.Kind.NO_MEASURABLE_CHANGE);
        // A wider band from the optimiser's noise swallows a 2-point change.
        NoiseBand noisy = new NoiseBand(10, 0.8, 0.03, 0.03, 0.8);
        Verdict v = a.verdict(before, view(0.52, 3), fixed(0.50, 0.52), 0.85, noisy, strong);
        assertThat(v.kind()).isEqualTo(Verdict.Kind.NO_MEASURABLE_CHANGE);
        assertThat(v.reasons().get(0)).contains("50.0% -> 52.0% (+2.0 pt), within the band \u00b13.0 pt");
        assertThat(v.reasons().get(1)).contains("0.850, within the noise band 0.800");
        assertThat(v.qualified()).isFalse();
        assertThat(a.verdict(before, view(Double.NaN, 0), fixed(0.50, Double.NaN), 0.0, quiet, strong).kind())
                .isEqualTo(Verdict.Kind.TRADE_STOPS);
    }

    @Test
    void anInsignificantBaselineQualifiesEveryVerdict() {
        Analysis a = new Analysis(AnalysisParameters.defaults());
        Verdict v = a.verdict(view(0.50, 3), view(0.52, 3), fixed(0.50, 0.52), 1.0, new NoiseBand(10, 1, 0, 0.01, 0.95),
                significance(0.3));
        assertThat(v.kind()).isEqualTo(Verdict.Kind.FRAGMENTS);
        assertThat(v.qualified()).isTrue();
        assertThat(v.reasons().get(v.reasons().size() - 1)).startsWith("qualified: the baseline community structure is NOT "
                + "significant at level 0.05").contains("p = 0.300");
    }

    @Test
    void everyVerdictNamesTheFixedPartitionAndTheNoiseBands() {
        for (ScenarioOutcome o : result.scenarios()) {
            Verdict v = o.verdict();
            CommunityView b = result.baseline().communities();
            assertThat(v.fixedPartition().insideShareBefore()).isEqualTo(b.insideCommunityShare());
            assertThat(v.fixedPartition().modularityAfter()).isEqualTo(o.baselineModularityAfter());
            double inside = 0;
            for (org.tradenet.network.TradeLink l : o.after().network().links()) {
                int u = o.after().network().indexOf(l.exporter()).orElseThrow();
                int w = o.after().network().indexOf(l.importer()).orElseThrow();
                inside += b.partition().together(u, w) ? l.valueUsd() : 0;
            }
            double onBaselinePartition = inside / o.after().network().totalValueUsd();
            assertThat(v.fixedPartition().insideShareAfter()).isCloseTo(onBaselinePartition, within(1e-12));
            assertThat(v.noise().runs()).isEqualTo(4);
            assertThat(v.noise().shareBand()).isGreaterThanOrEqualTo(0.01).isGreaterThanOrEqualTo(v.noise().insideShareSpread());
            assertThat(v.noise().nmiBand()).isLessThanOrEqualTo(0.95).isLessThanOrEqualTo(v.noise().lowestRunNmi());
            assertThat(v.reasons()).anySatisfy(r -> assertThat(r).contains("baseline communities (partition held fixed)"));
            assertThat(v.reasons()).anySatisfy(r -> assertThat(r).contains("noise band"));
            assertThat(v.qualified()).isEqualTo(!result.significance().significant());
        }
    }

    @Test
    void theVerdictOfTwoNetworksNeedsTheSameCountries() throws IOException {
        Analysis a = new Analysis(AnalysisParameters.defaults());
        ScenarioOutcome o = result.scenarios().get(0);
        NetworkView b = result.baseline();
        Verdict again = a.verdict(b.network(), b.communities(), o.after().network(), o.after().communities(), result.significance());
        assertThat(again).isEqualTo(o.verdict());
        TradeNetwork fewer = TradeNetwork.load("magnets-2024");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.verdict(b.network(), b.communities(), fewer,
                        a.communities(fewer), result.significance()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same order");
    }

    private static FixedPartition fixed(double before, double after) {
        return new FixedPartition(before, after, 0.3, 0.3);
    }

    /** A significance result whose p-value is {@code p}. */
    private static SignificanceResult significance(double p) {
        return new SignificanceResult(0.3, new double[] {0.2, 0.25}, 0.225, 0.035, 2.1, p, 10, SignificanceParameters.defaults());
    }

    private static CommunityView view(double inside, int communities) {
        return new CommunityView(result.baseline().communities().runs(), result.baseline().communities().consensus(),
                List.of("A", "B"), List.of(), communities, 0, inside, 0.4);
    }
}
