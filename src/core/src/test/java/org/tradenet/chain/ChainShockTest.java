package org.tradenet.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradenet.shock.CountrySelection;
import org.tradenet.shock.Elasticities;
import org.tradenet.shock.GsimModel;
import org.tradenet.shock.LevelsSolver;
import org.tradenet.shock.LinearSolver;
import org.tradenet.shock.Measure;
import org.tradenet.shock.Scenario;
import org.tradenet.shock.ShockResult;

class ChainShockTest {

    private static final double EM = Elasticities.DEFAULT_IMPORT_DEMAND;
    private static final double EX = Elasticities.DEFAULT_EXPORT_SUPPLY;

    /**
     * One country, home supply only, at every tier: supply K*(P/(1+c))^Ex meets demand P^Em.
     * Levels: P = (1+c)^(Ex/(Ex-Em)). Linear: x = Em*c/(Ex-Em), dPc = (1+x)(1+c) - 1.
     * A 50% cut at the ore tier is c1 = 0.5^(-1/Ex) - 1; then c2 = 0.5*dPc1, c3 = 0.3*dPc2.
     */
    @Test
    void priceTransmissionHasTheClosedFormOfOneCountry() throws IOException {
        ValueChain chain = ValueChain.load("test-fixtures/chain/prices-toy");
        ChainScenario cut = ChainScenario.parse("{\"type\": \"supply-cut\", \"tier\": \"ore\", \"exporters\": [\"CHN\"], \"share\": 0.5}",
                "cut.json");
        ChainShock.Result r = ChainShock.defaults().run(chain, cut);
        double k = EX / (EX - EM);
        double c = Math.pow(0.5, -1 / EX) - 1;
        double[] shares = {0, 0.5, 0.3};
        double levels = 0;
        double linear = 0;
        for (int t = 0; t < 3; t++) {
            double cLev = t == 0 ? c : shares[t] * levels;
            double cLin = t == 0 ? c : shares[t] * linear;
            levels = Math.pow(1 + cLev, k) - 1;
            linear = (1 + EM * cLin / (EX - EM)) * (1 + cLin) - 1;
            ShockResult lev = r.levels().get(t).result();
            ShockResult lin = r.linear().get(t).result();
            assertThat(r.levels().get(t).wedge().rate("CHN")).as("levels wedge, tier %d", t).isCloseTo(cLev, within(1e-9));
            assertThat(lev.compositePriceChange().get("CHN")).as("levels, tier %d", t).isCloseTo(levels, within(1e-8));
            assertThat(lev.worldPriceChange().get("CHN")).as("levels producer price, tier %d", t)
                    .isCloseTo((1 + levels) / (1 + cLev) - 1, within(1e-8));
            assertThat(lin.compositePriceChange().get("CHN")).as("linear, tier %d", t).isCloseTo(linear, within(1e-12));
            // a supply-price wedge raises no revenue
            assertThat(lev.welfare().get("CHN").exportTaxRevenue()).isZero();
        }
        assertThat(levels).isPositive();
    }

    /** With inputCostShare 0 every tier is on its own: single-product GSIM on its own measures. */
    @Test
    void zeroInputCostSharesMakeTiersIndependent() throws IOException {
        ValueChain toy = ValueChain.load("test-fixtures/chain/toy");
        List<ChainTier> tiers = new ArrayList<>();
        for (ChainTier t : toy.tiers()) {
            tiers.add(new ChainTier(t.name(), t.inputs().orElse(null), 0.0, t.unit(), t.year(), t.source(), t.trade().orElse(null),
                    t.production(), t.productionSource(), t.notes()));
        }
        ValueChain chain = ValueChain.of("independent", "", tiers);
        ChainScenario s = ChainScenario.parse("""
                {"measures": [
                  {"type": "supply-cut", "tier": "mining", "exporters": ["CHN"], "share": 0.5},
                  {"type": "export-ban", "tier": "magnets", "exporters": ["CHN"], "importers": ["USA"]}]}
                """, "s.json");
        ChainShock.Result r = ChainShock.defaults().run(chain, s);
        for (List<ChainShock.TierShock> form : List.of(r.linear(), r.levels())) {
            ShockResult refining = form.get(1).result();
            refining.worldPriceChange().values().forEach(x -> assertThat(x).isCloseTo(0.0, within(1e-12)));
            refining.compositePriceChange().values().forEach(x -> assertThat(x).isCloseTo(0.0, within(1e-12)));
            assertThat(form.get(2).wedge().rates()).isEmpty();
        }
        // magnets by hand: CHN->USA 10, JPN->USA 40, no home sales; the ban is GSIM's embargo
        GsimModel model = GsimModel.of(List.of("CHN", "JPN", "USA"),
                new double[][] {{0, 0, 10}, {0, 0, 40}, {0, 0, 0}}, new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}},
                Elasticities.defaults());
        Scenario ban = new Scenario("ban", "", "", List.of(new Measure.Embargo(CountrySelection.of("CHN"), CountrySelection.of("USA"))));
        ShockResult lin = LinearSolver.create().solve(model, ban);
        ShockResult lev = LevelsSolver.defaults().solve(model, ban);
        assertSame(r.linear().get(2).result(), lin);
        assertSame(r.levels().get(2).result(), lev);
    }

    private static void assertSame(ShockResult chain, ShockResult single) {
        assertThat(chain.worldPriceChange().keySet()).isEqualTo(single.worldPriceChange().keySet());
        single.worldPriceChange().forEach((id, x) -> assertThat(chain.worldPriceChange().get(id)).as(id).isCloseTo(x, within(1e-12)));
        single.compositePriceChange().forEach((id, x) -> assertThat(chain.compositePriceChange().get(id)).as(id).isCloseTo(x, within(1e-12)));
        assertThat(chain.totals().valueAfter()).isCloseTo(single.totals().valueAfter(), within(1e-9));
    }

    /** Each producer's wedge is the tier's inputCostShare times its composite input-price change, in each form. */
    @Test
    void wedgesAreInputCostSharesTimesCompositeInputPriceChanges() throws IOException {
        ValueChain toy = ValueChain.load("test-fixtures/chain/toy");
        ChainScenario cut = ChainScenario.parse("{\"type\": \"supply-cut\", \"tier\": \"mining\", \"exporters\": [\"CHN\"], \"share\": 0.5}",
                "cut.json");
        ChainShock.Result r = ChainShock.defaults().run(toy, cut);
        for (List<ChainShock.TierShock> form : List.of(r.linear(), r.levels())) {
            for (int t = 1; t < form.size(); t++) {
                double share = toy.tiers().get(t).inputCostShare();
                Map<String, Double> pc = form.get(t - 1).result().compositePriceChange();
                ChainShock.TierShock ts = form.get(t);
                for (String id : ts.result().worldPriceChange().keySet()) {
                    double expected = share * pc.getOrDefault(id, 0.0);
                    assertThat(ts.wedge().rate(id)).as("%s at %s", id, ts.tier()).isCloseTo(expected, within(1e-12));
                }
            }
            // the cut reaches the magnet buyer: USA pays more
            assertThat(form.get(2).result().compositePriceChange().get("USA")).isPositive();
            // JPN buys refined product from CHN (75%): its input price rises, so its magnet supply price does
            assertThat(form.get(2).wedge().rate("JPN")).isPositive();
        }
        assertThatThrownBy(() -> ChainShock.defaults().run(toy, ChainScenario.parse(
                "{\"type\": \"supply-cut\", \"tier\": \"mining\", \"exporters\": [\"CHN\"], \"share\": 1}", "all.json")))
                .hasMessageContaining("100%");
    }
}
