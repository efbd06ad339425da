package org.tradenet.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tradenet.metrics.NetworkSummary;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;
import org.tradenet.report.TestNetworks;
import org.tradenet.report.XmlCheck;
import org.w3c.dom.Document;

class HtmlReportTest {

    static final ReportHeader HEADER = new ReportHeader("Report on " + TestNetworks.SCRIPT, TestNetworks.FORMULA,
            Map.of("seed", "7", "model form", "<i>linear</i>"), List.of("note & " + TestNetworks.SCRIPT));

    @Test
    void escapingCoversMarkupQuotesAndControlCharacters() {
        assertThat(Html.text("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(Html.text("a\u0000b\u0085c")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(Html.id("before shock #1")).isEqualTo("before_shock__1");
        assertThat(Html.id("1x")).isEqualTo("x1x");
    }

    @Test
    void cellsAreReadAsTheNumbersTheyShow() {
        assertThat(HtmlTable.value("3.37 bn")).isEqualTo(3.37e9, within(1.0));
        assertThat(HtmlTable.value("790.4 M")).isEqualTo(790.4e6, within(1e-3));
        assertThat(HtmlTable.value("USD 1.57 bn")).isEqualTo(1.57e9, within(1.0));
        assertThat(HtmlTable.value("12,345")).isEqualTo(12345);
        assertThat(HtmlTable.value("-957,203")).isEqualTo(-957203);
        assertThat(HtmlTable.value("43.2%")).isEqualTo(43.2);
        assertThat(HtmlTable.value("+1.5%")).isEqualTo(1.5);
        assertThat(HtmlTable.value("201,935.0 t")).isEqualTo(201935.0);
        assertThat(HtmlTable.value("0.4636")).isEqualTo(0.4636);
        assertThat(HtmlTable.value("CHN")).isNaN();
        assertThat(HtmlTable.value("2 bn people")).isNaN();
        assertThat(HtmlTable.value(TestNetworks.FORMULA)).isNaN();
    }

    @Test
    void numericColumnsCarrySortValuesAndTextColumnsDoNot() {
        Table t = new Table("name", "exports (USD)", "share").row("B", "3.37 bn", "-").row("A", "790.4 M", "12.5%");
        String html = HtmlTable.render("cap", t);
        assertThat(html).contains("<th scope=\"col\">name</th>").contains("<th class=\"num\" data-type=\"num\" scope=\"col\">exports (USD)</th>")
                .contains("<td class=\"num\" data-v=\"3370000000\">3.37 bn</td>").contains("<td class=\"num\">-</td>")
                .contains("data-v=\"790400000.0\"");
    }

    @Test
    void thePageOfAHostileNetworkInjectsNothing() throws Exception {
        TradeNetwork net = TestNetworks.hostile();
        NetworkLayout layout = NetworkLayout.of(net);
        String html = NetworkPage.render(HEADER, NetworkSummary.of(net, 5), net, Grouping.byRegion(net), layout,
                Optional.of(new NetworkPage.Pair("pair " + TestNetworks.SCRIPT, TestNetworks.SCRIPT, net, TestNetworks.SCRIPT, net,
                        TestNetworks.FORMULA)),
                Optional.of(new NetworkPage.Timeline(TestNetworks.SCRIPT, "y", List.of(new Charts.Line(TestNetworks.SCRIPT,
                        new double[] {2001, 2002, 2003}, new double[] {1, 2, 3})), TestNetworks.SCRIPT)));
        // One script element, ours, at the end; no raw injected markup anywhere.
        assertThat(count(html, "<script")).isEqualTo(1);
        assertThat(html).doesNotContain(TestNetworks.SCRIPT).doesNotContain("<i>linear").doesNotContain("<b>bold");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("=HYPERLINK(&quot;x&quot;)");
        // Nothing is loaded from outside: no src attributes, only in-page links, a CSP that forbids the rest.
        assertThat(html).doesNotContain(" src=").doesNotContain("url(http").doesNotContain("@import");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertThat(href.group(1)).startsWith("#");
        }
        assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
        // Every inline SVG is well-formed XML.
        Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        int figures = 0;
        while (svg.find()) {
            XmlCheck.parse(svg.group());
            figures++;
        }
        assertThat(figures).isEqualTo(7); // network, 2 bar charts, concentration, pair of 2, timeline
    }

    @Test
    void sectionsTablesAndFiguresAreInTheirPlaces() {
        String html = HtmlReport.of(HEADER).section("First").paragraph("p1").table("t", new Table("a").row("1"))
                .section("Second").figure("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", "cap").render();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<a href=\"#s1\">First</a><a href=\"#s2\">Second</a>")
                .contains("<h2 id=\"s2\">Second</h2>").contains("<dt>model form</dt><dd>&lt;i&gt;linear&lt;/i&gt;</dd>")
                .contains("<figcaption>cap</figcaption>").contains("document.body.setAttribute('data-ready', '1')");
        assertThat(html.indexOf("p1")).isLessThan(html.indexOf("id=\"s2\""));
        assertThatThrownBy(() -> HtmlReport.of(HEADER).figure("<div>not svg</div>", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chartsAreWellFormedEscapedAndDeterministic() throws Exception {
        List<String> cats = List.of("China", TestNetworks.SCRIPT, TestNetworks.FORMULA);
        String bars = Charts.bars("c1", "Title " + TestNetworks.SCRIPT, "country", "USD", List.of(
                new Charts.Bars("a", cats, new double[] {3, 2, 1}), new Charts.Bars("b", cats, new double[] {1, Double.NaN, 2})),
                false, Charts.Size.defaults());
        String signed = Charts.signedBars("c2", "welfare", "", "USD million", new Charts.Bars("w", cats, new double[] {5, -3, 0.5}),
                true, Charts.Size.defaults());
        String lines = Charts.lines("c3", "per year", "year", "USD", List.of(new Charts.Line(TestNetworks.SCRIPT,
                new double[] {2002, 2003, 2004}, new double[] {1, 4, 2})), true, Charts.Size.defaults());
        for (String svg : List.of(bars, signed, lines)) {
            assertThat(svg).doesNotContain(TestNetworks.SCRIPT);
            Document d = XmlCheck.parse(svg);
            assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
        }
        assertThat(bars).contains("&lt;script&gt;").contains("id='c1'").contains("clipPath id='c1-clip-0'");
        // Bars coloured by sign: the negative one vermillion, the positive ones blue.
        assertThat(signed.toLowerCase()).contains("rgb(213,94,0)").contains("rgb(0,114,178)");
        // Years are not written as 2,002.
        assertThat(lines).contains(">2002<").doesNotContain("2,002");
        assertThat(Charts.lines("c3", "per year", "year", "USD", List.of(new Charts.Line(TestNetworks.SCRIPT,
                new double[] {2002, 2003, 2004}, new double[] {1, 4, 2})), true, Charts.Size.defaults())).isEqualTo(lines);
        assertThatThrownBy(() -> new Charts.Bars("x", List.of("a"), new double[] {1, 2})).hasMessageContaining("one value per category");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
