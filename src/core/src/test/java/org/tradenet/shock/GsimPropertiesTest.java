package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Property tests over random small worlds (2–6 countries, some zero flows, domestic sales,
 * base tariffs up to 50%, elasticities from the sensitivity ranges) and random scenarios
 * (tariffs, export taxes, bloc, embargo): every solve clears its markets and conserves value.
 */
class GsimPropertiesTest {

    private static GsimModel world(Random rnd, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("C" + i);
        }
        double[][] m = new double[n][n];
        double[][] t = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int v = 0; v < n; v++) {
                m[r][v] = rnd.nextDouble() < 0.25 ? 0.0 : 1 + 99 * rnd.nextDouble();
                t[r][v] = 1 + 0.5 * rnd.nextDouble();
            }
        }
        Elasticities e = new Elasticities(-2 + 1.5 * rnd.nextDouble(), 1.5 + 8.5 * rnd.nextDouble(), 0.5 + 4.5 * rnd.nextDouble(),
                java.util.Map.of(), java.util.Map.of(), java.util.Map.of());
        return GsimModel.of(ids, m, t, e);
    }

    private static Scenario scenario(Random rnd, int n, boolean embargo) {
        List<String> ms = new ArrayList<>();
        int k = 1 + rnd.nextInt(3);
        for (int i = 0; i < k; i++) {
            String a = "\"C" + rnd.nextInt(n) + "\"";
            String b = "\"C" + rnd.nextInt(n) + "\"";
            double rate = -0.3 + 1.3 * rnd.nextDouble();
            switch (rnd.nextInt(4)) {
                case 0 -> ms.add(String.format(Locale.ROOT, "{\"type\":\"tariff\",\"importers\":[%s],\"exporters\":[%s],\"rate\":%.6f}", a, b, rate));
                case 1 -> ms.add(String.format(Locale.ROOT, "{\"type\":\"export-tax\",\"exporters\":[%s],\"rate\":%.6f}", a, Math.abs(rate)));
                case 2 -> ms.add(String.format(Locale.ROOT, "{\"type\":\"bloc\",\"members\":[%s,%s],\"rate\":%.6f}", a, b, Math.abs(rate)));
                default -> ms.add("{\"type\":\"remove-tariffs\",\"importers\":[" + a + "]}");
            }
        }
        if (embargo) {
            ms.add("{\"type\":\"embargo\",\"exporters\":[\"C0\"],\"importers\":[\"C1\"]}");
        }
        return Scenario.parse("{\"name\":\"random\",\"measures\":[" + String.join(",", ms) + "]}", "random");
    }

    @Property(tries = 60)
    void everySolveClearsAndConserves(@ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int n) {
        Random rnd = new Random(seed);
        GsimModel model = world(rnd, n);
        Scenario s = scenario(rnd, n, rnd.nextBoolean());
        ShockResult lin = null;
        try {
            lin = LinearSolver.create().solve(model, s);
            ShockChecks.clearing(model, lin, 1e-9);
            ShockChecks.conservation(lin, 1e-9);
        } catch (IllegalArgumentException e) {
            // A large random shock can leave the linear form's range (a price falling by 100% or more): refused, not printed.
            assertThat(e).hasMessageContaining("too large a shock for the linear form");
        }
        ShockResult lev = LevelsSolver.defaults().solve(model, s);
        assertThat(lev.diagnostics().converged()).isTrue();
        ShockChecks.clearing(model, lev, 1e-9);
        ShockChecks.conservation(lev, 1e-9);
        for (ShockResult.FlowChange f : lev.flows()) {
            assertThat(f.volumeAfter()).isGreaterThanOrEqualTo(0.0);
            if (f.embargoed()) {
                assertThat(f.volumeAfter()).isZero();
            }
            if (f.embargoed() && lin != null) {
                assertThat(lin.flows().stream().filter(g -> g.exporter().equals(f.exporter()) && g.importer().equals(f.importer()))
                        .findFirst().orElseThrow().volumeAfter()).isCloseTo(0.0, within(1e-9));
            }
        }
    }

    @Property(tries = 30)
    void noMeasureIsTheIdentityInBothForms(@ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int n) {
        GsimModel model = world(new Random(seed), n);
        for (ShockSolver solver : List.of(LinearSolver.create(), LevelsSolver.defaults())) {
            ShockResult r = solver.solve(model, Scenario.none());
            r.worldPriceChange().values().forEach(x -> assertThat(x).isCloseTo(0.0, within(1e-12)));
            for (ShockResult.FlowChange f : r.flows()) {
                assertThat(f.valueAfter()).isCloseTo(f.valueBefore(), within(1e-9 * f.valueBefore()));
            }
            r.welfare().values().forEach(w -> assertThat(w.total()).isCloseTo(0.0, within(1e-8)));
        }
    }

    @Property(tries = 30)
    void smallShocksAgreeAcrossForms(@ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int n) {
        Random rnd = new Random(seed);
        GsimModel model = world(rnd, n);
        // a 1% export tax by one exporter on all its sales
        Scenario s = Scenario.parse("{\"name\":\"small\",\"measures\":[{\"type\":\"export-tax\",\"exporters\":[\"C"
                + rnd.nextInt(n) + "\"],\"rate\":0.01}]}", "small");
        ShockResult lin = LinearSolver.create().solve(model, s);
        ShockResult lev = LevelsSolver.defaults().solve(model, s);
        lin.worldPriceChange().forEach((id, x) -> assertThat(lev.worldPriceChange().get(id)).isCloseTo(x, within(2e-4)));
    }
}
