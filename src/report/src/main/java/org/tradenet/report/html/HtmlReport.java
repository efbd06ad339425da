package org.tradenet.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tradenet.report.AtomicFiles;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;

/**
 * A self-contained HTML report: one file with its style sheet and its one small script
 * inline, figures as inline SVG, no external resource of any kind (a Content-Security-Policy
 * forbids loading any), so it works offline and can be mailed as is.
 *
 * <p>Anatomy: a header (title, data and its sources, parameters such as seed, model form,
 * direction and weight meaning, notes), a table of contents, then sections holding
 * paragraphs, sortable tables ({@link HtmlTable}), figures (an SVG from {@link
 * NetworkDrawing} or {@link Charts}) and pairs of figures side by side (before and after).
 * The script makes the tables sortable and marks {@code <body data-ready="1">} when it has
 * run, which the browser test checks.
 *
 * <p>Text from data is escaped; SVG given to {@link #figure} is inserted as is and must come
 * from this package's renderers, which escape their own text. Deterministic: no time stamp.
 * A builder: not thread-safe, used once.
 */
public final class HtmlReport {

    private final ReportHeader header;
    private final List<String> sections = new ArrayList<>();
    private final List<String> anchors = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();
    private String footer = "Made with tradenet. All figures are computed from the data named above.";

    private HtmlReport(ReportHeader header) {
        this.header = header;
    }

    /**
     * A report that starts with {@code header}.
     *
     * @param header data, parameters and seed, shown at the top of the page
     * @return an empty report to add sections to
     */
    public static HtmlReport of(ReportHeader header) {
        return new HtmlReport(header);
    }

    /**
     * Starts a section (a level-2 heading listed in the table of contents).
     *
     * @param title the section heading
     * @return this report
     */
    public HtmlReport section(String title) {
        String anchor = "s" + (sections.size() + 1);
        sections.add(title);
        anchors.add(anchor);
        body.append("<h2 id=\"").append(anchor).append("\">").append(Html.text(title)).append("</h2>\n");
        return this;
    }

    /**
     * A sub-heading inside the current section.
     *
     * @param title the sub-heading
     * @return this report
     */
    public HtmlReport heading(String title) {
        body.append("<h3>").append(Html.text(title)).append("</h3>\n");
        return this;
    }

    /**
     * A paragraph of plain text.
     *
     * @param text the paragraph, escaped on rendering
     * @return this report
     */
    public HtmlReport paragraph(String text) {
        body.append("<p>").append(Html.text(text)).append("</p>\n");
        return this;
    }

    /**
     * A paragraph of plain text ending in a link to a file beside the page. The target must be
     * a relative file name (letters, digits, {@code . _ -}, folders separated by {@code /}, no
     * {@code ..}): nothing is fetched, and the link keeps working wherever the folder is copied.
     *
     * @param text     the text before the link
     * @param href     the relative file name, e.g. {@code chain.html}
     * @param linkText the link's text
     * @return this report
     * @throws IllegalArgumentException when {@code href} is not such a relative file name
     */
    public HtmlReport paragraphWithLink(String text, String href, String linkText) {
        if (!href.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*") || href.contains("..")) {
            throw new IllegalArgumentException("a link must name a file beside the page, was " + href);
        }
        body.append("<p>").append(Html.text(text)).append(" <a href=\"").append(Html.attr(href)).append("\">")
                .append(Html.text(linkText)).append("</a></p>\n");
        return this;
    }

    /**
     * A paragraph set apart as a warning (e.g. a structure that is not significant), marked for screen readers.
     *
     * @param text the warning, escaped on rendering
     * @return this report
     */
    public HtmlReport warning(String text) {
        body.append("<p class=\"warning\" role=\"alert\"><strong>Warning:</strong> ").append(Html.text(text)).append("</p>\n");
        return this;
    }

