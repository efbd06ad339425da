package org.tradenet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradenet.Fixtures;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;
import org.tradenet.shock.Scenario;
import org.tradenet.shock.TariffSchedule;

/**
 * The analysis on the edge-case networks: no trade is refused up front; a scenario that stops
 * all trade gets the verdict "trade stops" and evidence without NaN; isolated parts and
 * importers-only countries give defined results.
 */
class AnalysisEdgeCasesTest {

    private static final Analysis ANALYSIS = new Analysis(AnalysisParameters.defaults().withRuns(2)
            .withTariffs(TariffSchedule.none()));

    private static TradeNetwork net(String file) throws IOException {
        return TradeNetwork.load(Fixtures.path("edge-cases/" + file).toString(), NetworkSpec.defaults().withSelfLoops(true));
    }

    @Test
    void aNetworkWithoutTradeIsRefusedUpFront() {
        for (String file : List.of("one-country.csv", "all-zero-values.csv")) {
            assertThatThrownBy(() -> ANALYSIS.run(net(file), Scenario.builtIns(), what -> { }))
                    .as(file).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no trade between countries to analyse");
        }
    }

    @Test
    void decouplingTheOnlyTradingPairStopsTrade() throws IOException {
        AnalysisResult r = ANALYSIS.run(net("two-countries.csv"), List.of(Scenario.builtIn("us-china-decoupling").orElseThrow()),
                what -> { });
        ScenarioOutcome o = r.scenarios().get(0);
        assertThat(o.after().network().linkCount()).isZero();
        assertThat(o.verdict().kind()).isEqualTo(Verdict.Kind.TRADE_STOPS);
        assertThat(o.verdict().kind().words()).isEqualTo("trade stops");
        assertThat(o.verdict().evidence()).doesNotContain("NaN").contains("n/a (no trade)").contains("modularity 0.000 -> n/a");
    }

    @Test
    void disconnectedPartsAndImportersOnlyGiveDefinedVerdicts() throws IOException {
        for (String file : List.of("disconnected.csv", "only-imports.csv", "single-exporter.csv", "equal-weights.csv")) {
            AnalysisResult r = ANALYSIS.run(net(file), Scenario.builtIns(), what -> { });
            assertThat(r.baseline().communities().insideCommunityShare()).as(file).isBetween(0.0, 1.0);
            for (ScenarioOutcome o : r.scenarios()) {
                assertThat(o.verdict().evidence()).as(file + " " + o.name()).doesNotContain("NaN");
                assertThat(o.comparison().nmi()).as(file + " " + o.name()).isBetween(0.0, 1.0);
                boolean noTrade = o.after().network().totalValueUsd() == 0;
                assertThat(o.verdict().kind() == Verdict.Kind.TRADE_STOPS).as(file + " " + o.name()).isEqualTo(noTrade);
            }
        }
    }
}
