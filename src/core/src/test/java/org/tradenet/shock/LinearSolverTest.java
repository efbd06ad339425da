package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class LinearSolverTest {

    @Test
    void reproducesFrancoisHallUsEuFreeTrade() throws IOException {
        GsimModel model = FrancoisHall.model();
        ShockResult res = LinearSolver.create().solve(model, FrancoisHall.usEuFta());
        JsonNode expected = FrancoisHall.example().get("scenarios").get(0).get("expected_world_price_change_linear_form");
        for (String id : List.of("US", "JP", "EU", "RW")) {
            assertThat(res.worldPriceChange().get(id)).as(id).isCloseTo(expected.get(id).asDouble(), within(1e-4));
        }
        assertThat(res.worldPriceChange()).containsOnlyKeys("US", "JP", "EU", "RW");
        assertThat(res.diagnostics().converged()).isTrue();
        assertThat(res.diagnostics().residualNorm()).isLessThan(1e-9);
        ShockChecks.clearing(model, res, 1e-9);
        ShockChecks.conservation(res, 1e-9);
    }

    @Test
    void matchesIndependentImplementationInEveryOracleCase() throws IOException {
        GsimModel model = FrancoisHall.model();
        for (JsonNode c : FrancoisHall.oracle().get("cases")) {
            ShockResult res = LinearSolver.create().solve(model, FrancoisHall.scenario(c));
            OracleAssert.matches(model, res, c.get("linear"), 1e-9);
            ShockChecks.clearing(model, res, 1e-9);
            ShockChecks.conservation(res, 1e-9);
        }
    }

    @Test
    void zeroScenarioChangesNothing() throws IOException {
        GsimModel model = FrancoisHall.model();
        ShockResult res = LinearSolver.create().solve(model, Scenario.none());
        res.worldPriceChange().values().forEach(x -> assertThat(x).isZero());
        res.compositePriceChange().values().forEach(x -> assertThat(x).isCloseTo(0.0, within(1e-15)));
        for (ShockResult.FlowChange f : res.flows()) {
            assertThat(f.valueAfter()).isEqualTo(f.valueBefore());
            assertThat(f.volumeAfter()).isEqualTo(f.valueBefore());
        }
        for (WelfareChange w : res.welfare().values()) {
            assertThat(w.total()).isCloseTo(0.0, within(1e-12));
        }
        assertThat(res.totals().valueChange()).isZero();
    }

    @Test
    void domesticSalesTakePart() throws IOException {
        GsimModel model = FrancoisHall.model();
        ShockResult res = LinearSolver.create().solve(model, FrancoisHall.usEuFta());
        ShockResult.FlowChange euEu = res.flows().stream().filter(f -> f.exporter().equals("EU") && f.importer().equals("EU"))
                .findFirst().orElseThrow();
        assertThat(euEu.domestic()).isTrue();
        assertThat(euEu.valueBefore()).isEqualTo(200.0);
        // the EU buys more from the US and less from itself
        assertThat(euEu.volumeAfter()).isLessThan(200.0);
        // totals are international trade only: 2,260 of the 2,480 in the matrix
        assertThat(res.totals().valueBefore()).isEqualTo(2480.0 - 200 - 20);
    }

    @Test
    void exportTaxLowersTaxersPriceAndRaisesRivals() throws IOException {
        GsimModel model = FrancoisHall.model();
        Scenario tax = Scenario.parse("{\"name\":\"t\",\"measures\":[{\"type\":\"export-tax\",\"exporters\":[\"JP\"],\"rate\":\"25%\"}]}", "t");
        for (ShockSolver solver : List.of(LinearSolver.create(), LevelsSolver.defaults())) {
            ShockResult res = solver.solve(model, tax);
            assertThat(res.worldPriceChange().get("JP")).isNegative();
            for (String rival : List.of("US", "EU", "RW")) {
                assertThat(res.worldPriceChange().get(rival)).as(rival).isPositive();
            }
            WelfareChange jp = res.welfare().get("JP");
            assertThat(jp.exportTaxRevenue()).isPositive();
            assertThat(res.welfare().get("US").exportTaxRevenue()).isZero();
        }
    }

    @Test
    void embargoPinsTheFlowAtZero() throws IOException {
        GsimModel model = FrancoisHall.model();
        Scenario ban = Scenario.parse("{\"name\":\"b\",\"measures\":[{\"type\":\"embargo\",\"exporters\":[\"JP\"],\"importers\":[\"US\"]}]}", "b");
        ShockResult res = LinearSolver.create().solve(model, ban);
        ShockResult.FlowChange jpUs = res.flows().stream().filter(f -> f.exporter().equals("JP") && f.importer().equals("US"))
                .findFirst().orElseThrow();
        assertThat(jpUs.embargoed()).isTrue();
        assertThat(jpUs.volumeAfter()).isZero();
        assertThat(jpUs.valueAfter()).isZero();
        assertThat(res.notes()).anyMatch(n -> n.contains("virtual price"));
    }
}
