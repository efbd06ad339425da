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
