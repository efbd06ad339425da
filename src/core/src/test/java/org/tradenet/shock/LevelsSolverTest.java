package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class LevelsSolverTest {

    @Test
    void matchesIndependentImplementationInEveryOracleCase() throws IOException {
        GsimModel model = FrancoisHall.model();
        for (JsonNode c : FrancoisHall.oracle().get("cases")) {
            ShockResult res = LevelsSolver.defaults().solve(model, FrancoisHall.scenario(c));
            assertThat(res.diagnostics().converged()).isTrue();
            assertThat(res.diagnostics().residualNorm()).isLessThanOrEqualTo(1e-10);
            OracleAssert.matches(model, res, c.get("levels"), 1e-8);
            ShockChecks.clearing(model, res, 1e-9);
            ShockChecks.conservation(res, 1e-9);
        }
    }

    @Test
    void zeroScenarioChangesNothing() throws IOException {
        GsimModel model = FrancoisHall.model();
        ShockResult res = LevelsSolver.defaults().solve(model, Scenario.none());
        assertThat(res.diagnostics().iterations()).isZero();
        res.worldPriceChange().values().forEach(x -> assertThat(x).isCloseTo(0.0, within(1e-12)));
        for (ShockResult.FlowChange f : res.flows()) {
            assertThat(f.volumeAfter()).isCloseTo(f.valueBefore(), within(1e-9));
        }
        for (WelfareChange w : res.welfare().values()) {
            assertThat(w.total()).isCloseTo(0.0, within(1e-9));
        }
    }

    @Test
    void agreesWithLinearFormForOnePercentTariffCut() throws IOException {
        GsimModel model = FrancoisHall.model();
        // every importer cuts its tariff power by 1% on every foreign supplier
        StringBuilder measures = new StringBuilder();
        for (int r = 0; r < model.size(); r++) {
            for (int v = 0; v < model.size(); v++) {
                if (r != v) {
                    double rate = model.tariffPower(r, v) * 0.99 - 1;
                    measures.append(measures.length() == 0 ? "" : ",").append("{\"type\":\"tariff\",\"importers\":[\"")
                            .append(model.ids().get(v)).append("\"],\"exporters\":[\"").append(model.ids().get(r))
                            .append("\"],\"rate\":").append(rate).append('}');
                }
            }
        }
        Scenario cut = Scenario.parse("{\"name\":\"cut\",\"measures\":[" + measures + "]}", "cut");
        ShockResult lin = LinearSolver.create().solve(model, cut);
        ShockResult lev = LevelsSolver.defaults().solve(model, cut);
        for (String id : model.ids()) {
            assertThat(lev.worldPriceChange().get(id)).isCloseTo(lin.worldPriceChange().get(id), within(1e-4));
            assertThat(lev.compositePriceChange().get(id)).isCloseTo(lin.compositePriceChange().get(id), within(1e-4));
        }
        assertThat(lev.totals().volumeChange()).isCloseTo(lin.totals().volumeChange(), within(1e-4));
        assertThat(lin.totals().volumeChange()).isPositive();
    }

    @Test
    void largeShocksSeparateTheForms() throws IOException {
        GsimModel model = FrancoisHall.model();
        ShockResult lin = LinearSolver.create().solve(model, FrancoisHall.usEuFta());
        ShockResult lev = LevelsSolver.defaults().solve(model, FrancoisHall.usEuFta());
        assertThat(Math.abs(lev.worldPriceChange().get("US") - lin.worldPriceChange().get("US"))).isGreaterThan(0.01);
    }

    @Test
    void notConvergedThrowsInsteadOfReturning() throws IOException {
        GsimModel model = FrancoisHall.model();
        Scenario big = Scenario.parse("{\"name\":\"big\",\"measures\":[{\"type\":\"export-tax\",\"exporters\":[\"US\",\"JP\"],"
                + "\"rate\":\"300%\"}]}", "big");
        LevelsSolver one = LevelsSolver.defaults().withMaxIterations(1);
        assertThatThrownBy(() -> one.solve(model, big)).isInstanceOf(ShockNotConvergedException.class)
                .hasMessageContaining("did not converge")
                .satisfies(e -> {
                    SolverDiagnostics d = ((ShockNotConvergedException) e).diagnostics();
                    assertThat(d.converged()).isFalse();
                    assertThat(d.iterations()).isEqualTo(1);
                    assertThat(d.residualNorm()).isGreaterThan(d.tolerance());
                });
        // with the default settings the same shock solves
        ShockResult ok = LevelsSolver.defaults().solve(model, big);
        ShockChecks.clearing(model, ok, 1e-9);
    }

    @Test
    void importerCutOffFromEverySupplierBuysNothing() throws IOException {
        GsimModel model = FrancoisHall.model();
        Scenario ban = Scenario.parse("{\"name\":\"b\",\"measures\":[{\"type\":\"embargo\",\"exporters\":\"*\",\"importers\":[\"JP\"]}]}", "b");
        ShockResult res = LevelsSolver.defaults().solve(model, ban);
        assertThat(res.country("JP").orElseThrow().importsAfter()).isZero();
        assertThat(res.compositePriceChange().get("JP")).isInfinite();
        // the whole area under the composite demand curve: E0/(1 + Em) = 337.5 / -0.25
        assertThat(res.welfare().get("JP").consumerSurplus()).isCloseTo(-1350.0, within(1e-9));
        assertThat(res.notes()).anyMatch(n -> n.contains("cut off from every supplier: JP"));
        ShockChecks.clearing(model, res, 1e-9);
    }

    @Test
    void refusesLevelsFormWithUnitSubstitution() throws IOException {
        GsimModel model = FrancoisHall.model().withElasticities(Elasticities.defaults().withSubstitution(1.0));
        assertThatThrownBy(() -> LevelsSolver.defaults().solve(model, FrancoisHall.usEuFta()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other than 1");
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> LevelsSolver.defaults().withMaxIterations(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LevelsSolver.defaults().withTolerance(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
