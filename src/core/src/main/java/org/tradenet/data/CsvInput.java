package org.tradenet.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A comma-separated file read row by row with its header, line numbers and strict field
 * counts: the shared machinery of the CSV readers. Quoted fields may hold commas and line
 * breaks (RFC 4180). Streams: one row in memory at a time.
 */
final class CsvInput implements Closeable {

    private final String file;
    private final DataSource source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final List<String> header;
    private static final int TEXT_CHECK_ROWS = 1000;
    private CSVRecord current;
    private long currentLine;
    private int rowsChecked;

    private final PhysicalLines lines;
    private long headerLine = 1;

    private CsvInput(DataSource source, CSVParser parser, PhysicalLines lines, Iterator<CSVRecord> rows, List<String> header) {
        this.file = source.name();
        this.lines = lines;
        this.source = source;
        this.parser = parser;
        this.rows = rows;
        this.header = header;
    }

    /**
     * Opens {@code source} and reads its header.
     *
     * @throws DataFormatException for an empty file, binary content, or a header that is not
     *                             comma-separated
     */
    static CsvInput open(DataSource source) throws IOException {
        String name = source.name();
        PhysicalLines reader;
        CSVParser parser;
        try {
            reader = new PhysicalLines(source.openReader(), name);
            parser = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build());
        } catch (CharacterCodingException e) {
            throw notUtf8(source);
        }
        Iterator<CSVRecord> it = parser.iterator();
        CSVRecord head;
        try {
            if (!it.hasNext()) {
                parser.close();
                throw new DataFormatException(name, 0, "", "the file is empty: expected a header line");
            }
            head = it.next();
            while (blank(head)) {
                // Blank lines are skipped here, not by the parser, so that every record keeps its physical line.
                if (!it.hasNext()) {
                    parser.close();
                    throw new DataFormatException(name, 0, "", "the file is empty: expected a header line");
                }
                head = it.next();
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            parser.close();
            throw translate(source, 1, e);
        }
        List<String> header = new ArrayList<>();
        for (String h : head) {
            header.add(undefuse(h).trim());
        }
        long line = reader.lineAt(head.getCharacterPosition());
        checkTextual(name, line, header);
        if (header.size() == 1) {
            String only = header.get(0);
            for (char d : new char[] {';', '\t', '|'}) {
                if (only.indexOf(d) >= 0) {
                    parser.close();
                    throw new DataFormatException(name, line, "", "the header '" + abbreviate(only)
                            + "' is one column: the file is separated by '" + (d == '\t' ? "\\t" : String.valueOf(d))
                            + "', tradenet reads comma-separated files");
                }
            }
        }
        CsvInput opened = new CsvInput(source, parser, reader, it, List.copyOf(header));
        opened.headerLine = line;
        return opened;
    }

