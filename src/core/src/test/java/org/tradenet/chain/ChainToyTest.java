package org.tradenet.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradenet.data.DataFormatException;

/**
 * The three-tier toy in test-fixtures/chain/toy, worked by hand.
 *
 * <pre>
 * mining    production CHN 60, AUS 40 (no trade)                      E1 = identity
 * refining  AUS->CHN 20, CHN->JPN 30, AUS->JPN 10; production CHN 50, AUS 30
 *           H[CHN] = 50-30 = 20, H[AUS] = 30-30 = 0
 *           S[CHN] = {AUS 1/2, CHN 1/2},  S[JPN] = {CHN 3/4, AUS 1/4}
 * magnets   JPN->USA 40, CHN->USA 10 (no production)
 *           S[USA] = {JPN 0.8, CHN 0.2}
 *           E3[USA] = 0.8*E2[JPN] + 0.2*E2[CHN] = 0.8*(.75,.25) + 0.2*(.5,.5) = (CHN 0.7, AUS 0.3)
 * </pre>
 */
class ChainToyTest {

    private static final double EPS = 1e-12;
    private static ValueChain chain;

    @BeforeAll
    static void load() throws IOException {
        chain = ValueChain.load("test-fixtures/chain/toy/chain.json");
    }

    @Test
    void exposureByHand() {
        Exposure e = Exposure.of(chain);
        TierExposure refining = e.tier("refining").orElseThrow();
        assertThat(refining.supply("CHN")).isCloseTo(40, within(EPS));
        assertThat(refining.direct("CHN", "CHN")).isCloseTo(0.5, within(EPS));
        assertThat(refining.direct("JPN", "CHN")).isCloseTo(0.75, within(EPS));
        assertThat(refining.upstream("JPN", "AUS")).isCloseTo(0.25, within(EPS));
        assertThat(refining.hidden("JPN", "CHN")).isCloseTo(0.0, within(EPS));
        assertThat(refining.buyers()).containsExactly("CHN", "JPN");

        TierExposure magnets = e.last();
        assertThat(magnets.direct("USA", "CHN")).isCloseTo(0.2, within(EPS));
        assertThat(magnets.upstream("USA", "CHN")).isCloseTo(0.7, within(EPS));
        assertThat(magnets.hidden("USA", "CHN")).isCloseTo(0.5, within(EPS));
        assertThat(magnets.upstream("USA", "AUS")).isCloseTo(0.3, within(EPS));
        assertThat(magnets.direct("USA", "JPN")).isCloseTo(0.8, within(EPS));
        assertThat(magnets.hidden("USA", "JPN")).isCloseTo(-0.8, within(EPS));
        assertThat(magnets.supplierHhi("USA")).isCloseTo(0.68, within(EPS));
        assertThat(magnets.largestSupplier("USA").orElseThrow()).isEqualTo(new TierExposure.Supplier("JPN", 0.8));
        assertThat(magnets.origins("USA")).containsOnlyKeys("CHN", "AUS");
        assertThat(refining.fallbackOrigins()).isEmpty();
        assertThat(magnets.fallbackOrigins()).isEmpty();
    }

    @Test
    void cascadeLeontief() {
        ChainScenario cut = ChainScenario.parse("{\"type\": \"supply-cut\", \"tier\": \"mining\", \"exporters\": [\"CHN\"], \"share\": 0.5}",
                "cut.json");
        ShortageCascade.Result r = ShortageCascade.defaults().run(chain, cut);
        assertThat(r.rerouted()).isEmpty();
        // refining: lambda[CHN] = l1[CHN] = 0.5; l[CHN] = 0.5*0 + 0.5*0.5; l[JPN] = 0.75*0.5
        assertThat(r.tiers().get(1).supplyLoss("CHN")).isCloseTo(0.25, within(EPS));
        assertThat(r.tiers().get(1).supplyLoss("JPN")).isCloseTo(0.375, within(EPS));
        assertThat(r.tiers().get(1).outputLoss().get("CHN")).isCloseTo(0.5, within(EPS));
        // magnets: lambda[JPN] = 0.375, lambda[CHN] = 0.25; l[USA] = 0.8*0.375 + 0.2*0.25 = 0.35, 17.5 USD
        assertThat(r.tiers().get(2).supplyLoss("USA")).isCloseTo(0.35, within(EPS));
        assertThat(r.tiers().get(2).lossValue().get("USA")).isCloseTo(17.5, within(1e-9));
        assertThat(r.tiers().get(2).totalLoss()).isCloseTo(17.5, within(1e-9));
    }

