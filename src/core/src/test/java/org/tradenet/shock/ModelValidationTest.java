package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.data.DataFormatException;

/**
 * The model refuses what it cannot answer, up front and in words: prohibitive rates, shocks
 * beyond the linear form's range, elasticities for countries it lacks, unreadable scenario
 * files; and answers the hard cases it can (an embargo on an importer's only supplier).
 */
class ModelValidationTest {

    /** A exports to B (100) and C (50); D exports to C (30); B imports from A only. */
    private static GsimModel world() {
        double[][] m = {
            {0, 100, 50, 0},
            {0, 0, 0, 0},
            {0, 0, 0, 0},
            {0, 0, 30, 0}};
        double[][] t = {
            {1, 1, 1, 1},
            {1, 1, 1, 1},
            {1, 1, 1, 1},
            {1, 1, 1, 1}};
        return GsimModel.of(List.of("A", "B", "C", "D"), m, t, Elasticities.defaults());
    }

    private static Scenario scenario(String measure) {
        return Scenario.parse("{\"name\":\"s\",\"measures\":[" + measure + "]}", "s.json");
    }

    @Test
    void ratesAboveOneThousandPercentAreProhibitive() {
        assertThat(Rates.parse("1000%")).isEqualTo(10.0);
        assertThatThrownBy(() -> Rates.parse("1001%")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prohibitive").hasMessageContaining("embargo");
        assertThatThrownBy(() -> scenario("{\"type\":\"tariff\",\"importers\":[\"B\"],\"exporters\":[\"A\"],\"rate\":1e9}"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("s.json: field 'measures[0].rate'")
                .hasMessageContaining("prohibitive");
        assertThatThrownBy(() -> TariffSchedule.none().withDefaultRate(11)).hasMessageContaining("prohibitive");
    }

    @Test
    void aShockBeyondTheLinearRangeIsRefusedAndTheLevelsFormSolvesIt() {
        Scenario s = scenario("{\"type\":\"export-tax\",\"exporters\":[\"A\"],\"rate\":\"900%\"}");
        assertThatThrownBy(() -> LinearSolver.create().solve(world(), s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large a shock for the linear form").hasMessageContaining("world price of A")
                .hasMessageContaining("levels form");
        ShockResult levels = LevelsSolver.defaults().solve(world(), s);
        assertThat(levels.diagnostics().converged()).isTrue();
        ShockChecks.clearing(world(), levels, 1e-9);
        assertThat(levels.worldPriceChange().get("A")).isBetween(-1.0, 0.0);
        levels.flows().forEach(f -> assertThat(f.volumeAfter()).isGreaterThanOrEqualTo(0.0));
    }

    @Test
    void anEmbargoOnAnImportersOnlySupplierIsAnsweredInBothForms() {
        Scenario s = scenario("{\"type\":\"embargo\",\"exporters\":[\"A\"],\"importers\":[\"B\"]}");
        ShockResult levels = LevelsSolver.defaults().solve(world(), s);
        assertThat(levels.compositePriceChange().get("B")).isEqualTo(Double.POSITIVE_INFINITY);
        // B loses the whole area under its composite demand: E0/(1 + Em) = 100 / -0.25
        assertThat(levels.welfare().get("B").consumerSurplus()).isCloseTo(-400.0, within(1e-9));
        ShockResult unitElastic = LevelsSolver.defaults().solve(world().withElasticities(Elasticities.defaults().withImportDemand(-1.0)), s);
        assertThat(unitElastic.welfare().get("B").consumerSurplus()).isNaN();
        assertThat(levels.notes()).anySatisfy(n -> assertThat(n).contains("cut off from every supplier: B"));
        ShockResult linear = LinearSolver.create().solve(world(), s);
        double toB = linear.flows().stream().filter(f -> f.exporter().equals("A") && f.importer().equals("B"))
                .findFirst().orElseThrow().volumeAfter();
        assertThat(toB).isCloseTo(0.0, within(1e-9));
        assertThat(linear.compositePriceChange().get("B")).isFinite();
        ShockChecks.clearing(world(), linear, 1e-9);
    }

    @Test
    void elasticitiesForCountriesTheModelLacksAreRefused() {
        assertThatThrownBy(() -> world().withElasticities(Elasticities.defaults().withImportDemand("XYZ", -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("import demand elasticity given for XYZ, not a country of this model");
        assertThatThrownBy(() -> world().withElasticities(Elasticities.defaults().withExportSupply("a", 2)))
                .hasMessageContaining("export supply elasticity given for a");
        assertThat(world().withElasticities(Elasticities.defaults().withSubstitution("B", 3)).elasticities().substitution("B"))
                .isEqualTo(3.0);
    }

    @Test
    void wrongSignsAndZeroElasticitiesAreRefusedForEveryCountryToo() {
        assertThatThrownBy(() -> new Elasticities(-1, 5, 1, Map.of("B", 0.0), Map.of(), Map.of()))
                .hasMessageContaining("import-demand elasticity (B) must be negative");
        assertThatThrownBy(() -> new Elasticities(-1, 5, 1, Map.of(), Map.of("B", -2.0), Map.of()))
                .hasMessageContaining("substitution (B) must be positive");
        assertThatThrownBy(() -> new Elasticities(-1, 5, 1, Map.of(), Map.of(), Map.of("A", 0.0)))
                .hasMessageContaining("export-supply elasticity (A) must be positive");
    }

    @Test
    void unreadableScenarioFilesAreNamed(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("b.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'});
        assertThatThrownBy(() -> Scenario.load(binary.toString())).isInstanceOf(DataFormatException.class)
                .hasMessage(binary + ": is not UTF-8 text: a scenario is a JSON file");
        assertThatThrownBy(() -> Scenario.load(dir.toString())).isInstanceOf(DataFormatException.class)
                .hasMessage(dir + ": is a directory, not a scenario file");
        Path malformed = dir.resolve("m.json");
        Files.writeString(malformed, "{\"name\": \"m\",\n \"measures\": [,]}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Scenario.load(malformed.toString())).hasMessageStartingWith(malformed + ":2: not valid JSON at column 15");
    }
}
