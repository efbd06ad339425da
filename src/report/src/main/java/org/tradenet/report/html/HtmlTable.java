package org.tradenet.report.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tradenet.report.Table;

/**
 * A {@link Table} as a sortable HTML table. A column whose every non-empty cell reads as a
 * number in the way {@link org.tradenet.report.Numbers} writes them ({@code 12,345},
 * {@code 3.37 bn}, {@code 790.4 M}, {@code 43.2%}, {@code +1.5%}, {@code 1,234.5 t},
 * {@code USD 2.1 bn}; {@code -} for none) is numeric: it is right-aligned, its header is
 * marked {@code data-type="num"} and each cell carries its value in {@code data-v}, so the
 * page's script sorts by value and not by text. Every cell is escaped.
 */
public final class HtmlTable {

    private static final Pattern NUMBER = Pattern.compile(
            "(?:USD\\s*)?([-+\u2212]?[0-9][0-9,]*(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*(bn|M|k|%|t)?");

    private HtmlTable() {
    }

    /**
     * The number a cell shows, in its own unit (3.37 bn is 3.37e9, 43.2% is 43.2), or NaN
     * when the cell is not a number.
     *
     * @param cell a cell's text as a report shows it
     * @return the number, or NaN
     */
    public static double value(String cell) {
        Matcher m = NUMBER.matcher(cell.trim());
        if (!m.matches()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1).replace(",", "").replace('\u2212', '-'));
        String unit = m.group(2);
        if (unit == null) {
            return v;
        }
        return switch (unit) {
            case "bn" -> v * 1e9;
            case "M" -> v * 1e6;
            case "k" -> v * 1e3;
            default -> v;
        };
    }

    /**
     * Cells longer than this (characters) make their column prose: it wraps within a minimum
     * width, while every other cell stays on one line, so rows keep no empty gaps.
     */
    static final int PROSE = 40;

    /**
     * The table as HTML: a {@code table.sortable} inside a wrapper that scrolls it on its own,
     * with the header row and the first column sticky (report.css); columns holding a cell
     * longer than {@link #PROSE} characters are marked {@code prose} and wrap.
     *
     * @param caption what the table shows, with units
     * @param t the rows and columns
     * @return the table as HTML
     */
    public static String render(String caption, Table t) {
        List<String> header = t.header();
        List<List<String>> rows = t.rows();
        boolean[] numeric = new boolean[header.size()];
        for (int c = 0; c < header.size(); c++) {
            boolean any = false;
            boolean all = true;
            for (List<String> r : rows) {
                String s = r.get(c).trim();
                if (s.isEmpty() || s.equals("-")) {
                    continue;
                }
                if (Double.isNaN(value(s))) {
                    all = false;
                    break;
                }
                any = true;
            }
            numeric[c] = any && all;
        }
        boolean[] prose = new boolean[header.size()];
        for (List<String> r : rows) {
            for (int c = 0; c < r.size(); c++) {
                prose[c] |= !numeric[c] && r.get(c).length() > PROSE;
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<div class=\"table-wrap\"><table class=\"sortable\">");
        if (caption != null && !caption.isEmpty()) {
            sb.append("<caption>").append(Html.text(caption)).append("</caption>");
        }
        sb.append("\n<thead><tr>");
        for (int c = 0; c < header.size(); c++) {
            sb.append(numeric[c] ? "<th class=\"num\" data-type=\"num\" scope=\"col\">" : "<th scope=\"col\">")
                    .append(Html.text(header.get(c))).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            sb.append("<tr>");
            for (int c = 0; c < r.size(); c++) {
                String cell = r.get(c);
                if (numeric[c]) {
                    double v = value(cell);
                    sb.append("<td class=\"num\"");
                    if (!Double.isNaN(v)) {
                        sb.append(" data-v=\"").append(String.format(Locale.ROOT, "%.10g", v)).append('"');
                    }
                    sb.append('>');
                } else {
                    sb.append(prose[c] ? "<td class=\"prose\">" : "<td>");
                }
                sb.append(Html.text(cell)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table></div>\n");
        return sb.toString();
    }
}