    private static void checkTextual(String name, long line, List<String> fields) {
        for (String f : fields) {
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFD') {
                    throw new DataFormatException(name, line, "", "contains control characters: not a text (CSV) file");
                }
            }
        }
    }

    /**
     * Malformed UTF-8, reported on the line of its first bad byte. The decoder reads ahead of
     * the parser, so the parser's line is not the place; the source is scanned again to find it.
     */
    private static DataFormatException notUtf8(DataSource source) {
        long line;
        try {
            line = source.firstMalformedLine();
        } catch (IOException e) {
            line = 0;
        }
        return new DataFormatException(source.name(), line, "", "is not UTF-8 text (binary content, or another encoding such as Latin-1?)");
    }

    /** Commons CSV's own physical line in its message: "at line: N" or "(startline N)". */
    private static final Pattern PARSER_LINE = Pattern.compile("(?:at line: |\\(startline )([\\d,]+)");

    /**
     * {@return the physical line the parser names in its message, else {@code fallback}} The
     * parser counts every line break it consumed, comment and blank lines included, so its line
     * is right where a count of records before the failing one is not (a row after a comment).
     */
    static long parserLine(String message, long fallback) {
        Matcher m = PARSER_LINE.matcher(message);
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : fallback;
    }

    static DataFormatException translate(DataSource source, long line, RuntimeException e) {
        String file = source.name();
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return notUtf8(source);
        }
        String msg = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        long at = parserLine(msg, line);
        if (msg.contains("EOF reached before encapsulated token finished")) {
            msg = "a quoted field is never closed";
        } else if (msg.toLowerCase(Locale.ROOT).contains("invalid char")) {
            msg = "a quote closes a field in the middle of its text";
        }
        return new DataFormatException(file, at, "", "malformed CSV: " + msg.replaceAll("\\s+", " "));
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** The physical line of the header (after any blank lines). */
    long headerLine() {
        return headerLine;
    }

    String file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    /**
     * Index of the header column matching the first of the names that the header has
     * (case-insensitive), or -1.
     *
     * @throws DataFormatException when that name heads two columns: which one holds the data
     *                             cannot be told
     */
    int column(String... names) {
        for (String n : names) {
            int found = -1;
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).toLowerCase(Locale.ROOT).equals(n)) {
                    if (found >= 0) {
                        throw new DataFormatException(file, headerLine, header.get(i), "the header names this column twice (columns "
                                + (found + 1) + " and " + (i + 1) + "): which one to read cannot be told");
                    }
                    found = i;
                }
            }
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }

    /** Advances to the next row; false at the end. A row with the wrong number of fields is an error. */
    boolean next() {
        do {
            // The parser has consumed the line ends of the rows before: the next row starts on the line after.
            long before = parser.getCurrentLineNumber();
            try {
                if (!rows.hasNext()) {
                    return false;
                }
                current = rows.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw translate(source, before + 1, e);
            }
        } while (blank(current));
        currentLine = CsvTable.lineOf(lines, current);
        if (++rowsChecked <= TEXT_CHECK_ROWS) {
            // Binary content shows within the first rows (and malformed UTF-8 anywhere is caught by the decoder).
            checkTextual(file, currentLine, current.toList());
        }
        if (current.size() != header.size()) {
            throw new RowException("", "expected " + header.size() + " fields as in the header, found " + current.size());
        }
        return true;
    }

    /** An empty line (which the parser gives as a record of one empty field). */
    private static boolean blank(CSVRecord r) {
        return r.size() == 1 && r.get(0).isEmpty();
    }

    /** The 1-based physical line on which the current row starts. */
    long line() {
        return currentLine;
    }

    /**
     * The physical line on which the current row's field {@code field} (a header name) starts:
     * later than {@link #line()} after a quoted field holding line breaks; the row's line for
     * {@code ""} or a name the header lacks.
     */
    long lineOf(String field) {
        int k = field.isEmpty() || current == null ? -1 : header.indexOf(field);
        return k < 0 ? currentLine : CsvTable.lineOfField(currentLine, current.toList(), k);
    }

    /** The raw text of a field of the current row, trimmed (and {@linkplain #undefuse undefused}). */
    String get(int column) {
        return undefuse(current.get(column)).trim();
    }

    /** Undoes the formula defusing of tradenet's own CSV output (see {@link SpreadsheetFormulas}). */
    static String undefuse(String s) {
        return SpreadsheetFormulas.undefuse(s);
    }

    /** The header name of a column. */
    String name(int column) {
        return header.get(column);
    }

    /** A required, non-empty text field. */
    String text(int column) {
        String s = get(column);
        if (s.isEmpty()) {
            throw new RowException(name(column), "is empty");
        }
        return s;
    }

    /**
     * A required non-negative finite number, times {@code scale}, at most {@code max}.
     */
    double amount(int column, double scale, double max, String unit) {
        String s = text(column);
        double v = number(column, s);
        if (v < 0) {
            throw new RowException(name(column), "is negative (" + s + ")");
        }
        double scaled = v * scale;
        if (scaled > max) {
            throw new RowException(name(column), "is " + s + ", more than " + String.format(Locale.ROOT, "%.0e", max)
                    + " " + unit + ": not a plausible trade flow");
        }
        return scaled;
    }

    /** An optional amount: NaN when empty or NA. */
    double optionalAmount(int column, double scale, double max, String unit) {
        if (column < 0) {
            return Double.NaN;
        }
        String s = get(column);
        if (s.isEmpty() || s.equalsIgnoreCase("NA")) {
            return Double.NaN;
        }
        return amount(column, scale, max, unit);
    }

    /** A required integer field. */
    int integer(int column) {
        String s = text(column);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new RowException(name(column), "'" + abbreviate(s) + "' is not a whole number");
        }
    }

    private double number(int column, String s) {
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new RowException(name(column), "'" + abbreviate(s) + "' is not a number");
        }
        if (!Double.isNaN(v) && !Double.isInfinite(v) && !isDecimal(s)) {
            // Java also reads 10d, 10f and hexadecimal 0x1p3: not numbers in a data file.
            throw new RowException(name(column), "'" + abbreviate(s) + "' is not a number");
        }
        if (Double.isNaN(v)) {
            throw new RowException(name(column), "is NaN");
        }
        if (Double.isInfinite(v)) {
            throw new RowException(name(column), "is infinite (" + abbreviate(s) + ")");
        }
        return v;
    }

    /**
     * True for a decimal number as data files write it: {@code [-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?}
     * (sign, digits, point, exponent). A scan of the characters, not a regular expression: it
     * runs for every number of a file. O(length).
     */
    static boolean isDecimal(String s) {
        int n = s.length();
        int k = 0;
        if (k < n && (s.charAt(k) == '-' || s.charAt(k) == '+')) {
            k++;
        }
        int intDigits = 0;
        while (k < n && isDigit(s.charAt(k))) {
            k++;
            intDigits++;
        }
        int fracDigits = 0;
        if (k < n && s.charAt(k) == '.') {
            k++;
            while (k < n && isDigit(s.charAt(k))) {
                k++;
                fracDigits++;
            }
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        if (k < n && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
            k++;
            if (k < n && (s.charAt(k) == '-' || s.charAt(k) == '+')) {
                k++;
            }
            int expDigits = 0;
            while (k < n && isDigit(s.charAt(k))) {
                k++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return k == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** A problem with one row: unchecked so that row parsing reads straight; readers catch it. */
    static final class RowException extends RuntimeException {
        final String field;

        RowException(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }
}
