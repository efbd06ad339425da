package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @Test
    void writesOneSelfContainedPage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("page.html");
        CliRunner r = CliRunner.run("report", "--out", f.toString(), "--seed", "3");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        String html = Files.readString(f);
        assertThat(html).contains("<dt>seed</dt><dd>3</dd>").contains("Two product groups").contains("class=\"network\"")
                .contains("Rare-earth metals, scandium and yttrium");
        assertThat(r.err()).contains("wrote " + f);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRunner.run("report", "--group", "planet").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("report", "--top", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
