package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.report.XmlCheck;

class ExportCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void gexfToTheTerminalIsValid() throws Exception {
        Run r = run("export", "--to", "gexf", "--with", "regions,degree");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        XmlCheck.validate(r.out(), "gexf.xsd");
        assertThat(r.out()).contains("title=\"out_degree\"").contains("weight: trade value (USD)");
    }

    @Test
    void communitiesAndMetricsFromTheCommandLine() throws Exception {
        Run r = run("export", "--to", "graphml", "--with", "communities,metrics");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        XmlCheck.validate(r.out(), "graphml.xsd");
        assertThat(r.out()).contains("attr.name=\"community\"").contains("attr.name=\"stability\"")
                .contains("attr.name=\"pagerank\"").contains("attr.name=\"betweenness\"").contains("communities,metrics");
    }

    @Test
    void graphmlToAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("re.graphml");
        Run r = run("export", "magnets-2024", "--to", "graphml", "--out", f.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("wrote " + f);
        XmlCheck.validate(Files.readString(f), "graphml.xsd");
    }

    @Test
    void csvIntoANewDirectory(@TempDir Path dir) {
        Path d = dir.resolve("tables");
        Run r = run("export", "--to", "csv", "--out", d + "/");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(d.resolve("rare-earths-nodes.csv")).exists();
        assertThat(d.resolve("rare-earths-edges.csv")).exists();
    }

    @Test
    void badCommandLinesGiveOneLineAndExitCode2() {
        Run csv = run("export", "--to", "csv");
        assertThat(csv.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(csv.err()).contains("--to csv writes two files").doesNotContain("Exception");
        Run with = run("export", "--to", "gexf", "--with", "regions,nonsense");
        assertThat(with.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(with.err().strip()).isEqualTo("tradenet: --with: unknown attribute set 'nonsense'; choose from regions, strength, degree, communities, metrics");
        Run to = run("export", "--to", "pdf");
        assertThat(to.code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aMissingNetworkFileIsBadInput() {
        Run r = run("export", "no-such-file.csv", "--to", "gexf");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).doesNotContain("at org.");
    }
}