    @Test
    void cascadeWithHalfTheLostInputReplaced() {
        ChainScenario cut = ChainScenario.parse("{\"type\": \"supply-cut\", \"tier\": \"mining\", \"exporters\": [\"CHN\"], \"share\": 0.5}",
                "cut.json");
        ShortageCascade.Result r = ShortageCascade.of(ShortageCascade.Parameters.defaults().withInputSubstitution(0.5)).run(chain, cut);
        // refining: lambda[CHN] = 0.5*0.5 = 0.25; l[CHN] = 0.5*0.25, l[JPN] = 0.75*0.25
        assertThat(r.tiers().get(1).supplyLoss("CHN")).isCloseTo(0.125, within(EPS));
        assertThat(r.tiers().get(1).supplyLoss("JPN")).isCloseTo(0.1875, within(EPS));
        // magnets: lambda[JPN] = 0.5*0.1875, lambda[CHN] = 0.5*0.125; l[USA] = 0.8*0.09375 + 0.2*0.0625
        assertThat(r.tiers().get(2).supplyLoss("USA")).isCloseTo(0.0875, within(EPS));
    }

    @Test
    void directShockCombinesWithTheInputLossAndBansHitWholeLinks() {
        ChainScenario s = ChainScenario.parse("""
                {"name": "both", "measures": [
                  {"type": "supply-cut", "tier": "mining", "exporters": ["CHN"], "share": 0.5},
                  {"type": "supply-cut", "tier": "refining", "exporters": ["CHN"], "share": 0.2},
                  {"type": "export-ban", "tier": "magnets", "exporters": ["CHN"], "importers": ["USA"]}]}
                """, "both.json");
        ShortageCascade.Result r = ShortageCascade.defaults().run(chain, s);
        // lambda2[CHN] = 1 - (1-0.2)*(1-0.5) = 0.6; l2[CHN] = 0.5*0.6, l2[JPN] = 0.75*0.6
        assertThat(r.tiers().get(1).outputLoss().get("CHN")).isCloseTo(0.6, within(EPS));
        assertThat(r.tiers().get(1).supplyLoss("CHN")).isCloseTo(0.3, within(EPS));
        assertThat(r.tiers().get(1).supplyLoss("JPN")).isCloseTo(0.45, within(EPS));
        // magnets: CHN's sales to USA are banned (loss 1); l3[USA] = 0.8*0.45 + 0.2*1
        assertThat(r.tiers().get(2).supplyLoss("USA")).isCloseTo(0.56, within(EPS));
    }

    @Test
    void reroutingToUnaffectedSuppliersUpToTheirSpareCapacity() {
        ChainScenario cut = ChainScenario.parse("{\"type\": \"supply-cut\", \"tier\": \"mining\", \"exporters\": [\"CHN\"], \"share\": 0.5}",
                "cut.json");
        ShortageCascade.Result r = ShortageCascade.of(ShortageCascade.Parameters.defaults().withSpareCapacity(0.1)).run(chain, cut);
        // refining: CHN lost 10 and asks AUS for 10; JPN lost 15 and asks AUS for 15. AUS (output 30) can add 3:
        // every request is scaled by 3/25. CHN keeps 1.2 (l = 8.8/40), JPN 1.8 (l = 13.2/40).
        assertThat(r.rerouted().get(1).supplyLoss("CHN")).isCloseTo(0.22, within(EPS));
        assertThat(r.rerouted().get(1).supplyLoss("JPN")).isCloseTo(0.33, within(EPS));
        // magnets: both USA's suppliers are hit, nobody to re-route to: l = (40*0.33 + 10*0.22)/50
        assertThat(r.rerouted().get(2).supplyLoss("USA")).isCloseTo(0.308, within(EPS));
        // the run without re-routing is reported too
        assertThat(r.tiers().get(2).supplyLoss("USA")).isCloseTo(0.35, within(EPS));
    }

