package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SensitivityTest {

    private static Sensitivity.Result run(GsimModel model, Sensitivity.Ranges ranges, long seed, List<Integer> progress) {
        return Sensitivity.run(model, FrancoisHall.usEuFta(), LinearSolver.create(), ranges, 40, seed,
                List.of("US", "EU"), List.of("US", "JP"), progress::add);
    }

    @Test
    void deterministicPerSeedAndProgressCounts() throws IOException {
        GsimModel model = FrancoisHall.model();
        List<Integer> progress = new ArrayList<>();
        Sensitivity.Result a = run(model, Sensitivity.Ranges.defaults(), 7, progress);
        Sensitivity.Result b = run(model, Sensitivity.Ranges.defaults(), 7, new ArrayList<>());
        Sensitivity.Result c = run(model, Sensitivity.Ranges.defaults(), 8, new ArrayList<>());
        assertThat(a).isEqualTo(b);
        assertThat(a.valueChange()).isNotEqualTo(c.valueChange());
        assertThat(progress).hasSize(40).endsWith(40);
        assertThat(a.converged()).isEqualTo(40);
        assertThat(a.valueChange().p05()).isLessThanOrEqualTo(a.valueChange().p95());
        assertThat(a.worldPriceChange().get("US").p05()).isPositive();
        assertThat(a.welfare()).containsOnlyKeys("US", "JP");
    }

    @Test
    void degenerateRangesGiveTheFixedSolve() throws IOException {
        GsimModel model = FrancoisHall.model();
        Sensitivity.Result s = run(model, new Sensitivity.Ranges(-1.25, -1.25, 5, 5, 1.5, 1.5), 1, new ArrayList<>());
        ShockResult fixed = LinearSolver.create().solve(model, FrancoisHall.usEuFta());
        assertThat(s.valueChange().mean()).isCloseTo(fixed.totals().valueChange(), within(1e-12));
        assertThat(s.valueChange().p05()).isCloseTo(fixed.totals().valueChange(), within(1e-12));
        assertThat(s.worldPriceChange().get("US").p95()).isCloseTo(0.0792, within(1e-4));
    }

    /** A 25% export tax by Japan: the tax parts world from producer prices, so the three valuations differ. */
    private static Scenario japanExportTax() {
        return Scenario.parse("{\"name\":\"jp-tax\",\"measures\":[{\"type\":\"export-tax\",\"exporters\":[\"JP\"],"
                + "\"rate\":0.25}]}", "test");
    }

    @Test
    void degenerateRangesCollapseEveryValuationToThePointEstimate() throws IOException {
        GsimModel model = FrancoisHall.model();
        for (ShockSolver solver : List.of(LinearSolver.create(), LevelsSolver.defaults())) {
            Sensitivity.Result s = Sensitivity.run(model, japanExportTax(), solver, new Sensitivity.Ranges(-1.25, -1.25, 5, 5, 1.5, 1.5),
                    5, 3, List.of("JP"), List.of("JP"), i -> { });
            ShockResult point = solver.solve(model, japanExportTax());
            assertThat(s.tradeChange()).containsOnlyKeys(Valuation.values());
            for (Valuation v : Valuation.values()) {
                Sensitivity.Band b = s.tradeChange(v);
                double x = point.totals().change(v);
                assertThat(b.mean()).as(v + " " + solver.form()).isCloseTo(x, within(1e-12));
                assertThat(b.p05()).as(v + " " + solver.form()).isCloseTo(x, within(1e-12));
                assertThat(b.p95()).as(v + " " + solver.form()).isCloseTo(x, within(1e-12));
            }
            // the tax is in the price buyers pay: at world prices trade falls less than at producer prices
            assertThat(point.totals().valueChange()).isGreaterThan(point.totals().producerValueChange());
        }
    }

    @Test
    void bandsOfEveryValuationBracketThePointEstimate() throws IOException {
        GsimModel model = FrancoisHall.model();
        Sensitivity.Result s = Sensitivity.run(model, japanExportTax(), LinearSolver.create(), Sensitivity.Ranges.defaults(),
                200, 1, List.of("JP"), List.of("JP"), i -> { });
        ShockResult point = LinearSolver.create().solve(model, japanExportTax());
        for (Valuation v : Valuation.values()) {
            Sensitivity.Band b = s.tradeChange(v);
            assertThat(point.totals().change(v)).as(v.words()).isBetween(b.p05(), b.p95());
            assertThat(b.p05()).as(v.words()).isLessThan(b.p95());
        }
        assertThat(s.valueChange()).isEqualTo(s.tradeChange(Valuation.WORLD_PRICES));
        assertThat(s.producerValueChange()).isNotEqualTo(s.valueChange());
    }

    @Test
    void producerPriceBandMatchesAnIndependentReplayOfTheDraws() throws IOException {
        GsimModel model = FrancoisHall.model();
        int n = 30;
        Sensitivity.Result s = Sensitivity.run(model, japanExportTax(), LinearSolver.create(), Sensitivity.Ranges.defaults(),
                n, 11, List.of("JP"), List.of("JP"), i -> { });
        // Replay: the same generator, three uniforms per draw (import demand, substitution, export supply),
        // and the producer-price total summed here from the flows, not from the result's totals.
        java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
        double[] change = new double[n];
        for (int i = 0; i < n; i++) {
            double em = -2.0 + 1.5 * rng.nextDouble();
            double es = 2.0 + 8.0 * rng.nextDouble();
            double ex = 0.5 + 4.5 * rng.nextDouble();
            ShockResult r = LinearSolver.create().solve(model.withElasticities(
                    new Elasticities(em, es, ex, java.util.Map.of(), java.util.Map.of(), java.util.Map.of())), japanExportTax());
            double before = 0;
            double after = 0;
            for (ShockResult.FlowChange f : r.flows()) {
                if (!f.domestic()) {
                    before += f.valueBefore();
                    after += f.producerValueAfter();
                }
            }
            change[i] = after / before - 1;
        }
        java.util.Arrays.sort(change);
        double mean = java.util.Arrays.stream(change).sum() / n;
        // 5th percentile: position 0.05 * 29 = 1.45 between order statistics 1 and 2; 95th: 27.55
        double p05 = change[1] + 0.45 * (change[2] - change[1]);
        double p95 = change[27] + 0.55 * (change[28] - change[27]);
        Sensitivity.Band b = s.producerValueChange();
        assertThat(b.mean()).isCloseTo(mean, within(1e-12));
        assertThat(b.p05()).isCloseTo(p05, within(1e-12));
        assertThat(b.p95()).isCloseTo(p95, within(1e-12));
    }

    @Test
    void quantilesInterpolateLinearly() {
        Sensitivity.Band b = Sensitivity.Band.of(new double[] {4, 0, 1, 2, 3});
        assertThat(b.mean()).isEqualTo(2.0);
        assertThat(b.p05()).isCloseTo(0.2, within(1e-12));
        assertThat(b.p95()).isCloseTo(3.8, within(1e-12));
    }

    @Test
    void validatesInput() throws IOException {
        GsimModel model = FrancoisHall.model();
        assertThatThrownBy(() -> new Sensitivity.Ranges(-0.5, -2, 2, 10, 0.5, 5)).hasMessageContaining("import-demand");
        assertThatThrownBy(() -> Sensitivity.run(model, Scenario.none(), LinearSolver.create(), Sensitivity.Ranges.defaults(), 1, 1,
                List.of(), List.of(), i -> { })).hasMessageContaining("at least 2");
        assertThat(Sensitivity.largestExporters(model, 2)).containsExactly("JP", "EU");
        // exports + imports without domestic sales: US 550 + 850, JP 850 + 250, EU 600 + 460
        assertThat(Sensitivity.largestTraders(model, 1)).containsExactly("US");
    }
}
