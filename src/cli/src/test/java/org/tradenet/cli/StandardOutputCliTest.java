package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradenet.report.XmlCheck;

/**
 * {@code -} as an output: where a command writes one file it goes to standard output (and no
 * file named {@code -} appears); where a command writes a folder of files, {@code -} is refused
 * with exit 2 and one line before any work.
 */
class StandardOutputCliTest {

    @TempDir
    Path dir;

    private static final String NET = "test-fixtures/edge-cases/two-countries.csv";

    @Test
    void reportWritesThePageToStandardOutput() {
        CliRunner r = CliRunner.run("report", NET, "--out", "-");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("</html>");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void shockWritesThePostShockNetworkToStandardOutputAndTheReportToItsFile() throws IOException {
        Path report = dir.resolve("shock.txt");
        CliRunner r = CliRunner.run("shock", "rare-earths", "--scenario", "china-export-tax-25", "--out-network", "-",
                "--out", report.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("exporter,importer,value,quantity");
        assertThat(lines).hasSizeGreaterThan(100);
        assertThat(Files.readString(report)).contains("china-export-tax-25");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void shockRefusesToMixTheNetworkAndTheReportOnStandardOutput() {
        for (List<String> out : List.of(List.<String>of(), List.of("--out", "-"))) {
            List<String> args = new java.util.ArrayList<>(List.of("shock", "rare-earths", "--scenario", "china-export-tax-25",
                    "--out-network", "-"));
            args.addAll(out);
            CliRunner r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().strip()).isEqualTo("tradenet: --out-network - and the report would both go to standard output: "
                    + "give the report --out FILE");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void exportOfOneFileGoesToStandardOutput() throws Exception {
        for (String to : List.of("gexf", "graphml")) {
            CliRunner r = CliRunner.run("export", NET, "--to", to, "--out", "-");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(XmlCheck.parse(r.out()).getDocumentElement().getLocalName()).isIn("gexf", "graphml");
        }
    }

    static List<List<String>> folderCommands() {
        return List.of(
                List.of("export", NET, "--to", "csv", "--out", "-"),
                List.of("analyze", NET, "--out", "-"),
                List.of("timeline", "magnets-timeline", "--out", "-"),
                List.of("notebooks", "--out", "-"),
                List.of("chain", "--out", "-"),
                List.of("atlas", "test-fixtures/atlas/cobalt-oxides-2022.csv", "--out", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folderCommands")
    void aFolderOfFilesIsNeverStandardOutput(List<String> args) {
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("tradenet: --out -: this command writes ").contains("give --out DIR");
        assertThat(r.out()).isEmpty();
        assertThat(Path.of("-")).doesNotExist();
    }
}
