package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tradenet.data.DataFormatException;

class ScenarioTest {

    private static Scenario parse(String measures) {
        return Scenario.parse("{\"name\":\"t\",\"description\":\"d\",\"measures\":[" + measures + "]}", "t.json");
    }

    @Test
    void ratesAreFractionsOrPercentStrings() {
        assertThat(Rates.parse("25%")).isEqualTo(0.25);
        assertThat(Rates.parse("0.25")).isEqualTo(0.25);
        assertThat(Rates.parse(" 2.7 % ")).isCloseTo(0.027, within(1e-15));
        assertThatThrownBy(() -> Rates.parse("-100%")).hasMessageContaining("-100% or lower");
        assertThatThrownBy(() -> Rates.parse("-1.5")).hasMessageContaining("-100% or lower");
        assertThatThrownBy(() -> Rates.parse("lots")).hasMessageContaining("not a rate");
        Scenario s = parse("{\"type\":\"tariff\",\"importers\":[\"*\"],\"exporters\":[\"CHN\"],\"rate\":\"25%\"},"
                + "{\"type\":\"tariff\",\"importers\":\"USA\",\"exporters\":\"CHN\",\"rate\":0.5}");
        assertThat(((Measure.Tariff) s.measures().get(0)).rate()).isEqualTo(0.25);
        assertThat(((Measure.Tariff) s.measures().get(1)).rate()).isEqualTo(0.5);
    }

    @Test
    void parsesEveryMeasureType() {
        Scenario s = parse("{\"type\":\"tariff\",\"importers\":[\"USA\"],\"exporters\":[\"CHN\"],\"rate\":0.1},"
                + "{\"type\":\"export-tax\",\"exporters\":[\"CHN\"],\"rate\":\"25%\"},"
                + "{\"type\":\"remove-tariffs\"},"
                + "{\"type\":\"bloc\",\"members\":[\"USA\",\"JPN\"],\"rate\":0.25,\"on\":\"imports\"},"
                + "{\"type\":\"embargo\",\"exporters\":[\"CHN\"],\"importers\":[\"USA\"]},"
                + "{\"type\":\"decoupling\",\"sides\":[\"USA\",[\"CHN\",\"HKG\"]],\"comment\":\"both ways\"}");
        assertThat(s.measures()).extracting(Measure::type)
                .containsExactly("tariff", "export-tax", "remove-tariffs", "bloc", "embargo", "decoupling");
        assertThat(((Measure.ExportTax) s.measures().get(1)).destinations().ids()).containsExactly("*");
        assertThat(((Measure.Bloc) s.measures().get(3)).on()).isEqualTo(Measure.BlocScope.IMPORTS);
        assertThat(((Measure.Decoupling) s.measures().get(5)).sideB().ids()).containsExactly("CHN", "HKG");
        assertThat(s.countries()).containsExactly("CHN", "HKG", "JPN", "USA");
    }

