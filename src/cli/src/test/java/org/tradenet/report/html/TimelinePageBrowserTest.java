package org.tradenet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tradenet.cli.Main;

/** timeline.html of the magnet trade, rendered in headless Chromium as a user would open it. */
@Tag("slow")
class TimelinePageBrowserTest {

    @Test
    void theTimelinePageLoadsAndShowsChartsDrawingsAndTables() throws Exception {
        Path dir = Path.of("target", "timeline-report");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"timeline", "--out", dir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        Path page = dir.resolve("timeline.html");
        assertThat(Files.readString(page)).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<link ");
        BrowserRenderTest.Result r = BrowserRenderTest.run(page, "--dump-dom", "--virtual-time-budget=5000");
        assertThat(r.code()).as(r.err()).isZero();
        String dom = r.out();
        assertThat(dom).contains("data-ready=\"1\"").doesNotContain("Uncaught");
        assertThat(r.err()).doesNotContain("Uncaught");
        // The first and last year drawn side by side, line charts over the years, sortable tables.
        assertThat(dom.split("class=\"network\"", -1).length - 1).isEqualTo(2);
        assertThat(dom.split("<svg", -1).length - 1).isGreaterThanOrEqualTo(6);
        assertThat(dom.split("<table class=\"sortable\">", -1).length - 1).isGreaterThanOrEqualTo(2);
        assertThat(dom).contains("TRIMMED").contains("2002").contains("2024");
        String found = BrowserRenderTest.layoutFindings(BrowserRenderTest.layout(page));
        assertThat(found).as("tables, labels").matches("tables=\\d+ labels=\\d+").doesNotContain("labels=0");
    }
}
