package org.tradenet.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.tradenet.community.ModularitySignificance;
import org.tradenet.community.SignificanceParameters;
import org.tradenet.community.SignificanceResult;
import org.tradenet.data.Country;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.Flow;
import org.tradenet.metrics.NetworkSummary;
import org.tradenet.network.TradeNetwork;
import org.tradenet.shock.GsimModel;
import org.tradenet.shock.LinearSolver;
import org.tradenet.shock.Scenario;
import org.tradenet.shock.TariffSchedule;

class ProductYearAnalysisTest {

    static final ProductYearAnalysis ANALYSIS = new ProductYearAnalysis(AtlasParameters.defaults());

    static Flow flow(String e, String m, double v) {
        return new Flow(e, m, "850511", 2022, v, Double.NaN, Flow.Side.SINGLE, 0);
    }

    static Map<String, Country> nodes(List<Flow> flows) {
        return BaciRows.nodes(flows, CountryRegistry.standard());
    }

    /** The links of a shipped network as flows of HS 850511 in 2024. */
    static List<Flow> flowsOf(TradeNetwork net) {
        List<Flow> flows = new ArrayList<>();
        net.links().forEach(l -> flows.add(new Flow(l.exporter(), l.importer(), "850511", 2024, l.valueUsd(), l.quantityTonnes(),
                Flow.Side.SINGLE, 0)));
        return flows;
    }

