package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SupplyPriceWedgeTest {

    /** Three countries without home sales: a wedge on every sale of A is an export tax on all A's destinations. */
    private static GsimModel model() {
        double[][] m = {{0, 30, 20}, {10, 0, 25}, {5, 15, 0}};
        double[][] t = {{1, 1.05, 1.1}, {1.02, 1, 1}, {1, 1.08, 1}};
        return GsimModel.of(List.of("A", "B", "C"), m, t, Elasticities.defaults());
    }

    @Test
    void aWedgeMovesPricesAsAnExportTaxButRaisesNoRevenue() {
        GsimModel model = model();
        Scenario tax = new Scenario("tax", "", "", List.of(new Measure.ExportTax(CountrySelection.of("A"), CountrySelection.all(), 0.1)));
        SupplyPriceWedge wedge = new SupplyPriceWedge(Map.of("A", 0.1));
        for (ShockSolver solver : List.of(LinearSolver.create(), LevelsSolver.defaults())) {
            ShockResult taxed = solver.solve(model, tax);
            ShockResult wedged = solver.solve(model, Scenario.none(), wedge);
            taxed.worldPriceChange().forEach((id, x) -> assertThat(wedged.worldPriceChange().get(id)).as(id).isCloseTo(x, within(1e-10)));
            taxed.compositePriceChange().forEach((id, x) ->
                    assertThat(wedged.compositePriceChange().get(id)).as(id).isCloseTo(x, within(1e-10)));
            assertThat(taxed.welfare().get("A").exportTaxRevenue()).isPositive();
            assertThat(wedged.welfare().get("A").exportTaxRevenue()).isZero();
            assertThat(wedged.flows().stream().allMatch(f -> f.exportTaxAfter() == 0)).isTrue();
        }
    }

    @Test
    void noWedgeChangesNothing() {
        GsimModel model = model();
        Scenario tariff = new Scenario("t", "", "", List.of(new Measure.Tariff(CountrySelection.of("B"), CountrySelection.of("A"), 0.2)));
        for (ShockSolver solver : List.of(LinearSolver.create(), LevelsSolver.defaults())) {
            ShockResult plain = solver.solve(model, tariff);
            ShockResult none = solver.solve(model, tariff, SupplyPriceWedge.none());
            assertThat(none.worldPriceChange()).isEqualTo(plain.worldPriceChange());
            assertThat(none.welfare()).isEqualTo(plain.welfare());
        }
    }

    @Test
    void aSupplyCutIsTheWedgeThatShiftsSupplyIn() {
        // K*(p/(1+c))^Ex = (1-s)*K*p^Ex
        double c = SupplyPriceWedge.ofSupplyCut(0.5, 1.5);
        assertThat(Math.pow(1 + c, -1.5)).isCloseTo(0.5, within(1e-12));
        assertThat(SupplyPriceWedge.ofSupplyCut(0, 2)).isZero();
        assertThatThrownBy(() -> SupplyPriceWedge.ofSupplyCut(1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SupplyPriceWedge(Map.of("A", -1.0))).hasMessageContaining("A");
    }
}
