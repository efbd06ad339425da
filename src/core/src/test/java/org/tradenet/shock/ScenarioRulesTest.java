package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradenet.data.CountryGroups;
import org.tradenet.data.DataFormatException;

class ScenarioRulesTest {

    /** Exports: CHN 100+50+30 = 180, AUS 40+20 = 60, USA 10+5 = 15, JPN 3; imports: USA 145, JPN 70, ... */
    static GsimModel world() {
        List<String> ids = List.of("CHN", "AUS", "USA", "JPN", "DEU");
        double[][] m = {
                {0, 0, 100, 50, 30},
                {40, 0, 20, 0, 0},
                {10, 0, 0, 5, 0},
                {0, 0, 3, 0, 0},
                {0, 0, 22, 15, 0}};
        double[][] t = new double[5][5];
        for (double[] row : t) {
            java.util.Arrays.fill(row, 1.0);
        }
        return GsimModel.of(ids, m, t, Elasticities.defaults());
    }

    private static Scenario parse(String measure) {
        return Scenario.parse("{\"name\":\"r\",\"measures\":[" + measure + "]}", "r.json");
    }

    private static List<String> exporters(Scenario s) {
        return s.resolve(world(), CountryGroups.standard()).measures().get(0).selections().get(0).ids();
    }

    @Test
    void rulesRankByTheMeasuresRole() {
        assertThat(exporters(parse("{\"type\":\"export-tax\",\"rate\":0.25,\"exporters\":{\"top\":2}}")))
                .containsExactly("CHN", "AUS");
        assertThat(exporters(parse("{\"type\":\"export-tax\",\"rate\":0.25,\"exporters\":{\"top\":5,\"exclude\":[\"CHN\"]}}")))
                .containsExactly("AUS", "DEU", "USA", "JPN");
        // world exports 295: DEU 37 (12.5%), USA 15 (5.1%), JPN 3 (1.0%)
        assertThat(exporters(parse("{\"type\":\"export-tax\",\"rate\":0.25,\"exporters\":{\"minShare\":0.05}}")))
                .containsExactly("CHN", "AUS", "DEU", "USA");
        assertThat(exporters(parse("{\"type\":\"export-tax\",\"rate\":0.25,\"exporters\":{\"skip\":1,\"minShare\":0.1}}")))
                .containsExactly("AUS", "DEU");
        // as importers: USA 155, JPN 70, CHN 50, DEU 30
        Scenario im = parse("{\"type\":\"tariff\",\"rate\":0.1,\"importers\":{\"top\":2},\"exporters\":\"*\"}");
        assertThat(im.resolve(world(), CountryGroups.standard()).measures().get(0).selections().get(0).ids())
                .containsExactly("USA", "JPN");
        Scenario g = parse("{\"type\":\"tariff\",\"rate\":0.1,\"importers\":{\"group\":\"G7\"},\"exporters\":{\"group\":\"BRICS\"}}");
        Scenario resolved = g.resolve(world(), CountryGroups.standard());
        assertThat(resolved.measures().get(0).selections().get(0).ids()).containsExactly("USA", "JPN", "DEU");
        assertThat(resolved.measures().get(0).selections().get(1).ids()).containsExactly("CHN");
        assertThat(resolved.measures().get(0).describe()).contains("the importers in G7 (USA, JPN, DEU)")
                .contains("the exporters in BRICS (CHN)");
    }

