package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradenet.Fixtures;

/** Every file of {@code test-fixtures/bad-inputs/} gives its documented exit code and one-line message. */
class BadInputCorpusTest {

    static Stream<Arguments> corpus() throws IOException {
        Path dir = Fixtures.path("bad-inputs");
        List<Arguments> cases = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(dir.resolve("expected.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                cases.add(Arguments.of(rec.get("file"), Integer.parseInt(rec.get("exit_code")), rec.get("message")));
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            long corpusFiles = files.filter(p -> p.toString().endsWith(".csv") && !p.endsWith("expected.csv")).count();
            assertThat(cases).as("every corpus file has an expectation").hasSize((int) corpusFiles);
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusesWithOneClearLine(String file, int exitCode, String message) {
        Path p = Fixtures.path("bad-inputs/" + file);
        CliRunner r = CliRunner.run("summary", p.toString());
        assertThat(r.exitCode()).as("exit code; stderr: %s", r.err()).isEqualTo(exitCode);
        if (exitCode == 0) {
            assertThat(r.out()).contains("countries (nodes)");
            return;
        }
        assertThat(r.err().lines().toList()).as("one line on stderr").hasSize(1);
        assertThat(r.err().strip()).startsWith("tradenet: " + p.getParent()).contains(message.substring(message.indexOf(file) + file.length()));
        assertThat(r.err()).contains(file).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0} with --lenient")
    @MethodSource("corpus")
    void lenientNeverThrowsAStackTrace(String file, int exitCode, String message) {
        CliRunner r = CliRunner.run("summary", "--lenient", Fixtures.path("bad-inputs/" + file).toString());
        assertThat(r.exitCode()).isIn(0, 3);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
