package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.tradenet.RandomNetworks;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

/**
 * GSIM on random trade networks (2–8 countries, domestic sales on some, a default tariff up to
 * 30%): the zero scenario is the identity in both forms, and every solve, of a random scenario
 * in either form, clears its markets; the post-shock network holds the positive flows.
 */
class NetworkShockPropertiesTest {

    private static GsimModel model(Random rnd, int n) {
        double[][] v = RandomNetworks.values(rnd, n, 0.3 + 0.5 * rnd.nextDouble(), 0.3);
        TradeNetwork net = RandomNetworks.network("random", RandomNetworks.ids(n), v, NetworkSpec.defaults().withSelfLoops(true));
        GsimModel m = GsimModel.of(net, TariffSchedule.none().withDefaultRate(0.3 * rnd.nextDouble()), Elasticities.defaults());
        Assume.that(m.tradeFlows() > 0);
        return m;
    }

    private static Scenario scenario(Random rnd, GsimModel m) {
        List<String> ids = m.ids();
        List<String> ms = new ArrayList<>();
        for (int i = 0; i < 1 + rnd.nextInt(3); i++) {
            String a = "\"" + ids.get(rnd.nextInt(ids.size())) + "\"";
            String b = "\"" + ids.get(rnd.nextInt(ids.size())) + "\"";
            double rate = 0.5 * rnd.nextDouble();
            ms.add(switch (rnd.nextInt(4)) {
                case 0 -> String.format(Locale.ROOT, "{\"type\":\"tariff\",\"importers\":[%s],\"exporters\":[%s],\"rate\":%.4f}", a, b, rate);
                case 1 -> String.format(Locale.ROOT, "{\"type\":\"export-tax\",\"exporters\":[%s],\"rate\":%.4f}", a, rate);
                case 2 -> "{\"type\":\"remove-tariffs\"}";
                default -> "{\"type\":\"embargo\",\"exporters\":[" + a + "],\"importers\":[" + b + "]}";
            });
        }
        return Scenario.parse("{\"name\":\"random\",\"measures\":[" + String.join(",", ms) + "]}", "random");
    }

    @Property(tries = 40)
    void theZeroScenarioIsTheIdentity(@ForAll long seed, @ForAll @IntRange(min = 2, max = 8) int n) {
        GsimModel m = model(new Random(seed), n);
        for (ShockSolver solver : List.of(LinearSolver.create(), LevelsSolver.defaults())) {
            ShockResult r = solver.solve(m, Scenario.none());
            r.worldPriceChange().values().forEach(x -> assertThat(x).isCloseTo(0.0, within(1e-12)));
            r.flows().forEach(f -> assertThat(f.valueAfter()).isCloseTo(f.valueBefore(), within(1e-9 * f.valueBefore())));
            assertThat(r.totals().valueAfter()).isCloseTo(r.totals().valueBefore(), within(1e-9 * r.totals().valueBefore()));
            TradeNetwork after = r.postShockNetwork().orElseThrow();
            TradeNetwork before = m.network().orElseThrow();
            assertThat(after.linkCount()).isEqualTo(before.linkCount());
            assertThat(after.totalValueUsd()).isCloseTo(before.totalValueUsd(), within(1e-9 * before.totalValueUsd()));
        }
    }

    @Property(tries = 40)
    void everySolveClearsItsMarkets(@ForAll long seed, @ForAll @IntRange(min = 2, max = 8) int n) {
        Random rnd = new Random(seed);
        GsimModel m = model(rnd, n);
        Scenario s = scenario(rnd, m);
        ShockResult levels = LevelsSolver.defaults().solve(m, s);
        ShockChecks.clearing(m, levels, 1e-9);
        ShockChecks.conservation(levels, 1e-9);
        levels.flows().forEach(f -> assertThat(f.volumeAfter()).isGreaterThanOrEqualTo(0.0));
        try {
            ShockResult linear = LinearSolver.create().solve(m, s);
            ShockChecks.clearing(m, linear, 1e-9);
            ShockChecks.conservation(linear, 1e-9);
            linear.worldPriceChange().values().forEach(x -> assertThat(x).isGreaterThan(-1.0));
        } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageContaining("too large a shock for the linear form");
        }
        TradeNetwork after = levels.postShockNetwork().orElseThrow();
        after.links().forEach(l -> assertThat(l.valueUsd()).isPositive());
    }
}
