package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradenet.Fixtures;
import org.tradenet.report.AtomicFiles;

/**
 * Outputs never clobber: the corpus {@code test-fixtures/output-paths/} (scenario names that
 * collide, escape the folder, are too long or hold control characters) through {@code analyze},
 * and special paths made at test time (links, FIFOs, {@code -}, a held folder, stale temporary
 * files).
 */
class OutputPathsCliTest {

    private static final String NET = Fixtures.path("edge-cases/disconnected.csv").toString();

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (CSVRecord rec : Fixtures.records("output-paths/expected.csv")) {
            cases.add(Arguments.of(rec.get("scenarios"), Integer.parseInt(rec.get("exit_code")), rec.get("expect")));
        }
        try (Stream<Path> files = Files.list(Fixtures.path("output-paths"))) {
            List<String> listed = cases.stream().flatMap(a -> Arrays.stream(((String) a.get()[0]).split("\\+"))).toList();
            files.filter(p -> p.toString().endsWith(".json"))
                    .forEach(p -> assertThat(listed).as("every corpus file is used").contains(p.getFileName().toString()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void scenarioNamesGetTheirOwnReadableFileOrAreRefusedBeforeAnyWork(String scenarios, int exit, String expect,
            @TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        String files = String.join(",", Arrays.stream(scenarios.split("\\+"))
                .map(f -> Fixtures.path("output-paths/" + f).toString()).toList());
        CliRunner r = CliRunner.run("analyze", NET, "--runs", "1", "--scenarios", files, "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exit);
        assertThat(r.err()).doesNotContain("\tat ");
        if (exit != 0) {
            assertThat(r.err().lines().toList()).singleElement().isEqualTo("tradenet: " + expect);
            assertThat(r.out()).isEmpty();
            assertThat(out).as("nothing written, not even the folder").doesNotExist();
            return;
        }
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).containsExactlyInAnyOrder(".tradenet.lock", "baseline.gexf", "report.html", "report.json",
                    "report.md", expect);
        }
        assertThat(dir.resolve("x.gexf")).as("nothing outside the folder").doesNotExist();
        // A line break or escape in the name forges no line of any text output.
        for (String text : List.of(r.out(), r.err(), Files.readString(out.resolve("report.md")))) {
            assertThat(text).doesNotContain("\u001b");
            assertThat(text.lines().filter(l -> l.startsWith("[2/3] forged")).toList()).isEmpty();
        }
    }

    @Test
    void outThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("real.txt");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
        CliRunner r = CliRunner.run("summary", NET, "-o", link.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).startsWith("tradenet summary");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("real.txt", "link.txt");
        }
    }

    @Test
    void analyzeWritesThroughALinkInItsFolder(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path elsewhere = dir.resolve("kept-report.json");
        Files.writeString(elsewhere, "{}");
        Files.createSymbolicLink(out.resolve("report.json"), elsewhere);
        CliRunner r = CliRunner.run("analyze", NET, "--runs", "1", "--scenarios", "china-export-tax-25", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(out.resolve("report.json"))).isTrue();
        assertThat(Files.readString(elsewhere)).contains("\"scenarios\"");
    }

    @Test
    void outIntoAFifoWritesIntoItAndLeavesAFifo(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRunner r = CliRunner.run("summary", NET, "-o", fifo.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(reader.get(60, TimeUnit.SECONDS)).startsWith("tradenet summary").contains("countries");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aFifoAsInputIsReadOnce(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("in.csv");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        byte[] data = Files.readAllBytes(Path.of(NET));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                Files.write(fifo, data);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRunner r = CliRunner.run("summary", fifo.toString(), "--format", "json");
        writer.get(60, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(CliRunner.run("summary", NET, "--format", "json").out().replace(NET, fifo.toString()));
    }

    @Test
    void dashIsStandardInputAndStandardOutput() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(NET))));
            CliRunner r = CliRunner.run("convert", "-", "-o", "-");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("exporter,importer,value,quantity,hs6,year\n").contains("CHN,USA,");
        } finally {
            System.setIn(saved);
        }
        CliRunner s = CliRunner.run("summary", NET, "-o", "-");
        assertThat(s.exitCode()).isZero();
        assertThat(s.out()).startsWith("tradenet summary");
        CliRunner x = CliRunner.run("export", NET, "--to", "gexf", "-o", "-");
        assertThat(x.exitCode()).isZero();
        assertThat(x.out()).contains("<gexf");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void aSecondRunIntoAFolderInUseIsRefused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        try (Closeable held = AtomicFiles.lockFolder(out)) {
            CliRunner r = CliRunner.run("analyze", NET, "--runs", "1", "--scenarios", "china-export-tax-25", "-o", out.toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err().lines().filter(l -> l.startsWith("tradenet: ")).toList()).singleElement().asString()
                    .contains("another tradenet run is writing to " + out);
            assertThat(out.resolve("report.json")).doesNotExist();
        }
        CliRunner after = CliRunner.run("analyze", NET, "--runs", "1", "--scenarios", "china-export-tax-25", "-o", out.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
    }

    @Test
    void staleTemporaryFilesOfAKilledRunAreRemoved(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        // No process has this id (Linux ids stay below 2^22).
        Path dead = Files.writeString(out.resolve(".report.json.999999999.4711.tmp"), "");
        Path oldLegacy = Files.writeString(out.resolve(".report.md.123456.tmp"), "");
        Files.setLastModifiedTime(oldLegacy, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path freshLegacy = Files.writeString(out.resolve(".report.html.654321.tmp"), "");
        Path running = Files.writeString(out.resolve(".baseline.gexf." + ProcessHandle.current().parent().orElseThrow().pid()
                + ".99.tmp"), "");
        Path otherFile = Files.writeString(out.resolve(".notes.txt.999999999.1.tmp"), "");
        CliRunner r = CliRunner.run("analyze", NET, "--runs", "1", "--scenarios", "china-export-tax-25", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(dead).doesNotExist();
        assertThat(oldLegacy).doesNotExist();
        assertThat(freshLegacy).as("maybe a run of an older release, still writing").exists();
        assertThat(running).as("a running process's").exists();
        assertThat(otherFile).as("not a file this run writes").exists();
    }

    private static boolean mkfifo(Path p) {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            return proc.waitFor(30, TimeUnit.SECONDS) && proc.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