    @Test
    void aSingleExporterIsTheWholeMarket() {
        List<Flow> flows = List.of(flow("CHN", "USA", 1), flow("CHN", "DEU", 2), flow("CHN", "JPN", 3));
        AtlasRow r = ANALYSIS.analyse("850511", 2022, "magnets", flows, nodes(flows));
        assertThat(r.countries()).isEqualTo(4);
        assertThat(r.links()).isEqualTo(3);
        assertThat(r.valueUsd()).isEqualTo(6.0);
        assertThat(r.exporterHhi()).isEqualTo(1.0);
        assertThat(r.topExporter()).isEqualTo("CHN");
        assertThat(r.topExporterShare()).isEqualTo(1.0);
        assertThat(r.top3Share()).isEqualTo(1.0);
        assertThat(r.importersOver50Pct()).isEqualTo(100.0);
        assertThat(r.topHubs()).startsWith("throughput: CHN JPN DEU; pagerank: ");
        assertThat(r.shockTopExporterTax25Pct()).as("the only exporter's tax cuts world trade").isNegative();
        assertThat(r.description()).isEqualTo("magnets");
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void twoEqualExportersShareTheMarketAndTiesGoToTheLowerId() {
        // CHN and AUS export 4 each; USA buys 3 of its 4 from CHN, DEU 3 of 4 from AUS; JPN splits 1:1 (not over 50%).
        List<Flow> flows = List.of(flow("CHN", "USA", 3), flow("CHN", "DEU", 1), flow("AUS", "USA", 1), flow("AUS", "DEU", 3),
                flow("AUS", "JPN", 0.5), flow("CHN", "JPN", 0.5));
        AtlasParameters p = AtlasParameters.defaults().withFocus("USA");
        AtlasRow r = new ProductYearAnalysis(p).analyse("850511", 2022, "", flows, nodes(flows));
        assertThat(r.exporterHhi()).isCloseTo(0.5, within(1e-15));
        assertThat(r.topExporter()).isEqualTo("AUS");
        assertThat(r.topExporterShare()).isCloseTo(0.5, within(1e-15));
        assertThat(r.importersOver50Pct()).isCloseTo(200.0 / 3, within(1e-12));
        assertThat(r.focusCountry()).isEqualTo("USA");
        assertThat(r.focusLargestSupplierShare()).isCloseTo(0.75, within(1e-15));
        assertThat(r.focusTopExporterShare()).as("USA's imports from AUS").isCloseTo(0.25, within(1e-15));
    }

    @Test
    void theRowDoesNotDependOnTheOrderOfTheFlows() {
        List<Flow> flows = new ArrayList<>();
        Random rnd = new Random(7);
        String[] ids = {"CHN", "USA", "DEU", "JPN", "KOR", "VNM", "IND", "BRA", "FRA", "GBR", "ITA", "MEX"};
        for (String e : ids) {
            for (String m : ids) {
                if (!e.equals(m) && rnd.nextDouble() < 0.5) {
                    flows.add(flow(e, m, 1 + rnd.nextInt(1000)));
                }
            }
        }
        AtlasRow first = ANALYSIS.analyse("850511", 2022, "", flows, nodes(flows));
        for (int k = 0; k < 5; k++) {
            Collections.shuffle(flows, rnd);
            assertThat(ANALYSIS.analyse("850511", 2022, "", flows, nodes(flows))).isEqualTo(first);
        }
    }

    @Test
    void theRowAgreesWithTheSingleNetworkCommandsOnTheShippedMagnets() throws Exception {
        TradeNetwork net = TradeNetwork.load("magnets-2024");
        List<Flow> flows = flowsOf(net);
        AtlasRow r = ANALYSIS.analyse("850511", 2024, "", flows, nodes(flows));
        NetworkSummary s = NetworkSummary.of(net, 3);
        assertThat(r.countries()).isEqualTo(s.nodes());
        assertThat(r.links()).isEqualTo(s.links());
        assertThat(r.valueUsd()).isCloseTo(s.totalValueUsd(), within(1e-6));
        assertThat(r.exporterHhi()).isCloseTo(s.exportHhi(), within(1e-12));
        assertThat(r.topExporter()).isEqualTo("CHN");
        // The shipped china-export-tax-25 scenario is the same shock: CHN taxes all its exports at 25%.
        var totals = LinearSolver.create().solve(GsimModel.of(net, TariffSchedule.none(), AtlasParameters.defaults().elasticities()),
                Scenario.builtIn("china-export-tax-25").orElseThrow()).totals();
        assertThat(r.shockTopExporterTax25Pct()).isCloseTo(100 * totals.valueChange(), within(1e-9));
        // World prices (the tax in the price buyers pay) by default; -15.9% at producer prices, as `shock` shows.
        assertThat(r.shockTopExporterTax25Pct()).isCloseTo(-5.21, within(0.05));
        assertThat(100 * totals.producerValueChange()).isCloseTo(-15.9, within(0.05));
    }

    @Test
    void theCommunitiesSignificanceIsTheCoreTestWithTheAtlasLeidenSettings() throws Exception {
        TradeNetwork net = TradeNetwork.load("magnets-2024");
        List<Flow> flows = flowsOf(net);
        AtlasRow r = ANALYSIS.analyse("850511", 2024, "", flows, nodes(flows));
        // The plain (parallel) test on the network, with the atlas's runs, resolution and seed and 19 draws.
        SignificanceResult s = new ModularitySignificance(SignificanceParameters.defaults().withDraws(19).withRuns(2).withSeed(42))
                .test(net.compact());
        assertThat(s.observed()).as("the test's observed modularity is the modularity column").isEqualTo(r.modularity());
        assertThat(r.modularityZ()).isEqualTo(s.zScore());
        assertThat(r.modularityP()).isEqualTo(s.pValue());
        // An empirical p-value over 19 draws is a multiple of 1/20 in [1/20, 1].
        assertThat(r.modularityP() * 20).isCloseTo(Math.rint(r.modularityP() * 20), within(1e-9)).isBetween(1.0, 20.0);
        // No draws: the significance columns are left out and nothing else changes.
        AtlasRow off = new ProductYearAnalysis(AtlasParameters.defaults().withNullDraws(0)).analyse("850511", 2024, "", flows,
                nodes(flows));
        assertThat(off.modularityZ()).isNaN();
        assertThat(off.modularityP()).isNaN();
        assertThat(off.modularity()).isEqualTo(r.modularity());
        assertThat(off.shockTopExporterTax25Pct()).isEqualTo(r.shockTopExporterTax25Pct());
    }

    @Test
    void tradingBlocsAreSignificantWithTheSmallestPValue() {
        // Four blocs of six countries: a pair inside a bloc trades with probability 0.6, across blocs 0.03, values drawn
        // alike (1 to 100), so the structure lies in who trades with whom. Null networks with the same strengths mix the
        // blocs; none reaches the observed modularity, and p = 1 / (19 + 1), the smallest value 19 draws can give.
        String[] ids = {"CHN", "JPN", "KOR", "VNM", "IDN", "THA", "DEU", "FRA", "ITA", "ESP", "NLD", "BEL",
            "USA", "CAN", "MEX", "BRA", "ARG", "CHL", "ZAF", "NGA", "KEN", "EGY", "MAR", "GHA"};
        Random rnd = new Random(11);
        List<Flow> flows = new ArrayList<>();
        for (int e = 0; e < ids.length; e++) {
            for (int m = 0; m < ids.length; m++) {
                if (e != m && rnd.nextDouble() < (e / 6 == m / 6 ? 0.6 : 0.03)) {
                    flows.add(flow(ids[e], ids[m], 1 + rnd.nextInt(100)));
                }
            }
        }
        AtlasRow r = ANALYSIS.analyse("850511", 2022, "", flows, nodes(flows));
        assertThat(r.communities()).isEqualTo(4);
        assertThat(r.modularityP()).isEqualTo(1.0 / 20);
        assertThat(r.modularityZ()).isGreaterThan(3);
    }

    @Test
    void aRandomNetworkIsNotSignificant() {
        // Every pair of 16 countries trades with probability 0.4, values 1 to 100: no structure beyond chance, so the
        // observed best modularity lies among the null networks' and p is well above 0.05.
        String[] ids = {"CHN", "JPN", "KOR", "VNM", "IDN", "THA", "DEU", "FRA", "ITA", "ESP", "NLD", "BEL",
            "USA", "CAN", "MEX", "BRA"};
        Random rnd = new Random(5);
        List<Flow> flows = new ArrayList<>();
        for (String e : ids) {
            for (String m : ids) {
                if (!e.equals(m) && rnd.nextDouble() < 0.4) {
                    flows.add(flow(e, m, 1 + rnd.nextInt(100)));
                }
            }
        }
        AtlasRow r = ANALYSIS.analyse("850511", 2022, "", flows, nodes(flows));
        assertThat(r.modularity()).as("a random graph's best partition still scores above 0").isPositive();
        assertThat(r.modularityP()).isGreaterThan(0.05);
        assertThat(r.modularityZ()).isLessThan(2);
    }

    @Test
    void aGroupWithNoTradeBetweenCountriesSaysSo() {
        // 697 is "Europe EFTA, nes", a non-country area that networks leave out.
        Country area = CountryRegistry.standard().byCode(697).orElseThrow();
        List<Flow> flows = List.of(flow("CHN", area.id(), 5));
        AtlasRow r = ANALYSIS.analyse("850511", 2022, "", flows, nodes(flows));
        assertThat(r.links()).isZero();
        assertThat(r.exporterHhi()).isNaN();
        assertThat(r.notes()).contains("no trade between countries");
    }

    @Test
    void parametersAreChecked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtlasParameters.defaults().withRuns(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtlasParameters.defaults().withNullDraws(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null draws");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtlasParameters.defaults().withExportTaxRate(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("export tax");
    }
}
