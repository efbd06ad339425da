package org.tradenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tradenet.analysis.Analysis;
import org.tradenet.analysis.AnalysisParameters;
import org.tradenet.analysis.AnalysisResult;
import org.tradenet.community.CommunityResult;
import org.tradenet.community.Leiden;
import org.tradenet.community.LeidenParameters;
import org.tradenet.metrics.HubParameters;
import org.tradenet.metrics.HubReport;
import org.tradenet.metrics.NetworkSummary;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;
import org.tradenet.shock.BuiltInScenarios;
import org.tradenet.shock.Elasticities;
import org.tradenet.shock.GsimModel;
import org.tradenet.shock.LevelsSolver;
import org.tradenet.shock.Scenario;
import org.tradenet.shock.ShockResult;
import org.tradenet.shock.TariffSchedule;

/** The README's library example, line for line, so that it keeps compiling and running. */
class ReadmeLibraryExampleTest {

    @Test
    void theReadmeExampleRuns() throws Exception {
        TradeNetwork net = TradeNetwork.load("rare-earths");                     // a shipped data set, or any file
        TradeNetwork y2024 = TradeNetwork.load("magnets-timeline", NetworkSpec.defaults().withYears(Set.of(2024)));

        NetworkSummary summary = NetworkSummary.of(net, 10);
        HubReport hubs = HubReport.of(net, HubParameters.defaults().withTop(5));
        CommunityResult communities = new Leiden(LeidenParameters.defaults().withSeed(42)).detect(net);   // directed

        GsimModel model = GsimModel.of(net, TariffSchedule.forDataset("rare-earths").orElseThrow(), Elasticities.defaults());
        ShockResult shock = LevelsSolver.defaults().solve(model, Scenario.load("allied-export-tax-25"));
        TradeNetwork after = shock.postShockNetwork().orElseThrow();             // a network again

        AnalysisResult all = new Analysis(AnalysisParameters.defaults())          // what `tradenet analyze` runs
                .run(TradeNetwork.load("rare-earths", NetworkSpec.defaults().withSelfLoops(true)),
                BuiltInScenarios.defaultsFor("rare-earths"), step -> { });        // the study's scenarios

        assertThat(summary.nodes()).isEqualTo(117);
        assertThat(y2024.nodeCount()).isPositive();
        assertThat(hubs.hubs()).extracting(HubReport.Hub::id).contains("JPN", "VNM", "MYS");
        assertThat(communities.partition().communityCount()).isEqualTo(4);
        assertThat(after.totalValueUsd()).isLessThan(net.totalValueUsd());
        assertThat(all.scenarios()).hasSize(5);
    }
}
