package org.tradenet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.tradenet.atlas.SyntheticBaci;
import org.tradenet.cli.Main;

/**
 * atlas.html in headless Chromium: the ranking is drawn, the small multiples of the first
 * product appear, searching filters, and a screenshot is taken (target/report-demo/atlas.png).
 */
@Tag("slow")
class AtlasBrowserTest {

    static final Path DIR = BrowserRenderTest.DIR.resolve("atlas");
    static Path page;

    @BeforeAll
    static void writeAtlas() throws Exception {
        Files.createDirectories(DIR);
        Path synthetic = DIR.resolve("synthetic.csv");
        SyntheticBaci.write(synthetic, new int[] {2019, 2020, 2021, 2022}, 8, 20, 0.1, 3);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"atlas", "test-fixtures/atlas/baci-2022-30hs6-critical-materials.csv", synthetic.toString(),
            "--out", DIR.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        page = DIR.resolve("atlas.html");
    }

    @Test
    void theRankingAndTheSmallMultiplesAreDrawn() throws Exception {
        BrowserRenderTest.Result r = BrowserRenderTest.run(page, "--dump-dom");
        assertThat(r.code()).as(r.err()).isZero();
        String dom = r.out();
        // The latest year (2022) is shown first: 30 real products and 10 synthetic ones.
        assertThat(dom).contains("40 product-year(s)");
        assertThat(dom.split("<tr", -1).length - 1).as("header + 40 rows").isEqualTo(41);
        assertThat(dom).as("the first product's small multiples").contains("class=\"multiple\"").contains("<polyline");
        // Every 2022 product whose communities' p-value is above 0.05 carries the flag, and no other.
        long notSignificant;
        try (var parser = org.apache.commons.csv.CSVParser.parse(DIR.resolve("atlas.csv"), java.nio.charset.StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            notSignificant = parser.stream().filter(x -> x.get("year").equals("2022") && !x.get("modularityP").isEmpty()
                    && Double.parseDouble(x.get("modularityP")) > 0.05).count();
        }
        assertThat(notSignificant).as("the data have both kinds").isPositive().isLessThan(40);
        assertThat(dom.split("class=\"flag\"", -1).length - 1).isEqualTo(notSignificant);
        assertThat(dom).contains("Modularity p").contains("not significant");
        assertThat(r.err()).doesNotContain("Uncaught").doesNotContain("SyntaxError");
    }

    /** At 1,400 px the ranking, wider than the window, scrolls inside its own frame. */
    @Test
    void atFourteenHundredPixelsTheRankingFitsItsFrame() throws Exception {
        String found = BrowserRenderTest.layoutFindings(BrowserRenderTest.layout(page));
        assertThat(found).isEqualTo("tables=1 labels=0");
    }

    @Test
    void searchingFiltersAndAllYearsShowsEveryRow() throws Exception {
        String probe = "<script>var q=document.getElementById('q'); q.value='KAZ'; q.dispatchEvent(new Event('input'));"
                + "var a=document.getElementById('count').textContent; q.value=''; var s=document.getElementById('year');"
                + "s.value='all'; s.dispatchEvent(new Event('change'));"
                + "document.body.setAttribute('data-probe', a + '|' + document.getElementById('count').textContent);</script></body>";
        Path copy = DIR.resolve("atlas-probe.html");
        Files.writeString(copy, Files.readString(page).replace("</body>", probe));
        BrowserRenderTest.Result r = BrowserRenderTest.run(copy, "--dump-dom");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("data-probe=\"1 product-year(s)|70 product-year(s)\"");
    }

    @Test
    void aScreenshotIsTaken() throws Exception {
        Path png = DIR.resolve("atlas.png").toAbsolutePath();
        Files.deleteIfExists(png);
        BrowserRenderTest.Result r = BrowserRenderTest.run(page, "--screenshot=" + png, "--window-size=1400,1300");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.size(png)).isGreaterThan(50_000);
    }
}
