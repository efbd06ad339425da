package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradenet.network.TradeNetwork;

/** Every built-in scenario on the shipped rare-earth network, in both forms (ten solves, about half a second). */
class RareEarthScenariosTest {

    @Test
    void everyBuiltInScenarioSolvesInBothForms() throws IOException {
        TradeNetwork net = TradeNetwork.load("rare-earths");
        GsimModel model = GsimModel.of(net, TariffSchedule.forDataset("rare-earths").orElseThrow(), Elasticities.defaults());
        assertThat(model.size()).isEqualTo(117);
        for (Scenario s : Scenario.builtIns()) {
            for (ShockSolver solver : List.of(LinearSolver.create(), LevelsSolver.defaults())) {
                ShockResult r = solver.solve(model, s);
                assertThat(r.diagnostics().converged()).isTrue();
                ShockChecks.clearing(model, r, 1e-9);
                ShockChecks.conservation(r, 1e-9);
                TradeNetwork post = r.postShockNetwork().orElseThrow();
                assertThat(post.nodeCount()).isEqualTo(net.nodeCount());
                // the post-shock network keeps the flows that stay positive (linear flows can fall below zero)
                double positive = r.flows().stream().filter(f -> !f.domestic()).mapToDouble(ShockResult.FlowChange::valueAfter)
                        .filter(v -> v > 0).sum();
                assertThat(post.totalValueUsd()).isCloseTo(positive, org.assertj.core.api.Assertions.within(1.0));
                // the direction of each headline is what the measures imply
                switch (s.name()) {
                    case "global-free-trade", "tariff-removal" -> assertThat(r.totals().volumeChange()).isPositive();
                    case "china-export-tax-25" -> assertThat(r.worldPriceChange().get("CHN")).isNegative();
                    default -> assertThat(r.totals().volumeChange()).isNegative();
                }
            }
        }
    }
}
