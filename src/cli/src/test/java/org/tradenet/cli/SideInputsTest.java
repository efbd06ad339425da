package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.Fixtures;

/** The files beside the network (tariff schedules, saved partitions) are refused in one named line too. */
class SideInputsTest {

    private static final String NET = Fixtures.path("edge-cases/two-countries.csv").toString();

    private static void refused(CliRunner r, String message) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines().toList()).singleElement().asString().isEqualTo("tradenet: " + message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badTariffFilesAreNamed(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 'a'});
        refused(CliRunner.run("shock", NET, "--scenario", "china-export-tax-25", "--tariffs", binary.toString()),
                binary + ":1: is not UTF-8 text (binary content, or another encoding such as Latin-1?)");
        Path rate = dir.resolve("rate.csv");
        Files.writeString(rate, "importer,exporter,rate\nUSA,CHN,abc\n");
        refused(CliRunner.run("shock", NET, "--scenario", "china-export-tax-25", "--tariffs", rate.toString()),
                rate + ":2: field 'rate': 'abc' is not a rate (write 0.25 or \"25%\")");
        Path prohibitive = dir.resolve("prohibitive.csv");
        Files.writeString(prohibitive, "importer,exporter,rate\nUSA,CHN,5000%\n");
        refused(CliRunner.run("analyze", NET, "--tariffs", prohibitive.toString(), "-o", dir.resolve("r").toString()),
                prohibitive + ":2: field 'rate': rate 5000% is above 1000%: a prohibitive rate; model a ban with an embargo measure");
    }

    @Test
    void aFileThatIsNoPartitionIsNotReadAsOne(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("ok.csv");
        Files.writeString(ok, "node,community\nCHN,1\nUSA,1\n");
        refused(CliRunner.run("compare-partitions", NET, ok.toString()),
                NET + ":1: a partition CSV needs the columns node,community; the header is 'exporter,importer,value'");
    }
}
