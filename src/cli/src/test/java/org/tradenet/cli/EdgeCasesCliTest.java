package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradenet.Fixtures;

/**
 * The edge-case networks of {@code test-fixtures/edge-cases/} through summary, metrics, hubs,
 * communities, shock (both forms) and analyze: each gives the exit code its {@code expected.csv}
 * documents; a result is printed in every format with no NaN or infinity passed off as a number
 * (each one stands on a note line, or a note says why it is infinite) and valid JSON; a refusal
 * is one line.
 */
class EdgeCasesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("text", "markdown", "json", "csv");

    @TempDir
    static Path out;

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (CSVRecord rec : Fixtures.records("edge-cases/expected.csv")) {
            cases.add(Arguments.of(rec.get("network"), rec.get("command"), Integer.parseInt(rec.get("exit_code")),
                    rec.get("message")));
        }
        return cases.stream();
    }

    private static List<String> args(String network, String command, String format) {
        String file = Fixtures.path("edge-cases/" + network).toString();
        List<String> a = new ArrayList<>(switch (command) {
            case "shock" -> List.of("shock", file, "--scenario", "us-china-decoupling");
            case "shock-levels" -> List.of("shock", file, "--scenario", "us-china-decoupling", "--form", "levels");
            case "shock-tax" -> List.of("shock", file, "--scenario", "china-export-tax-25");
            case "analyze" -> List.of("analyze", file, "--runs", "2", "-o", out.resolve(network).toString());
            default -> List.of(command, file);
        });
        if (!command.equals("analyze")) {
            a.addAll(List.of("--format", format));
        }
        return a;
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("cases")
    void everyResultIsDefinedOrRefusedClearly(String network, String command, int exitCode, String message) throws IOException {
        for (String format : command.equals("analyze") ? List.of("text") : FORMATS) {
            CliRunner r = CliRunner.run(args(network, command, format).toArray(String[]::new));
            assertThat(r.exitCode()).as("%s %s: %s", command, format, r.err()).isEqualTo(exitCode);
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
            if (exitCode != 0) {
                List<String> errors = r.err().lines().filter(l -> l.startsWith("tradenet: ")).toList();
                assertThat(errors).hasSize(1);
                assertThat(errors.get(0)).endsWith(message);
                assertThat(r.out()).isEmpty();
                return;
            }
            String text = r.out();
            if (command.equals("analyze")) {
                text = Files.readString(out.resolve(network).resolve("report.md"));
                checkJson(Files.readString(out.resolve(network).resolve("report.json")));
            } else if (format.equals("json")) {
                checkJson(text);
            }
            noUnexplainedNonNumbers(command + " " + format, text);
        }
    }

    /** JSON that parses strictly (Jackson refuses NaN and Infinity tokens by default). */
    private static void checkJson(String text) throws IOException {
        JsonNode root = JSON.readTree(text);
        assertThat(root.isObject()).isTrue();
    }

    /**
     * "NaN" may appear only on a note line that says for whom ("NaN for ..."); "Infinity" only
     * when a note says what is infinite and why.
     */
    static void noUnexplainedNonNumbers(String what, String text) {
        for (String line : text.lines().toList()) {
            if (line.contains("NaN")) {
                assertThat(line).as("%s: NaN printed as a number", what).contains("NaN for");
            }
            if (line.contains("Infinity")) {
                assertThat(text).as("%s: infinity with no note: %s", what, line).contains("is infinite");
            }
        }
    }

    @Test
    void filtersThatLeaveNothingAreSaidInTheSummaryAndRefusedByTheAlgorithms() {
        String file = Fixtures.path("edge-cases/two-countries.csv").toString();
        CliRunner summary = CliRunner.run("summary", file, "--min-value", "100");
        assertThat(summary.exitCode()).isZero();
        assertThat(summary.out()).contains("NO LINKS LEFT after the filters").contains("countries (nodes)               0");
        for (String command : List.of("metrics", "hubs", "communities")) {
            CliRunner r = CliRunner.run(command, file, "--min-value", "100");
            assertThat(r.exitCode()).as(command).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).startsWith("tradenet: the network has no countries after filtering");
        }
        CliRunner shock = CliRunner.run("shock", file, "--year", "1999", "--scenario", "china-export-tax-25");
        assertThat(shock.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(shock.err()).contains("no trade between countries to shock");
    }

    @Test
    void aSingleExporterHoldsAllOfSupplyAndEveryImporterDependsOnIt() throws IOException {
        CliRunner r = CliRunner.run("summary", Fixtures.path("edge-cases/single-exporter.csv").toString(), "--format", "json");
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.toString()).contains("\"hhi\":1.0");
        CliRunner m = CliRunner.run("metrics", Fixtures.path("edge-cases/single-exporter.csv").toString(), "--format", "csv",
                "--metrics", "supplier-dependence");
        assertThat(m.out().lines().filter(l -> !l.startsWith("id,") && !l.startsWith("CHN,")).toList())
                .allSatisfy(l -> assertThat(l).endsWith(",1,1"));
    }

    @Test
    void aModelThatDoesNotConvergeExitsFourAndPrintsNoResult() {
        CliRunner r = CliRunner.run("shock", Fixtures.path("edge-cases/disconnected.csv").toString(), "--scenario",
                "china-export-tax-25", "--form", "levels", "--max-iterations", "1", "--tolerance", "1e-15");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.NOT_CONVERGED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
    }

    @Test
    void elasticitiesOfTheWrongSignOrZeroAreUsageErrors() {
        String file = Fixtures.path("edge-cases/two-countries.csv").toString();
        for (String[] bad : List.of(new String[] {"--import-demand", "1.25"}, new String[] {"--import-demand", "0"},
                new String[] {"--substitution", "-5"}, new String[] {"--substitution", "0"}, new String[] {"--export-supply", "0"},
                new String[] {"--import-demand", "CHN=0.5"}, new String[] {"--default-tariff", "-100%"})) {
            CliRunner r = CliRunner.run("shock", file, "--scenario", "china-export-tax-25", bad[0], bad[1]);
            assertThat(r.exitCode()).as(String.join(" ", bad)).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().lines().filter(l -> l.startsWith("tradenet: ")).count()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
        }
        CliRunner unknown = CliRunner.run("shock", file, "--scenario", "china-export-tax-25", "--import-demand", "CHNA=-0.8");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("import demand elasticity given for CHNA, not a country of this model");
    }
}
