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
