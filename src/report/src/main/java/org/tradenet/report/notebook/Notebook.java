package org.tradenet.report.notebook;

import org.tradenet.report.Markdown;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.tradenet.report.Table;

/**
 * What a notebook cell calls to show a figure or a table. Under {@code tradenet notebooks}
 * the figure becomes a {@code display_data} output of the cell (an SVG image, or a Markdown
 * table), placed among the cell's printed text in the order it was shown. Outside a notebook
 * run (plain {@code jshell}) the SVG or the table's text is simply printed.
 *
 * <pre>{@code
 * Notebook.show(NetworkDrawing.svg("net", "by region", net, layout, Grouping.byRegion(net)));
 * Notebook.show(SummaryReport.tables(summary).get("Top exporters"));
 * }</pre>
 *
 * <p>How it travels: the notebook runner captures standard output; {@code show} writes the
 * figure there as one marked record (a line starting with the ASCII record separator, the
 * media type, and the content in Base64) that the runner takes out again. This works
 * whichever class loader runs the cell.
 */
public final class Notebook {

    /** Set (to "1") while a notebook runs; the runner sets and clears it. */
    static final String ACTIVE = "tradenet.notebook.active";
    /** Starts a display record on standard output. */
    static final char MARK = '\u001E';

    private Notebook() {
    }

    /**
     * Shows an SVG figure (from {@code NetworkDrawing} or {@code Charts}).
     *
     * @param svg SVG markup
     */
    public static void show(String svg) {
        if (!svg.strip().startsWith("<svg")) {
            throw new IllegalArgumentException("Notebook.show(String) takes an SVG element");
        }
        display("image/svg+xml", svg.strip() + "\n", svg);
    }

    /**
     * Shows a table (a Markdown table in the notebook, aligned text outside one).
     *
     * @param table the table
     */
    public static void show(Table table) {
        display("text/markdown", table.toMarkdown(), table.toText());
    }

    private static void display(String mime, String content, String plain) {
        if (!"1".equals(System.getProperty(ACTIVE))) {
            System.out.print(plain.endsWith("\n") ? plain : plain + "\n");
            System.out.flush();
            return;
        }
        System.out.print(MARK + mime + " " + Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)) + "\n");
        System.out.flush();
    }
}
