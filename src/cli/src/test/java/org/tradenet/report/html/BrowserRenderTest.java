package org.tradenet.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tradenet.cli.Main;

/**
 * The demo report rendered by headless Chromium, as a reader's browser would: the script
 * runs without error, the network drawing and the tables are in the DOM, and a screenshot is
 * taken (target/report-demo/rare-earths.png). Needs Debian's chromium
 * ({@code apt-get install -y chromium}); fails, with that advice, when it is missing.
 */
@Tag("slow")
class BrowserRenderTest {

    static final Path DIR = Path.of("target", "report-demo");
    static Path page;

    @BeforeAll
    static void writeDemo() throws Exception {
        Files.createDirectories(DIR);
        page = DIR.resolve("rare-earths.html");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"report", "rare-earths", "--out", page.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
    }

    static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return fail("headless Chromium is needed to check the HTML report: install it with "
                + "'apt-get install -y chromium' (Debian), then run the tests again");
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... extra) throws Exception {
        return run(page, extra);
    }

    static Result run(Path target, String... extra) throws Exception {
        Path profile = Files.createTempDirectory("tradenet-chromium");
        List<String> cmd = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        cmd.addAll(List.of(extra));
        cmd.add(target.toAbsolutePath().toUri().toString());
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * A copy of {@code page} with a probe that measures the laid-out page (at the window size
     * Chromium is given) and writes what it found into {@code <body data-layout="...">}:
     * {@code tables=T} tables, then one {@code overflow:CAPTION} for each table wider than its
     * frame whose frame does not scroll it or that sticks out of the window, one {@code
     * wrapped:CAPTION:CELL} for each non-prose cell that breaks over lines (an empty gap in its
     * row), {@code labels=L} drawn labels, and one {@code overlap:A/B} for each pair of labels
     * of one drawing whose boxes (SVG {@code getBBox}) intersect.
     */
    static Result layout(Path page, String... extra) throws Exception {
        String probe = "<script>(function(){var out=[],vw=document.documentElement.clientWidth,n=0,labels=0;"
                + "document.querySelectorAll('.table-wrap').forEach(function(w){var t=w.querySelector('table');n++;"
                + "var cap=t.caption?t.caption.textContent:'table '+n,ox=getComputedStyle(w).overflowX;"
                + "if(w.getBoundingClientRect().right>vw+0.5||(t.getBoundingClientRect().width>w.clientWidth+0.5&&ox!='auto'&&ox!='scroll'))"
                + "out.push('overflow:'+cap);"
                + "t.querySelectorAll('td:not(.prose),th').forEach(function(c){var lh=parseFloat(getComputedStyle(c).lineHeight)||20;"
                + "var r=document.createRange();r.selectNodeContents(c);if(r.getClientRects().length>1&&r.getBoundingClientRect().height>1.6*lh)"
                + "out.push('wrapped:'+cap+':'+c.textContent);});});"
                + "document.querySelectorAll('svg.network').forEach(function(s){var b=[];"
                + "s.querySelectorAll('g.labels text').forEach(function(t){var r=t.getBBox();labels++;"
                + "b.forEach(function(q){if(r.x<q.r.x+q.r.width-0.5&&q.r.x<r.x+r.width-0.5&&r.y<q.r.y+q.r.height-0.5&&q.r.y<r.y+r.height-0.5)"
                + "out.push('overlap:'+s.id+':'+q.t+'/'+t.textContent);});b.push({r:r,t:t.textContent});});});"
                + "document.body.setAttribute('data-layout','tables='+n+' labels='+labels+(out.length?' '+out.join(' | '):''));"
                + "})();</script></body>";
        Path copy = page.resolveSibling(page.getFileName().toString().replace(".html", "-layout.html"));
        Files.writeString(copy, Files.readString(page).replace("</body>", probe));
        List<String> args = new ArrayList<>(List.of("--dump-dom", "--virtual-time-budget=5000", "--window-size=1400,2400"));
        args.addAll(List.of(extra));
        return run(copy, args.toArray(String[]::new));
    }

    /** The {@code data-layout} text the probe of {@link #layout} wrote. */
    static String layoutFindings(Result r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-layout=\"([^\"]*)\"").matcher(r.out());
        assertThat(m.find()).as("the layout probe ran: " + r.err()).isTrue();
        return m.group(1).replace("&amp;", "&").replace("&gt;", ">").replace("&lt;", "<");
    }

    @Test
    void atFourteenHundredPixelsEveryTableFitsItsFrameAndNoLabelsOverlap() throws Exception {
        String found = layoutFindings(layout(page));
        assertThat(found).matches("tables=\\d+ labels=\\d+").doesNotContain("tables=0").doesNotContain("labels=0");
    }

    @Test
    void theScriptRunsAndTheNetworkAndTablesAreShown() throws Exception {
        Result r = run("--dump-dom");
        assertThat(r.code()).as(r.err()).isZero();
        String dom = r.out();
        assertThat(dom).as("the sort script ran to its end").contains("<body data-ready=\"1\">");
        assertThat(dom).as("the script made headers sortable").contains("aria-sort=\"none\"").contains("tabindex=\"0\"");
        assertThat(dom).contains("class=\"network\"").contains("rare-earths: countries by UN region");
        assertThat(dom).contains("<table class=\"sortable\">").contains("Top exporters").contains("Myanmar");
        assertThat(dom.split("class=\"node\"", -1).length - 1).isGreaterThanOrEqualTo(117);
        assertThat(r.err()).as("no script error in the console").doesNotContain("Uncaught").doesNotContain("SyntaxError");
    }

    @Test
    void clickingAHeaderSortsByValueThenReverses() throws Exception {
        // A copy of the page with a probe that clicks the "exports" header of the last table twice.
        String probe = "<script>var t=document.querySelectorAll('table.sortable'); t=t[t.length-1];"
                + "var h=t.tHead.rows[0].cells[3]; h.click(); var a=t.tBodies[0].rows[0].cells[1].textContent;"
                + "h.click(); var b=t.tBodies[0].rows[0].cells[1].textContent;"
                + "document.body.setAttribute('data-probe', a + '|' + b + '|' + h.getAttribute('aria-sort'));</script></body>";
        Path copy = DIR.resolve("rare-earths-probe.html");
        Files.writeString(copy, Files.readString(page).replace("</body>", probe));
        Result r = run(copy, "--dump-dom");
        assertThat(r.code()).as(r.err()).isZero();
        // Largest exporter first (Myanmar, USD 790 M), then the smallest (a country with no exports).
        assertThat(r.out()).containsPattern("data-probe=\"Myanmar\\|[^|]+\\|ascending\"");
    }

    @Test
    void aScreenshotIsTaken() throws Exception {
        Path png = DIR.resolve("rare-earths.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Result r = run("--screenshot=" + png, "--window-size=1300,2400");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(50_000);
    }
}
