package org.tradenet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tradenet.cli.Main;

/** chain.html of the shipped rare-earth chain with a scenario, rendered in headless Chromium. */
@Tag("slow")
class ChainPageBrowserTest {

    @Test
    void theChainPageLoadsWithTiersSankeyCurvesAndTables() throws Exception {
        Path dir = Path.of("target", "chain-report");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"chain", "--scenario", "networks/rare-earth-chain/china-mining-cut-50.json", "--draws", "10",
            "--out", dir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        Path page = dir.resolve("chain.html");
        assertThat(Files.readString(page)).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<link ");
        BrowserRenderTest.Result r = BrowserRenderTest.run(page, "--dump-dom", "--virtual-time-budget=5000");
        assertThat(r.code()).as(r.err()).isZero();
        String dom = r.out();
        assertThat(dom).contains("data-ready=\"1\"").doesNotContain("Uncaught");
        assertThat(r.err()).doesNotContain("Uncaught");
        // the two traded tiers drawn side by side, the Sankey, four robustness charts, the production chart
        assertThat(dom.split("class=\"network\"", -1).length - 1).isEqualTo(2);
        assertThat(dom).contains("class=\"sankey\"").contains("CHN 53.7%");
        assertThat(dom.split("<svg", -1).length - 1).isGreaterThanOrEqualTo(8);
        assertThat(dom.split("<table class=\"sortable\">", -1).length - 1).isGreaterThanOrEqualTo(6);
        Path png = dir.resolve("chain.png").toAbsolutePath();
        Files.deleteIfExists(png);
        BrowserRenderTest.Result shot = BrowserRenderTest.run(page, "--screenshot=" + png, "--window-size=1300,3000");
        assertThat(shot.code()).as(shot.err()).isZero();
        assertThat(Files.size(png)).isGreaterThan(50_000);
    }
}
