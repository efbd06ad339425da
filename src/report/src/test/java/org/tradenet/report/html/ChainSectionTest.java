package org.tradenet.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.chain.ChainScenario;
import org.tradenet.chain.Exposure;
import org.tradenet.chain.Robustness;
import org.tradenet.chain.ShortageCascade;
import org.tradenet.chain.ValueChain;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.text.ChainReport;

/**
 * The chain section of the analysis page, on the three-tier toy of test-fixtures/chain/toy
 * (worked by hand in ChainToyTest): at magnets the USA buys 20% from CHN directly and 70% of its
 * supply of 50 traces back to CHN at mining, a hidden dependence of 50 points, USD 25; a 50% cut
 * of Chinese mining costs the USA 35% of its magnets, USD 17.5.
 */
class ChainSectionTest {

    @Test
    void theSectionAnswersTheQuestionLinksTheChainPageAndEscapesTheSpec(@TempDir Path dir) throws Exception {
        Path toy = Path.of("test-fixtures/chain/toy");
        for (String f : List.of("magnets.csv", "mining.csv", "refining-production.csv", "refining.csv")) {
            Files.copy(toy.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("chain.json"), Files.readString(toy.resolve("chain.json"))
                .replace("\"toy-chain\"", "\"<script>toy</script> & chain\"")
                .replaceFirst("\"description\": \"", "\"description\": \"<b>bold</b> "));
        ValueChain chain = ValueChain.load(dir.resolve("chain.json").toString());
        ChainScenario cut = ChainScenario.parse("{\"type\": \"supply-cut\", \"tier\": \"mining\", \"exporters\": [\"CHN\"], "
                + "\"share\": 0.5}", "cut.json");
        ChainReport.Input in = new ChainReport.Input(chain, Exposure.of(chain), "CHN", ShortageCascade.defaults().run(chain, cut),
                null, Robustness.of(Robustness.Parameters.defaults().withDraws(2)).run(chain));
        ReportHeader header = new ReportHeader("tradenet chain", chain.description(), Map.of("scenario", "cut.json (<cut>)"),
                List.of());
        HtmlReport page = HtmlReport.of(new ReportHeader("analysis", "data", Map.of(), List.of()));
        page.section("Verdict");
        ChainPage.section(page, header, in, "chain.html");
        String html = page.render();

        assertThat(html).contains("<a href=\"#s2\">Value chain: &lt;script&gt;toy&lt;/script&gt; &amp; chain</a>")
                .contains("<h2 id=\"s2\">Value chain: &lt;script&gt;toy&lt;/script&gt; &amp; chain</h2>")
                .doesNotContain("<script>toy").doesNotContain("<b>bold").contains("&lt;b&gt;bold&lt;/b&gt;")
                .contains("cut.json (&lt;cut&gt;)")
                .contains("<a href=\"chain.html\">chain.html</a>");
        assertThat(html).contains("The largest hidden dependence in value: USA buys 20.0% of magnets from CHN directly, but 70.0% "
                + "of its magnets supply traces back to CHN at mining (hidden dependence 50.0 points); its largest supplier is "
                + "JPN (80.0%).");
        assertThat(ChainReport.largestHidden(in, 10)).containsExactly("USA");
        assertThat(html).contains("<td>USA</td><td class=\"num\" data-v=\"50.00000000\">50</td>"
                + "<td class=\"num\" data-v=\"20.00000000\">20.0%</td><td class=\"num\" data-v=\"70.00000000\">70.0%</td>"
                + "<td class=\"num\" data-v=\"50.00000000\">+50.0%</td><td class=\"num\" data-v=\"25.00000000\">25</td>"
                + "<td>JPN 80.0%</td>");
        assertThat(html).contains("Shortage cascade: cut").contains("supply lost per tier").contains("most hit at magnets")
                .contains("<td>USA</td><td class=\"num\" data-v=\"35.00000000\">35.0%</td>"
                        + "<td class=\"num\" data-v=\"18.00000000\">18</td>"); // USD 17.5, shown in whole dollars
        assertThat(html).doesNotContain("Price transmission").contains("Removals to halve trade").contains("adaptive");
        // every table scrolls in its own frame, as everywhere on the page
        assertThat(html.split("<table class=\"sortable\">", -1).length - 1)
                .isEqualTo(html.split("<div class=\"table-wrap\"", -1).length - 1).isGreaterThanOrEqualTo(7);
    }

    @Test
    void aLinkMustNameAFileBesideThePage() {
        HtmlReport page = HtmlReport.of(new ReportHeader("t", "d", Map.of(), List.of()));
        for (String bad : List.of("https://example.org/x.html", "//host/x", "/etc/passwd", "../up.html", "a b.html", "javascript:x")) {
            assertThatThrownBy(() -> page.paragraphWithLink("see", bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(page.paragraphWithLink("see", "sub/chain.html", "the page").render())
                .contains("<p>see <a href=\"sub/chain.html\">the page</a></p>");
    }
}
