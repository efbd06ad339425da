package org.tradenet.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradenet.Fixtures;

/**
 * The shipped rare-earth-chain against an independent numpy implementation of the same
 * equations ({@code test-fixtures/chain/oracle.py}, output saved beside it).
 */
class ShippedChainTest {

    private static ValueChain chain;
    private static Exposure exposure;

    @BeforeAll
    static void load() throws IOException {
        chain = ValueChain.load(ValueChain.DEFAULT);
        exposure = Exposure.of(chain);
    }

    @Test
    void theChainIsWhatTheSpecSays() {
        assertThat(chain.tiers()).extracting(ChainTier::name).containsExactly("mining", "separation-metals", "magnets");
        assertThat(chain.yearsDiffer()).isTrue();
        assertThat(chain.notes()).anyMatch(n -> n.startsWith("the tiers' years differ"));
        assertThat(chain.tiers().get(0).production().get("CHN")).isEqualTo(270000.0);
        assertThat(chain.tiers().get(1).productionSource()).contains("converted to USD");
    }

    /** The README's library lines for the chain, as written there. */
    @Test
    void theReadmeChainExampleRuns() throws IOException {
        ValueChain chain = ValueChain.load("rare-earth-chain");                  // or a spec file
        Exposure exposure = Exposure.of(chain);
        double hidden = exposure.last().hidden("USA", "CHN");
        ChainScenario cut = ChainScenario.load(java.nio.file.Path.of("networks/rare-earth-chain/china-mining-cut-50.json"));
        ShortageCascade.Result losses = ShortageCascade.defaults().run(chain, cut);
        ChainShock.Result prices = ChainShock.defaults().run(chain, cut);        // both GSIM forms, tier by tier

        assertThat(hidden).isCloseTo(0.607 - 0.745, within(0.001));
        assertThat(losses.tiers().get(2).supplyLoss("USA")).isCloseTo(0.303, within(0.001));
        assertThat(prices.levels().get(0).result().compositePriceChange().get("CHN")).isCloseTo(0.287, within(0.001));
        assertThat(chain.notes()).anyMatch(n -> n.contains("converted to USD at USD 16685 per tonne"));
    }

