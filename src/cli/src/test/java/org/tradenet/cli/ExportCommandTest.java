package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.report.XmlCheck;

class ExportCommandTest {



    @Test
    void gexfToTheTerminalIsValid() throws Exception {
        CliRunner r = CliRunner.run("export", "--to", "gexf", "--with", "regions,degree");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        XmlCheck.validate(r.out(), "gexf.xsd");
        assertThat(r.out()).contains("title=\"outDegree\"").contains("weight: trade value (USD)");
    }

    @Test
    void communitiesAndMetricsFromTheCommandLine() throws Exception {
        CliRunner r = CliRunner.run("export", "--to", "graphml", "--with", "communities,metrics");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        XmlCheck.validate(r.out(), "graphml.xsd");
        assertThat(r.out()).contains("attr.name=\"community\"").contains("attr.name=\"stability\"")
                .contains("attr.name=\"pagerank\"").contains("attr.name=\"betweenness\"").contains("communities,metrics");
    }

    @Test
    void graphmlToAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("re.graphml");
        CliRunner r = CliRunner.run("export", "magnets-2024", "--to", "graphml", "--out", f.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("wrote " + f);
        XmlCheck.validate(Files.readString(f), "graphml.xsd");
    }

    @Test
    void csvIntoANewDirectory(@TempDir Path dir) {
        Path d = dir.resolve("tables");
        CliRunner r = CliRunner.run("export", "--to", "csv", "--out", d + "/");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(d.resolve("rare-earths-nodes.csv")).exists();
        assertThat(d.resolve("rare-earths-edges.csv")).exists();
    }

    @Test
    void badCommandLinesGiveOneLineAndExitCode2() {
        CliRunner csv = CliRunner.run("export", "--to", "csv");
        assertThat(csv.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(csv.err()).contains("--to csv writes two files").doesNotContain("Exception");
        CliRunner with = CliRunner.run("export", "--to", "gexf", "--with", "regions,nonsense");
        assertThat(with.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(with.err().strip()).isEqualTo("tradenet: --with: unknown attribute set 'nonsense'; choose from regions, strength, degree, communities, metrics");
        CliRunner to = CliRunner.run("export", "--to", "pdf");
        assertThat(to.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aMissingNetworkFileIsBadInput() {
        CliRunner r = CliRunner.run("export", "no-such-file.csv", "--to", "gexf");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).doesNotContain("at org.");
    }
}