    /**
     * A sortable table with a caption.
     *
     * @param caption what the table shows, with units
     * @param table the rows and columns
     * @return this report
     */
    public HtmlReport table(String caption, Table table) {
        body.append(HtmlTable.render(caption, table));
        return this;
    }

    /**
     * A figure: an SVG from {@link NetworkDrawing} or {@link Charts}, and a caption.
     *
     * @param svg the figure's SVG markup, inserted as is
     * @param caption what the figure shows, with units
     * @return this report
     */
    public HtmlReport figure(String svg, String caption) {
        body.append("<figure>\n").append(checkSvg(svg));
        if (caption != null && !caption.isEmpty()) {
            body.append("<figcaption>").append(Html.text(caption)).append("</figcaption>\n");
        }
        body.append("</figure>\n");
        return this;
    }

    /**
     * Two figures side by side (one above the other on narrow screens), with one caption.
     *
     * @param left SVG markup of the first figure
     * @param right SVG markup of the second figure
     * @param caption what the two figures show
     * @return this report
     */
    public HtmlReport pair(String left, String right, String caption) {
        body.append("<figure>\n<div class=\"pair\">\n<div>").append(checkSvg(left)).append("</div>\n<div>")
                .append(checkSvg(right)).append("</div>\n</div>\n");
        if (caption != null && !caption.isEmpty()) {
            body.append("<figcaption>").append(Html.text(caption)).append("</figcaption>\n");
        }
        body.append("</figure>\n");
        return this;
    }

    /**
     * Replaces the footer line.
     *
     * @param text the new footer line
     * @return this report
     */
    public HtmlReport footer(String text) {
        this.footer = text;
        return this;
    }

    private static String checkSvg(String svg) {
        String s = svg.strip();
        if (!s.startsWith("<svg") || !s.endsWith("</svg>")) {
            throw new IllegalArgumentException("a figure must be one <svg> element");
        }
        return s + "\n";
    }

    /**
     * The whole page.
     *
     * @return a self-contained HTML document (styles and scripts inline)
     */
    public String render() {
        StringBuilder sb = new StringBuilder(body.length() + 16 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                        + "script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"generator\" content=\"tradenet\">\n")
                .append("<title>").append(Html.text(header.title())).append("</title>\n")
                .append("<style>\n").append(resource("report.css")).append("</style>\n</head>\n<body>\n<main>\n");
        sb.append("<header class=\"report\">\n<h1>").append(Html.text(header.title())).append("</h1>\n");
        sb.append("<p class=\"data\"><strong>Data:</strong> ").append(Html.text(header.data())).append("</p>\n");
        if (!header.parameters().isEmpty()) {
            sb.append("<dl class=\"parameters\">\n");
            header.parameters().forEach((k, v) -> sb.append("<dt>").append(Html.text(k)).append("</dt><dd>").append(Html.text(v))
                    .append("</dd>\n"));
            sb.append("</dl>\n");
        }
        if (!header.notes().isEmpty()) {
            sb.append("<ul class=\"notes\">\n");
            for (String n : header.notes()) {
                sb.append("<li>").append(Html.text(n)).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        if (!sections.isEmpty()) {
            sb.append("<nav class=\"toc\" aria-label=\"Contents\">");
            for (int i = 0; i < sections.size(); i++) {
                sb.append("<a href=\"#").append(anchors.get(i)).append("\">").append(Html.text(sections.get(i))).append("</a>");
            }
            sb.append("</nav>\n");
        }
        sb.append("</header>\n").append(body);
        sb.append("<footer>").append(Html.text(footer)).append("</footer>\n</main>\n");
        sb.append("<script>\n").append(resource("sort.js")).append("</script>\n</body>\n</html>\n");
        return sb.toString();
    }

    /**
     * Writes the page to {@code target}, whole or not at all.
     *
     * @param target the HTML file to write
     * @throws IOException when the file cannot be written
     */
    public void write(Path target) throws IOException {
        AtomicFiles.writeString(target, render());
    }

    static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