    @Test
    void noMeasureLosesNothing() {
        ShortageCascade.Result r = ShortageCascade.defaults().run(chain, ChainScenario.none());
        r.tiers().forEach(t -> assertThat(t.supplyLoss()).isEmpty());
    }

    @Test
    void scenariosNamingUnknownTiersOrCountriesAreRefused() {
        ChainScenario badTier = ChainScenario.parse("{\"type\": \"supply-cut\", \"tier\": \"smelting\", \"exporters\": [\"CHN\"], \"share\": 0.5}",
                "x.json");
        assertThatThrownBy(() -> ShortageCascade.defaults().run(chain, badTier)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("smelting").hasMessageContaining("mining, refining, magnets");
        ChainScenario badId = ChainScenario.parse("{\"type\": \"export-ban\", \"tier\": \"magnets\", \"exporters\": [\"XYZ\"]}", "x.json");
        assertThatThrownBy(() -> ShortageCascade.defaults().run(chain, badId)).hasMessageContaining("XYZ");
        assertThatThrownBy(() -> ChainScenario.parse("{\"type\": \"supply-cut\", \"tier\": \"mining\", \"exporters\": [\"CHN\"], \"share\": 1.5}",
                "s.json")).isInstanceOf(DataFormatException.class).hasMessageContaining("s.json").hasMessageContaining("share");
        assertThatThrownBy(() -> ChainScenario.parse("{\"type\": \"tariff\", \"tier\": \"mining\", \"exporters\": [\"CHN\"]}", "t.json"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("type");
        assertThatThrownBy(() -> ChainScenario.parse("[1,", "j.json")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("j.json");
    }

    @Test
    void cascadeParametersAreChecked() {
        assertThatThrownBy(() -> new ShortageCascade.Parameters(1.5, 0)).hasMessageContaining("input substitution");
        assertThatThrownBy(() -> new ShortageCascade.Parameters(0, -0.1)).hasMessageContaining("spare capacity");
    }

    @Test
    void chainsMustBeLinearAndTiersNamedOnce() {
        ChainTier a = new ChainTier("a", null, 0, "t", 0, "", null, java.util.Map.of("CHN", 1.0), "", List.of());
        ChainTier b = new ChainTier("b", "x", 0, "t", 0, "", null, java.util.Map.of("CHN", 1.0), "", List.of());
        assertThatThrownBy(() -> ValueChain.of("c", "", List.of(a, b))).hasMessageContaining("must take its inputs from the tier before it, a");
        assertThatThrownBy(() -> ValueChain.of("c", "", List.of(a, a))).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new ChainTier("a", null, 1.5, "t", 0, "", null, java.util.Map.of(), "", List.of()))
                .hasMessageContaining("inputCostShare");
    }

    @Test
    void badProductionFilesNameFileLineAndField() {
        assertThatThrownBy(() -> ValueChain.parseProduction("country,value\nCHN,1\nZZZ,2\n", "p.csv"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("p.csv").hasMessageContaining("3")
                .hasMessageContaining("country");
        assertThatThrownBy(() -> ValueChain.parseProduction("country,value\nCHN,-1\n", "p.csv")).hasMessageContaining("value");
        assertThatThrownBy(() -> ValueChain.parseProduction("country,value\nCHN,1\nCHN,2\n", "p.csv")).hasMessageContaining("twice");
        assertThatThrownBy(() -> ValueChain.parseProduction("country,amount\nCHN,1\n", "p.csv")).hasMessageContaining("value");
        assertThatThrownBy(() -> ValueChain.load("test-fixtures/chain/no-such-chain.json")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("no-such-chain");
    }
}
