package org.tradenet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradenet.community.Modularity;
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
        result = new Analysis(AnalysisParameters.defaults().withRuns(4)).run(net, BuiltInScenarios.study(), steps::add);
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
        }
    }

    @Test
    void verdictFollowsItsRule() {
        Analysis a = new Analysis(AnalysisParameters.defaults());
        CommunityView before = view(0.50, 3);
        assertThat(a.verdict(before, view(0.52, 3)).kind()).isEqualTo(Verdict.Kind.FRAGMENTS);
        assertThat(a.verdict(before, view(0.48, 4)).kind()).isEqualTo(Verdict.Kind.INTEGRATES);
        assertThat(a.verdict(before, view(0.505, 4)).kind()).isEqualTo(Verdict.Kind.FRAGMENTS);
        assertThat(a.verdict(before, view(0.495, 2)).kind()).isEqualTo(Verdict.Kind.INTEGRATES);
        assertThat(a.verdict(before, view(0.501, 3)).kind()).isEqualTo(Verdict.Kind.LITTLE_CHANGE);
    }

    private static CommunityView view(double inside, int communities) {
        return new CommunityView(result.baseline().communities().runs(), result.baseline().communities().consensus(),
                List.of("A", "B"), List.of(), communities, 0, inside, 0.4);
    }
}
