package org.tradenet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tradenet.cli.Main;

/** The main job's report.html, rendered in headless Chromium as a user would open it. */
@Tag("slow")
class AnalyzePageBrowserTest {

    @Test
    void theAnalysisReportLoadsAndShowsNetworksTablesAndCharts() throws Exception {
        Path dir = Path.of("target", "analyze-report");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"analyze", "--chain", "rare-earth-chain", "--chain-scenario", "china-mining-cut-50",
            "--out", dir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        Path page = dir.resolve("report.html");
        // Self-contained: nothing is loaded from elsewhere (XML namespace names are not loads).
        assertThat(Files.readString(page)).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<link ")
                .doesNotContain("@import");
        BrowserRenderTest.Result r = BrowserRenderTest.run(page, "--dump-dom", "--virtual-time-budget=5000");
        assertThat(r.code()).as(r.err()).isZero();
        String dom = r.out();
        assertThat(dom).contains("data-ready=\"1\"");
        assertThat(dom).doesNotContain("Uncaught");
        assertThat(r.err()).doesNotContain("Uncaught");
        // The baseline drawing and a before/after pair for each of the five scenarios.
        assertThat(dom.split("class=\"network\"", -1).length - 1).isEqualTo(1 + 2 * 5);
        assertThat(dom).contains("Verdict by scenario").contains("Beside the study").contains("Hubs and why")
                .contains("Countries that changed community").contains("friend-shoring");
        assertThat(dom.split("<table class=\"sortable\">", -1).length - 1).isGreaterThan(10);
        // the value chain's section, after the scenarios: the question answered, the largest hidden
        // dependencies, the cascade and prices of the chain scenario, robustness, and the chain page linked
        assertThat(dom).contains("Value chain: rare-earth-chain</h2>").contains("<a href=\"chain.html\">chain.html</a>")
                .contains("of its magnets supply traces back to CHN at mining").contains("Largest hidden dependencies on CHN")
                .contains("Shortage cascade: china-mining-cut-50").contains("Price transmission, GSIM tier by tier")
                .contains("Removals to halve trade");
        assertThat(dir.resolve("chain.html")).isRegularFile();
        BrowserRenderTest.Result shot = BrowserRenderTest.run(page, "--screenshot=" + dir.resolve("report.png").toAbsolutePath(),
                "--window-size=1400,2400");
        assertThat(shot.code()).as(shot.err()).isZero();
        assertThat(dir.resolve("report.png")).isRegularFile();
        // At 1,400 px every table is readable in its own frame (no short cell broken over lines)
        // and no two labels of a drawing overlap; before/after pairs show the change.
        String found = BrowserRenderTest.layoutFindings(BrowserRenderTest.layout(page));
        assertThat(found).as("tables, labels").matches("tables=(1[1-9]|[2-9]\\d) labels=\\d+");
        assertThat(dom).contains("class=\"links changes\"").contains("link grew").contains("changed community");
        assertThat(dom).as("friend-shoring moves countries between communities: they are ringed").contains("class=\"node moved\"");
    }
}