    @Test
    void badRulesAreRefused() {
        assertThatThrownBy(() -> parse("{\"type\":\"embargo\",\"exporters\":{\"top\":0},\"importers\":\"*\"}"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("measures[0].exporters.top");
        assertThatThrownBy(() -> parse("{\"type\":\"embargo\",\"exporters\":{\"largest\":1},\"importers\":\"*\"}"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("unknown key");
        assertThatThrownBy(() -> parse("{\"type\":\"embargo\",\"exporters\":{},\"importers\":\"*\"}"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("at least one of");
        assertThatThrownBy(() -> parse("{\"type\":\"supply-cut\",\"exporters\":\"CHN\",\"share\":1}"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("embargo");
        Scenario unknownGroup = parse("{\"type\":\"embargo\",\"exporters\":{\"group\":\"NOPE\"},\"importers\":\"*\"}");
        assertThatThrownBy(() -> LinearSolver.create().solve(world(), unknownGroup))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown country group 'NOPE'");
    }

    @Test
    void supplyCutHoldsTheVolumeAtItsQuotaInBothForms() {
        Scenario cut = parse("{\"type\":\"supply-cut\",\"exporters\":{\"top\":1},\"share\":0.5}");
        for (ShockSolver solver : List.of(LinearSolver.create(), LevelsSolver.defaults())) {
            ShockResult r = solver.solve(world(), cut);
            double volume = r.flows().stream().filter(f -> f.exporter().equals("CHN") && !f.domestic())
                    .mapToDouble(ShockResult.FlowChange::volumeAfter).sum();
            assertThat(volume).isCloseTo(90.0, within(1e-6));
            double rate = r.flows().stream().filter(f -> f.exporter().equals("CHN")).findFirst().orElseThrow().exportTaxAfter();
            assertThat(rate).isPositive();
            // the quota rent is the export-tax revenue on the remaining sales
            double rent = r.flows().stream().filter(f -> f.exporter().equals("CHN"))
                    .mapToDouble(f -> f.exportTaxAfter() * f.producerValueAfter()).sum();
            assertThat(r.welfare().get("CHN").exportTaxRevenue()).isCloseTo(rent, within(1e-9));
            assertThat(r.notes()).anyMatch(n -> n.startsWith("supply cut by CHN"));
            assertThat(r.scenario().measures().get(0).describe()).contains("the largest exporter (CHN)");
        }
    }

    @Test
    void aSupplyCutEqualsTheExportTaxOfItsEquivalent() {
        ShockResult cut = LevelsSolver.defaults().solve(world(),
                parse("{\"type\":\"supply-cut\",\"exporters\":[\"AUS\"],\"share\":0.2}"));
        double rate = cut.flows().stream().filter(f -> f.exporter().equals("AUS")).findFirst().orElseThrow().exportTaxAfter();
        ShockResult tax = LevelsSolver.defaults().solve(world(),
                parse("{\"type\":\"export-tax\",\"exporters\":[\"AUS\"],\"rate\":" + rate + "}"));
        assertThat(tax.totals().volumeAfter()).isCloseTo(cut.totals().volumeAfter(), within(1e-9));
        assertThat(tax.worldPriceChange().get("CHN")).isCloseTo(cut.worldPriceChange().get("CHN"), within(1e-12));
    }

    @Test
    void genericScenariosSayWhenTheyDoNotApply() {
        GsimModel noTariffs = world();
        assertThat(Scenario.builtIn("tariff-removal").orElseThrow().whyNotApplicable(noTariffs)).get().asString()
                .contains("no tariff schedule");
        assertThat(Scenario.builtIn("us-china-decoupling").orElseThrow().whyNotApplicable(noTariffs)).isEmpty();
        GsimModel noChina = GsimModel.of(List.of("USA", "JPN"), new double[][] {{0, 1}, {1, 0}},
                new double[][] {{1, 1.1}, {1.1, 1}}, Elasticities.defaults());
        assertThat(Scenario.builtIn("us-china-decoupling").orElseThrow().whyNotApplicable(noChina)).get().asString()
                .contains("CHN is not in this network");
        assertThat(Scenario.builtIn("tariff-removal").orElseThrow().whyNotApplicable(noChina)).isEmpty();
        for (Scenario s : BuiltInScenarios.generic()) {
            assertThat(s.studyFinding()).isEmpty();
            assertThat(s.description().toLowerCase()).doesNotContain("rare");
            if (s.whyNotApplicable(noTariffs).isEmpty()) {
                ShockResult r = LevelsSolver.defaults().solve(noTariffs, s);
                assertThat(r.scenario().isResolved()).isTrue();
            }
        }
        assertThat(BuiltInScenarios.defaultsFor("rare-earths")).extracting(Scenario::name).containsExactlyElementsOf(BuiltInScenarios.STUDY);
        assertThat(BuiltInScenarios.defaultsFor("cobalt.csv")).extracting(Scenario::name).containsExactlyElementsOf(BuiltInScenarios.GENERIC);
    }
}
