package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradenet.Fixtures;
import org.tradenet.data.DataFormatException;
import org.tradenet.data.DataSource;
import org.tradenet.shock.TariffSchedule;

/**
 * Every file of {@code test-fixtures/bad-tariffs/} through {@code shock --tariffs} and {@code
 * analyze --tariffs} and through {@link TariffSchedule#read}: the exit code and message of
 * {@code expected.csv}. No line is dropped without a word: ISO2 and M49 codes are read as the
 * countries they name, a code that matches nothing is listed as unused with its line, a
 * self-pair, a repeated pair or a row with an extra field is refused naming its physical line.
 */
class BadTariffCorpusTest {

    @TempDir
    static Path dir;

    private static Path network;

    @BeforeAll
    static void network() throws IOException {
        network = dir.resolve("five-links.csv");
        Files.writeString(network, "exporter,importer,value\nCHN,USA,100\nJPN,USA,50\nUSA,JPN,30\nCHN,JPN,20\nUSA,CHN,10\n");
    }

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (CSVRecord rec : Fixtures.records("bad-tariffs/expected.csv")) {
            cases.add(Arguments.of(rec.get("file"), Integer.parseInt(rec.get("exit_code")), rec.get("message"), rec.get("absent")));
        }
        try (Stream<Path> files = Files.list(Fixtures.path("bad-tariffs"))) {
            long corpusFiles = files.filter(p -> p.toString().endsWith(".csv") && !p.endsWith("expected.csv")).count();
            assertThat(cases).as("every corpus file has an expectation").hasSize((int) corpusFiles);
        }
        return cases.stream();
    }

    static Stream<Arguments> corpusByCommand() throws IOException {
        return corpus().flatMap(a -> Stream.of("shock", "analyze").map(c -> {
            Object[] x = a.get();
            return Arguments.of(c, x[0], x[1], x[2], x[3]);
        }));
    }

    @ParameterizedTest(name = "{0} --tariffs {1}")
    @MethodSource("corpusByCommand")
    void throughTheCommandLine(String command, String file, int exitCode, String message, String absent) {
        String tariffs = "test-fixtures/bad-tariffs/" + file;
        CliRunner r = command.equals("shock")
                ? CliRunner.run("shock", network.toString(), "--scenario", "china-export-tax-25", "--tariffs", tariffs)
                : CliRunner.run("analyze", network.toString(), "--scenarios", "china-export-tax-25", "--runs", "2",
                        "--tariffs", tariffs, "-o", dir.resolve("analyze-" + file).toString());
        assertThat(r.exitCode()).as("exit code; stderr: %s", r.err()).isEqualTo(exitCode);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        if (exitCode != 0) {
            assertThat(r.err().lines().toList()).as("one line on stderr").hasSize(1);
            assertThat(r.err().strip()).isEqualTo("tradenet: test-fixtures/bad-tariffs/" + message);
            assertThat(r.out()).isEmpty();
            return;
        }
        String everything = r.out() + r.err() + analyzeReport(command, file);
        assertThat(everything).contains(message);
        if (!absent.isEmpty()) {
            assertThat(everything).doesNotContain(absent);
        }
    }

    private static String analyzeReport(String command, String file) {
        try {
            return command.equals("analyze") ? Files.readString(dir.resolve("analyze-" + file).resolve("report.json")) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "TariffSchedule.read {0}")
    @MethodSource("corpus")
    void throughTheLibrary(String file, int exitCode, String message, String absent) throws IOException {
        DataSource source = DataSource.of(Path.of("test-fixtures/bad-tariffs/" + file));
        if (exitCode != 0) {
            assertThatThrownBy(() -> TariffSchedule.read(source)).isInstanceOf(DataFormatException.class)
                    .hasMessage("test-fixtures/bad-tariffs/" + message);
            return;
        }
        TariffSchedule s = TariffSchedule.read(source);
        TariffSchedule.Line first = s.lines().get(0);
        assertThat(first.importer() + "," + first.exporter()).isEqualTo("USA,CHN");
        assertThat(first.lineNumber()).isEqualTo(2);
        if (file.equals("unknown-code.csv")) {
            assertThat(s.lines()).hasSize(2);
            assertThat(s.lines().get(1).exporter()).as("kept as written: it may name a custom node").isEqualTo("XYZ");
            assertThat(s.lines().get(1).lineNumber()).isEqualTo(3);
        }
    }
}
