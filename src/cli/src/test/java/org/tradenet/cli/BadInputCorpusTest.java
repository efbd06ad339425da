package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradenet.Fixtures;

/**
 * Every file of {@code test-fixtures/bad-inputs/} through every command that reads a network:
 * the documented exit code and one line naming the file, the line and the field; never a
 * stack trace. Files that are awkward but valid (BOM, quoted line breaks, CRLF) read fine in
 * every command.
 */
class BadInputCorpusTest {

    @TempDir
    static Path out;

    /** A command that reads a network, with the arguments it needs besides the file. */
    record Command(String name, BiFunction<String, Path, List<String>> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every command that reads a network; outputs go under a temporary folder. */
    static final List<Command> COMMANDS = List.of(
            new Command("summary", (f, d) -> List.of("summary", f)),
            new Command("metrics", (f, d) -> List.of("metrics", f)),
            new Command("hubs", (f, d) -> List.of("hubs", f)),
            new Command("communities", (f, d) -> List.of("communities", f)),
            new Command("shock", (f, d) -> List.of("shock", f, "--scenario", "china-export-tax-25")),
            new Command("analyze", (f, d) -> List.of("analyze", f, "--scenarios", "china-export-tax-25,us-china-decoupling",
                    "--runs", "2", "-o", d.resolve("analyze").toString())),
            new Command("export", (f, d) -> List.of("export", f, "--to", "gexf", "-o", d.resolve("x.gexf").toString())),
            new Command("report", (f, d) -> List.of("report", f, "-o", d.resolve("r.html").toString())),
            new Command("convert", (f, d) -> List.of("convert", f, "-o", d.resolve("c.csv").toString())));

    static List<Arguments> corpus() throws IOException {
        Path dir = Fixtures.path("bad-inputs");
        List<Arguments> cases = new ArrayList<>();
        for (CSVRecord rec : Fixtures.records("bad-inputs/expected.csv")) {
            cases.add(Arguments.of(rec.get("file"), Integer.parseInt(rec.get("exit_code")), rec.get("message")));
        }
        try (Stream<Path> files = Files.list(dir)) {
            long corpusFiles = files.filter(p -> p.toString().endsWith(".csv") && !p.endsWith("expected.csv")).count();
            assertThat(cases).as("every corpus file has an expectation").hasSize((int) corpusFiles);
        }
        return cases;
    }

    static Stream<Arguments> corpusByCommand() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (Command c : COMMANDS) {
            for (Arguments a : corpus()) {
                Object[] x = a.get();
                all.add(Arguments.of(c, x[0], x[1], x[2]));
            }
        }
        return all.stream();
    }

    private static CliRunner run(Command c, Path file, String... extra) {
        List<String> args = new ArrayList<>(c.args().apply(file.toString(), out));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("corpusByCommand")
    void refusesWithOneClearLine(Command command, String file, int exitCode, String message) {
        Path p = Fixtures.path("bad-inputs/" + file);
        CliRunner r = run(command, p);
        assertThat(r.exitCode()).as("exit code; stderr: %s", r.err()).isEqualTo(exitCode);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        if (exitCode == 0) {
            return;
        }
        assertThat(r.err().lines().toList()).as("one line on stderr").hasSize(1);
        assertThat(r.err().strip()).startsWith("tradenet: " + p.getParent())
                .contains(message.substring(message.indexOf(file) + file.length()));
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest(name = "summary {0}")
    @MethodSource("corpus")
    void validButAwkwardFilesReadInFull(String file, int exitCode, String message) {
        CliRunner r = CliRunner.run("summary", Fixtures.path("bad-inputs/" + file).toString());
        if (exitCode == 0) {
            assertThat(r.out()).contains("countries (nodes)").doesNotContain("NO LINKS LEFT");
            assertThat(r.err()).isEmpty();
        }
    }

    /** One command of each way of reading: streamed into a network (summary) or into a flow table (convert). */
    static Stream<Arguments> lenientCorpus() throws IOException {
        return corpusByCommand().filter(a -> List.of("summary", "convert").contains(a.get()[0].toString()));
    }

    @ParameterizedTest(name = "{0} --lenient {1}")
    @MethodSource("lenientCorpus")
    void lenientNeverThrowsAStackTrace(Command command, String file, int exitCode, String message) {
        CliRunner r = run(command, Fixtures.path("bad-inputs/" + file), "--lenient");
        assertThat(r.exitCode()).as(r.err()).isIn(0, 3);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        if (r.exitCode() == 3) {
            assertThat(r.err().lines().filter(l -> l.startsWith("tradenet: ")).count()).as(r.err()).isEqualTo(1);
        }
    }

    @Test
    void lenientListsEachSkippedRowWithItsReason() throws IOException {
        Path f = out.resolve("mixed.csv");
        Files.writeString(f, "exporter,importer,value\nCHN,USA,10\nCHN,JPN,abc\nJPN,USA,-1\nKOR,USA,5\n");
        CliRunner r = CliRunner.run("summary", "--lenient", f.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err().lines().toList()).containsExactly(
                "skipped " + f + ":3: field 'value': 'abc' is not a number",
                "skipped " + f + ":4: field 'value': is negative (-1)");
        assertThat(r.out()).contains("USD 15");
    }

    @Test
    void debugPrintsTheStackTraceAndStillTheOneLine() {
        CliRunner r = CliRunner.run("summary", "--debug", Fixtures.path("bad-inputs/non-numeric.csv").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("DataFormatException").contains("\tat ");
        assertThat(r.err().lines().filter(l -> l.startsWith("tradenet: ")).toList()).hasSize(1);
    }

    @Test
    void aMissingFileIsNamed() {
        for (Command c : COMMANDS) {
            Path missing = out.resolve("no-such-file.csv");
            CliRunner r = run(c, missing);
            assertThat(r.exitCode()).as(c.name()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err().strip()).as(c.name()).startsWith("tradenet: " + missing + ": no such file");
            assertThat(r.err().lines().count()).as(c.name()).isEqualTo(1);
        }
    }

    /** Runs only where permissions bind (not as root, who reads everything). */
    @Test
    void anUnreadableFileIsNamed() throws IOException {
        Path f = out.resolve("unreadable.csv");
        Files.writeString(f, "exporter,importer,value\nCHN,USA,1\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(f), "the file stays readable (running as root)");
            for (Command c : COMMANDS) {
                CliRunner r = run(c, f);
                assertThat(r.exitCode()).as(c.name()).isEqualTo(ExitCodes.BAD_INPUT);
                assertThat(r.err().strip()).as(c.name()).isEqualTo("tradenet: " + f + ": cannot be read: permission denied");
            }
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
