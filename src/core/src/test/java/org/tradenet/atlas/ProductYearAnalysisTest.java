package org.tradenet.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

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
        List<Flow> flows = new ArrayList<>();
        net.links().forEach(l -> flows.add(new Flow(l.exporter(), l.importer(), "850511", 2024, l.valueUsd(), l.quantityTonnes(),
                Flow.Side.SINGLE, 0)));
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
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtlasParameters.defaults().withExportTaxRate(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("export tax");
    }
}