    @Test
    void badScenariosAreNamedErrors() {
        assertThatThrownBy(() -> parse("{\"type\":\"tarif\",\"importers\":\"*\",\"exporters\":\"*\",\"rate\":0.1}"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("t.json").hasMessageContaining("'tarif' is not one of");
        assertThatThrownBy(() -> parse("{\"type\":\"tariff\",\"importers\":\"*\",\"exporters\":\"*\",\"rate\":\"-150%\"}"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("measures[0].rate");
        assertThatThrownBy(() -> parse("{\"type\":\"tariff\",\"importers\":\"*\",\"exporters\":\"*\",\"rat\":0.1}"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("measures[0].rat").hasMessageContaining("unknown key");
        assertThatThrownBy(() -> parse("{\"type\":\"decoupling\",\"sides\":[\"USA\"]}"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("two sides");
        assertThatThrownBy(() -> Scenario.parse("{\"name\":\"x\",", "broken.json"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Scenario.parse("{\"measures\":[]}", "noname.json")).hasMessageContaining("name");
    }

    @Test
    void unknownCountriesAreNamedAndKnownAbsentOnesNoted() throws IOException {
        GsimModel model = FrancoisHall.model();
        Scenario typo = parse("{\"type\":\"embargo\",\"exporters\":[\"QQQ\",\"ZZY\"],\"importers\":[\"US\"]}");
        assertThatThrownBy(() -> PolicyWedges.of(model, typo)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("QQQ, ZZY");
        Scenario absent = parse("{\"type\":\"tariff\",\"importers\":[\"US\"],\"exporters\":[\"NZL\"],\"rate\":0.1}");
        assertThat(PolicyWedges.of(model, absent).notes()).anyMatch(n -> n.contains("not in this network, ignored: NZL"));
    }

    @Test
    void blocFreesInsideAndTaxesTheBorder() throws IOException {
        GsimModel model = FrancoisHall.model();
        Scenario bloc = parse("{\"type\":\"bloc\",\"members\":[\"US\",\"EU\"],\"rate\":\"20%\"}");
        PolicyWedges w = PolicyWedges.of(model, bloc);
        int us = 0;
        int jp = 1;
        int eu = 2;
        int rw = 3;
        assertThat(w.tariffPower(us, eu)).isEqualTo(1.0);
        assertThat(w.tariffPower(eu, us)).isEqualTo(1.0);
        assertThat(w.exportTaxPower(us, eu)).isEqualTo(1.0);
        assertThat(w.tariffPower(jp, us)).isEqualTo(1.2);
        assertThat(w.exportTaxPower(eu, rw)).isEqualTo(1.2);
        assertThat(w.tariffPower(jp, rw)).isEqualTo(model.tariffPower(jp, rw));
        // domestic sales untouched
        assertThat(w.tariffPower(rw, rw)).isEqualTo(model.tariffPower(rw, rw));
        for (ShockSolver solver : List.of(LinearSolver.create(), LevelsSolver.defaults())) {
            ShockResult res = solver.solve(model, bloc);
            for (ShockResult.FlowChange f : res.flows()) {
                boolean inside = List.of("US", "EU").contains(f.exporter()) && List.of("US", "EU").contains(f.importer());
                if (inside && !f.domestic()) {
                    assertThat(f.tariffAfter()).isZero();
                    assertThat(f.exportTaxAfter()).isZero();
                }
            }
        }
    }

    @Test
    void laterMeasuresOverrideButNeverLiftAnEmbargo() throws IOException {
        GsimModel model = FrancoisHall.model();
        Scenario s = parse("{\"type\":\"embargo\",\"exporters\":[\"JP\"],\"importers\":[\"US\"]},"
                + "{\"type\":\"tariff\",\"importers\":\"*\",\"exporters\":[\"JP\"],\"rate\":0.3},"
                + "{\"type\":\"remove-tariffs\",\"importers\":[\"EU\"]}");
        PolicyWedges w = PolicyWedges.of(model, s);
        assertThat(w.prohibited(1, 0)).isTrue();
        assertThat(w.tariffPower(1, 3)).isEqualTo(1.3);
        assertThat(w.tariffPower(1, 2)).isEqualTo(1.0);
    }

    @Test
    void everyBuiltInScenarioLoadsAndIsShipped() throws IOException {
        assertThat(Scenario.builtIns()).extracting(Scenario::name).containsExactlyElementsOf(Scenario.BUILT_IN);
        for (Scenario s : Scenario.builtIns()) {
            assertThat(s.description()).isNotBlank();
            assertThat(s.measures()).isNotEmpty();
        }
        try (Stream<Path> files = Files.list(Path.of("networks", "scenarios"))) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(Scenario.BUILT_IN);
        }
        assertThat(Scenario.load("global-free-trade").measures().get(0)).isInstanceOf(Measure.RemoveTariffs.class);
        assertThatThrownBy(() -> Scenario.load("no-such-scenario")).hasMessageContaining("not a built-in scenario");
    }
}
