package org.tradenet.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of text cells rendered as aligned text, Markdown or CSV. Numeric-looking columns
 * are right-aligned. CSV cells are quoted as RFC 4180 requires, and a cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is
 * prefixed with a single quote unless it is a plain number (and so is a cell whose leading
 * quotes stand before such a character; tradenet's readers drop that one quote).
 */
public final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * An empty table with these columns.
     *
     * @param header the column names
     */
    public Table(List<String> header) {
        this.header = List.copyOf(header);
    }

    /**
     * An empty table with these columns.
     *
     * @param header the column names
     */
    public Table(String... header) {
        this(List.of(header));
    }

    /**
     * Adds a row; it must have one cell per column.
     *
     * @param cells the cells, one per column
     * @return this table
     */
    public Table row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, the table " + header.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /**
     * Adds a row; it must have one cell per column.
     *
     * @param cells the cells, one per column
     * @return this table
     */
    public Table row(String... cells) {
        return row(List.of(cells));
    }

    /**
     * Number of rows.
     *
     * @return the number of rows, header not counted
     */
    public int size() {
        return rows.size();
    }

    /**
     * The column names (unmodifiable).
     *
     * @return the column names
     */
    public List<String> header() {
        return header;
    }

    /**
     * The rows, each an unmodifiable list of cells, in insertion order (unmodifiable).
     *
     * @return the rows
     */
    public List<List<String>> rows() {
        return java.util.Collections.unmodifiableList(rows);
    }

    private boolean numeric(int c) {
        boolean any = false;
        for (List<String> r : rows) {
            String s = r.get(c).trim();
            if (s.isEmpty() || s.equals("-")) {
                continue;
            }
            if (!s.matches("[-+]?[0-9.,]+(e[-+]?[0-9]+)?%?|[-+]?[0-9.,]+ ?[kMbn%]*")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Aligned plain text, columns separated by two spaces, a rule under the header.
     *
     * @return the table as text
     */
    public String toText() {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = ControlCharacters.visible(header.get(c)).length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], ControlCharacters.visible(r.get(c)).length());
            }
        }
        boolean[] right = new boolean[width.length];
        for (int c = 0; c < width.length; c++) {
            right[c] = numeric(c);
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width, right);
        for (int c = 0; c < width.length; c++) {
            sb.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        sb.append('\n');
        for (List<String> r : rows) {
            line(sb, r, width, right);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width, boolean[] right) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            String s = ControlCharacters.visible(cells.get(c));
            String pad = " ".repeat(width[c] - s.length());
            l.append(c == 0 ? "" : "  ").append(right[c] ? pad + s : s + pad);
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    /**
     * A GitHub-flavoured Markdown table; pipes and line breaks in cells are escaped.
     *
     * @return the table as Markdown
     */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("|");
        for (String h : header) {
            sb.append(' ').append(md(h)).append(" |");
        }
        sb.append("\n|");
        for (int c = 0; c < header.size(); c++) {
            sb.append(numeric(c) ? "---:|" : "---|");
        }
        sb.append('\n');
        for (List<String> r : rows) {
            sb.append('|');
            for (String s : r) {
                sb.append(' ').append(md(s)).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String md(String s) {
        return ControlCharacters.visible(s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
                .replace("<", "&lt;").replace(">", "&gt;"));
    }

    /**
     * CSV with a header row.
     *
     * @return the table as CSV, header row first
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        csvLine(sb, header);
        for (List<String> r : rows) {
            csvLine(sb, r);
        }
        return sb.toString();
    }

    private static void csvLine(StringBuilder sb, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                sb.append(',');
            }
            sb.append(csvCell(cells.get(c)));
        }
        sb.append('\n');
    }

    /**
     * One CSV cell, quoted where needed and defused against formula injection.
     *
     * @param raw the cell's text
     * @return the text as a CSV cell
     */
    public static String csvCell(String raw) {
        String s = raw;
        // Quotes already leading a formula character get one more too, so that tradenet's readers,
        // which drop one quote before (quotes and) a formula character, read back what was written.
        int q = 0;
        while (q < s.length() && s.charAt(q) == '\'') {
            q++;
        }
        if (q < s.length() && "=+-@\t\r".indexOf(s.charAt(q)) >= 0 && !s.matches("[-+]?[0-9.]+(e[-+]?[0-9]+)?")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
