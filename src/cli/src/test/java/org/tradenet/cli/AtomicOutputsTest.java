package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradenet.Fixtures;

/**
 * Every file a command writes is written whole or not at all: all output goes through
 * {@code AtomicFiles} (a temporary file beside the target, then a rename; its own test
 * interrupts a write midway), and a command stopped in the middle of its outputs leaves every
 * file as it was (a set of report files is written all or none), and no temporary file behind.
 */
class AtomicOutputsTest {

    private static final String NET = Fixtures.path("edge-cases/disconnected.csv").toString();

    /** No code but AtomicFiles opens a file for writing. */
    @Test
    void everyFileIsWrittenThroughAtomicFiles() throws IOException {
        Pattern direct = Pattern.compile("(?<!Atomic)Files\\.(write|writeString|newOutputStream|newBufferedWriter|copy)\\("
                + "|new (FileWriter|FileOutputStream|RandomAccessFile)\\(");
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
                    .filter(p -> !p.startsWith(Path.of("src", "bench"))).toList();
            assertThat(sources).as("main sources of every module").hasSizeGreaterThan(150);
            for (Path f : sources) {
                if (f.endsWith("AtomicFiles.java") || f.endsWith("FlowGrouping.java")) {
                    // FlowGrouping's are the atlas's scratch partition files in a temporary folder, deleted after the run: not outputs.
                    continue;
                }
                String code = Files.readString(f);
                assertThat(direct.matcher(code).find()).as("%s writes a file directly", f).isFalse();
            }
        }
    }

    private static void noTemporaryFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList()).isEmpty();
        }
    }

    /** Blocks {@code target} with a non-empty directory, so that the rename onto it fails. */
    private static void block(Path target) throws IOException {
        Files.createDirectories(target.resolve("in-the-way"));
        Files.writeString(target.resolve("in-the-way").resolve("keep.txt"), "keep");
    }

    @Test
    void analyzeStoppedMidwayLeavesEveryReportAsItWas(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("reports");
        String[] first = {"analyze", NET, "--runs", "2", "--seed", "1", "-o", out.toString()};
        assertThat(CliRunner.run(first).exitCode()).isZero();
        byte[] lastBefore = Files.readAllBytes(out.resolve("us-china-decoupling.gexf"));
        String jsonBefore = Files.readString(out.resolve("report.json"));
        Files.delete(out.resolve("baseline.gexf"));
        block(out.resolve("baseline.gexf"));

        CliRunner r = CliRunner.run("analyze", NET, "--runs", "3", "--seed", "2", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines().filter(l -> l.startsWith("tradenet: ")).toList()).singleElement().asString()
                .contains("cannot write the reports").contains("baseline.gexf");
        assertThat(r.err()).doesNotContain("\tat ");
        // The set is written all or none: every file is as it was.
        assertThat(Files.readString(out.resolve("report.json"))).isEqualTo(jsonBefore);
        assertThat(out.resolve("baseline.gexf").resolve("in-the-way").resolve("keep.txt")).hasContent("keep");
        assertThat(Files.readAllBytes(out.resolve("us-china-decoupling.gexf"))).isEqualTo(lastBefore);
        noTemporaryFiles(dir);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"summary", "metrics", "hubs", "communities", "shock", "shock-network", "convert", "export-gexf",
        "export-csv", "report"})
    void aFailedWriteIsOneLineAndLeavesNoTemporaryFile(String command, @TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.txt");
        List<String> args = switch (command) {
            case "shock" -> List.of("shock", NET, "--scenario", "china-export-tax-25", "-o", target.toString());
            case "shock-network" -> List.of("shock", NET, "--scenario", "china-export-tax-25", "--out-network", target.toString());
            case "export-gexf" -> List.of("export", NET, "--to", "gexf", "-o", target.toString());
            case "export-csv" -> List.of("export", NET, "--to", "csv", "-o", target.toString());
            case "convert", "report" -> List.of(command, NET, "-o", target.toString());
            default -> List.of(command, NET, "-o", target.toString());
        };
        Path blocked = command.equals("export-csv") ? dir.resolve("out.txt-nodes.csv") : target;
        block(blocked);
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines().toList()).as(r.err()).singleElement().asString().startsWith("tradenet: ").contains("cannot write");
        assertThat(blocked.resolve("in-the-way").resolve("keep.txt")).hasContent("keep");
        noTemporaryFiles(dir);
    }
}
