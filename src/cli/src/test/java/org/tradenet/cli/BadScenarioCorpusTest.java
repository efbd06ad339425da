package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradenet.Fixtures;

/**
 * Every file of {@code test-fixtures/bad-scenarios/} through {@code shock} (both forms) and
 * {@code analyze}: the documented exit code, one line naming the file and the JSON field, no
 * stack trace, nothing on standard output and no report written.
 */
class BadScenarioCorpusTest {

    @TempDir
    static Path out;

    static Stream<Arguments> corpus() throws IOException {
        Path dir = Fixtures.path("bad-scenarios");
        List<Arguments> cases = new ArrayList<>();
        for (CSVRecord rec : Fixtures.records("bad-scenarios/expected.csv")) {
            for (String command : List.of("shock", "shock-levels", "analyze")) {
                cases.add(Arguments.of(command, rec.get("file"), Integer.parseInt(rec.get("exit_code")), rec.get("message")));
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            long corpusFiles = files.filter(p -> p.toString().endsWith(".json")).count();
            assertThat(cases).as("every scenario file has an expectation").hasSize(3 * (int) corpusFiles);
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("corpus")
    void refusesWithOneClearLine(String command, String file, int exitCode, String message) {
        String p = Fixtures.path("bad-scenarios/" + file).toString();
        Path reports = out.resolve(file + "-reports");
        CliRunner r = switch (command) {
            case "shock" -> CliRunner.run("shock", "rare-earths", "--scenario", p);
            case "shock-levels" -> CliRunner.run("shock", "rare-earths", "--scenario", p, "--form", "levels");
            default -> CliRunner.run("analyze", "rare-earths", "--scenarios", p, "--runs", "1", "-o", reports.toString());
        };
        assertThat(r.exitCode()).as("exit code; stderr: %s", r.err()).isEqualTo(exitCode);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        List<String> errors = r.err().lines().filter(l -> l.startsWith("tradenet: ")).toList();
        assertThat(errors).as(r.err()).hasSize(1);
        assertThat(errors.get(0)).endsWith(message.contains(file) ? message.substring(message.indexOf(file) + file.length()) : message);
        if (message.startsWith(file)) {
            assertThat(errors.get(0)).startsWith("tradenet: " + p);
        }
        assertThat(r.out()).isEmpty();
        assertThat(reports).doesNotExist();
    }
}