    @Test
    void everyRowOfEveryExposureMatrixSumsToOne() {
        for (TierExposure te : exposure.tiers()) {
            assertThat(te.buyers()).isNotEmpty();
            for (String c : te.buyers()) {
                double sum = te.origins(c).values().stream().mapToDouble(Double::doubleValue).sum();
                assertThat(sum).as("%s at %s", c, te.name()).isCloseTo(1.0, within(1e-12));
                double direct = te.suppliers(c).stream().mapToDouble(TierExposure.Supplier::share).sum();
                assertThat(direct).as("direct shares of %s at %s", c, te.name()).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    @Test
    void exposureMatchesTheIndependentImplementation() throws IOException {
        List<CSVRecord> rows = Fixtures.records("chain/oracle-exposure.csv");
        Map<String, Integer> perBuyer = new HashMap<>();
        for (CSVRecord r : rows) {
            TierExposure te = exposure.tier(r.get("tier")).orElseThrow();
            String c = r.get("country");
            String o = r.get("origin");
            assertThat(te.upstream(c, o)).as("upstream %s <- %s at %s", c, o, te.name())
                    .isCloseTo(Double.parseDouble(r.get("upstream")), within(1e-12));
            assertThat(te.direct(c, o)).as("direct %s <- %s at %s", c, o, te.name())
                    .isCloseTo(Double.parseDouble(r.get("direct")), within(1e-12));
            perBuyer.merge(te.name() + " " + c, 1, Integer::sum);
        }
        for (TierExposure te : exposure.tiers()) {
            assertThat(te.buyers()).allSatisfy(c -> assertThat(perBuyer).containsKey(te.name() + " " + c));
            for (String c : te.buyers()) {
                java.util.Set<String> ids = new java.util.HashSet<>(te.origins(c).keySet());
                te.suppliers(c).forEach(s -> ids.add(s.id()));
                assertThat(ids).as("origins and suppliers of %s at %s", c, te.name()).hasSize(perBuyer.get(te.name() + " " + c));
            }
        }
    }

    @Test
    void cascadeMatchesTheIndependentImplementation() throws IOException {
        ChainScenario cut = ChainScenario.parse("{\"type\": \"supply-cut\", \"tier\": \"mining\", \"exporters\": [\"CHN\"], \"share\": 0.5}",
                "cut.json");
        Map<String, ShortageCascade.Result> runs = new HashMap<>();
        List<CSVRecord> rows = Fixtures.records("chain/oracle-cascade.csv");
        Map<String, Integer> counts = new HashMap<>();
        for (CSVRecord r : rows) {
            double sigma = Double.parseDouble(r.get("sigma"));
            double kappa = Double.parseDouble(r.get("spareCapacity"));
            String key = sigma + "/" + kappa;
            ShortageCascade.Result res = runs.computeIfAbsent(key,
                    k -> ShortageCascade.of(new ShortageCascade.Parameters(sigma, kappa)).run(chain, cut));
            List<ShortageCascade.TierLoss> tiers = kappa > 0 ? res.rerouted() : res.tiers();
            ShortageCascade.TierLoss tl = tiers.stream().filter(t -> t.tier().equals(r.get("tier"))).findFirst().orElseThrow();
            String c = r.get("country");
            assertThat(tl.supplyLoss(c)).as("%s at %s, %s", c, tl.tier(), key).isCloseTo(Double.parseDouble(r.get("supplyLoss")), within(1e-12));
            double value = Double.parseDouble(r.get("lossValue"));
            assertThat(tl.lossValue().get(c)).isCloseTo(value, within(1e-9 * Math.max(1, value)));
            counts.merge(key + " " + tl.tier(), 1, Integer::sum);
        }
        assertThat(runs).hasSize(3);
        runs.forEach((key, res) -> {
            List<ShortageCascade.TierLoss> tiers = key.endsWith("/0.1") ? res.rerouted() : res.tiers();
            tiers.forEach(t -> assertThat(t.supplyLoss()).as("%s %s", key, t.tier()).hasSize(counts.getOrDefault(key + " " + t.tier(), 0)));
        });
        // the cut reaches the magnet buyers
        assertThat(runs.get("0.0/0.0").tiers().get(2).supplyLoss("USA")).isGreaterThan(0.2);
    }

    @Test
    void robustnessCurvesStartWholeAndEndEmpty() {
        Robustness.Result r = Robustness.of(Robustness.Parameters.defaults().withDraws(5)).run(chain);
        assertThat(r.tiers()).extracting(Robustness.TierRobustness::tier).containsExactly("separation-metals", "magnets");
        for (var tier : r.tiers()) {
            for (var c : tier.curves()) {
                double[] trade = c.tradeKept();
                double[] wcc = c.largestWcc();
                assertThat(trade).hasSize(tier.countries() + 1);
                assertThat(trade[0]).isEqualTo(1.0);
                assertThat(trade[tier.countries()]).isEqualTo(0.0);
                assertThat(wcc[tier.countries()]).isEqualTo(0.0);
                for (int i = 1; i < trade.length; i++) {
                    assertThat(trade[i]).isLessThanOrEqualTo(trade[i - 1] + 1e-12);
                }
                assertThat(trade[c.removalsToHalveTrade()]).isLessThanOrEqualTo(0.5);
                if (c.removalsToHalveTrade() > 0) {
                    assertThat(trade[c.removalsToHalveTrade() - 1]).isGreaterThan(0.5);
                }
            }
        }
        // same seed, same curves
        Robustness.Result again = Robustness.of(Robustness.Parameters.defaults().withDraws(5)).run(chain);
        assertThat(again.tiers().get(1).curves().get(2).tradeKept()).containsExactly(r.tiers().get(1).curves().get(2).tradeKept());
    }
}
