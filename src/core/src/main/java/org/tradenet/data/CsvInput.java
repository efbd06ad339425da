package org.tradenet.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
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
 *
 * <p>Two scanners share the work. Lines without a quote character are split at their commas
 * by a scanner of this class, over a buffer of characters, with no object per row; the fields
 * are slices of that buffer, turned into strings only when asked. From the first line that
 * holds a quote on, the rest of the file goes through Commons CSV's RFC 4180 parser, so that
 * quoting follows the one parser it always did. Both give the same rows: an unquoted line is
 * its fields between commas, an empty line is skipped, a line ends at LF, CRLF or a lone CR
 * (tested against each other in {@code CsvInputDifferentialTest}). A line longer than
 * {@link PhysicalLines#MAX_ROW_CHARS} also goes to the general path, which refuses it.
 */
final class CsvInput implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();
    private static final int TEXT_CHECK_ROWS = 1000;

    private final String file;
    private final DataSource source;
    private final Reader text;
    private List<String> header;
    private int rowsChecked;
    private long headerLine = 1;

    /* The quick scanner: unread characters buf[pos, limit); the line at pos is line nextLine. */
    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long nextLine = 1;

    /* The general path, from the first line with a quote on (null before). */
    private CSVParser parser;
    private Iterator<CSVRecord> rows;
    private PhysicalLines lines;
    /** Physical lines before the general path's first line. */
    private long lineBase;

    /* The current row: field f is row[starts[f], ends[f]) (a slice of buf, or a copy of a parsed record). */
    private char[] row;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int size;
    private long currentLine;

    private CsvInput(DataSource source, Reader text) {
        this.file = source.name();
        this.source = source;
        this.text = text;
    }

    /**
     * Opens {@code source} and reads its header.
     *
     * @throws DataFormatException for an empty file, binary content, or a header that is not
     *                             comma-separated
     */
    static CsvInput open(DataSource source) throws IOException {
        return open(source, true);
    }

    /**
     * As {@link #open(DataSource)}; with {@code quick} false every line goes through Commons
     * CSV (the reference the quick scanner is tested against).
     */
    static CsvInput open(DataSource source, boolean quick) throws IOException {
        String name = source.name();
        CsvInput in;
        try {
            in = new CsvInput(source, source.openReader());
        } catch (CharacterCodingException e) {
            throw notUtf8(source);
        }
        try {
            if (!quick) {
                in.startGeneralPath();
            }
            in.readHeader();
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
        List<String> header = in.header;
        long line = in.headerLine;
        checkTextual(name, line, header);
        if (header.size() == 1) {
            String only = header.get(0);
            for (char d : new char[] {';', '\t', '|'}) {
                if (only.indexOf(d) >= 0) {
                    in.close();
                    throw new DataFormatException(name, line, "", "the header '" + abbreviate(only)
                            + "' is one column: the file is separated by '" + (d == '\t' ? "\\t" : String.valueOf(d))
                            + "', tradenet reads comma-separated files");
                }
            }
        }
        return in;
    }

    private void readHeader() {
        if (!advance()) {
            throw new DataFormatException(file, 0, "", "the file is empty: expected a header line");
        }
        List<String> names = new ArrayList<>(size);
        for (int f = 0; f < size; f++) {
            names.add(undefuse(new String(row, starts[f], ends[f] - starts[f])).trim());
        }
        header = List.copyOf(names);
        headerLine = currentLine;
    }

    /**
     * Moves to the next non-blank row, by the quick scanner while lines have no quote, else by
     * the general parser; false at the end of the file. Sets the row's fields and line.
     */
    private boolean advance() {
        // A malformed record is reported on the first line this call reads (after the previous row), as Commons CSV counts.
        long firstLine = parser == null ? nextLine : lineBase + parser.getCurrentLineNumber() + 1;
        try {
            return advanceFrom();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw translate(source, header == null ? 1 : firstLine, parser == null ? -1 : lineBase, e);
        }
    }

    private boolean advanceFrom() {
        while (parser == null) {
            int status = scanLine();
            if (status == LINE) {
                return true;
            } else if (status == END) {
                return false;
            } else if (status == GENERAL) {
                startGeneralPath();
            }
        }
        if (!rows.hasNext()) {
            return false;
        }
        CSVRecord r = rows.next();
        while (r.size() == 1 && r.get(0).isEmpty()) {
            // Blank lines are skipped here, not by the parser, so that every record keeps its physical line.
            if (!rows.hasNext()) {
                return false;
            }
            r = rows.next();
        }
        currentLine = lines.lineAt(r.getCharacterPosition());
        copy(r);
        return true;
    }

    private static final int LINE = 0;
    private static final int BLANK = 1;
    private static final int END = 2;
    private static final int GENERAL = 3;

    /**
     * Scans the line at {@code pos}: LINE (its fields set, {@code pos} past its end), BLANK (an
     * empty line, passed), END, or GENERAL (the line holds a quote or is too long for the quick
     * scanner; {@code pos} stays at its start). O(length of the line).
     */
    private int scanLine() {
        int from = pos;
        while (true) {
            int end = -1;
            boolean quote = false;
            for (int i = from; i < limit; i++) {
                char c = buf[i];
                if (c == '\n' || c == '\r') {
                    end = i;
                    break;
                }
                if (c == '"') {
                    quote = true;
                }
            }
            if (quote) {
                return GENERAL;
            }
            if (end >= 0 && (buf[end] == '\n' || end + 1 < limit || eof)) {
                return split(end, buf[end] == '\r' && end + 1 < limit && buf[end + 1] == '\n' ? end + 2 : end + 1);
            }
            if (end < 0 && eof) {
                return pos == limit ? END : split(limit, limit);
            }
            if (limit - pos > PhysicalLines.MAX_ROW_CHARS) {
                return GENERAL;
            }
            // The line runs past the buffer (or a CR ends it and an LF may follow): read more.
            from = end >= 0 ? end : limit;
            from -= pos;
            fill();
            from += pos;
        }
    }

    /** Keeps the unread text, moved to the start of the buffer (grown when full), and reads more. */
    private void fill() {
        int kept = limit - pos;
        if (kept == buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, kept);
        }
        pos = 0;
        limit = kept;
        try {
            int n = text.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        } catch (CharacterCodingException e) {
            throw notUtf8(source);
        } catch (IOException e) {
            throw translate(source, nextLine, new UncheckedIOException(e));
        }
    }

    /** Splits the line buf[pos, end) at its commas; {@code next} is where the following line starts. */
    private int split(int end, int next) {
        int start = pos;
        long line = nextLine;
        pos = next;
        nextLine++;
        if (start == end) {
            return BLANK;
        }
        row = buf;
        size = 0;
        int fieldStart = start;
        for (int i = start; i < end; i++) {
            if (buf[i] == ',') {
                addField(fieldStart, i);
                fieldStart = i + 1;
            }
        }
        addField(fieldStart, end);
        currentLine = line;
        return LINE;
    }

    private void addField(int start, int end) {
        if (size == starts.length) {
            starts = java.util.Arrays.copyOf(starts, size * 2);
            ends = java.util.Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    /** Hands the rest of the text, from the line at {@code pos}, to Commons CSV. */
    private void startGeneralPath() {
        try {
            Reader rest = text;
            if (limit > pos) {
                PushbackReader unread = new PushbackReader(text, limit - pos);
                unread.unread(buf, pos, limit - pos);
                rest = unread;
            }
            lines = new PhysicalLines(rest, file, nextLine);
            lineBase = nextLine - 1;
            parser = CSVParser.parse(lines, FORMAT);
        } catch (CharacterCodingException e) {
            throw notUtf8(source);
        } catch (IOException e) {
            throw translate(source, nextLine, new UncheckedIOException(e));
        }
        rows = parser.iterator();
        buf = null;
    }

    /** Copies a parsed record's fields into the row buffer. */
    private void copy(CSVRecord r) {
        int total = 0;
        for (String v : r) {
            total += v.length();
        }
        if (row == null || row.length < total) {
            row = new char[Math.max(total, 256)];
        }
        size = 0;
        int at = 0;
        for (String v : r) {
            v.getChars(0, v.length(), row, at);
            addField(at, at + v.length());
            at += v.length();
        }
    }

    private static void checkTextual(String name, long line, List<String> fields) {
        for (String f : fields) {
            for (int i = 0; i < f.length(); i++) {
                if (!textual(f.charAt(i))) {
                    throw new DataFormatException(name, line, "", "contains control characters: not a text (CSV) file");
                }
            }
        }
    }

    /** False for the control characters (other than tab and line ends) and the replacement character of binary content. */
    private static boolean textual(char c) {
        return !(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFD');
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
        return translate(source, line, -1, e);
    }

    /**
     * A parse failure as a {@link DataFormatException}: on {@code line}, or, when the parser
     * names its own line and read the file from line {@code parserBase + 1} on, on that line
     * (the parser counts comment and blank lines, which a count of rows does not).
     *
     * @param parserBase lines of the file before the parser's first, or -1 when its count is not to be used
     */
    static DataFormatException translate(DataSource source, long line, long parserBase, RuntimeException e) {
        String file = source.name();
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return notUtf8(source);
        }
        String msg = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        long named = parserLine(msg, -1);
        long at = named < 0 || parserBase < 0 ? line : parserBase + named;
        if (msg.contains("EOF reached before encapsulated token finished")) {
            msg = "a quoted field is never closed";
        } else if (msg.toLowerCase(Locale.ROOT).matches("(?s).*invalid char(acter)? between encapsulated token and delimiter.*")) {
            // Commons CSV 1.9 said "invalid char", later versions "Invalid character ... at line: L, position: P"
            // with the parser's own count (not the file's line, which the message already names).
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
        if (!advance()) {
            return false;
        }
        if (++rowsChecked <= TEXT_CHECK_ROWS) {
            // Binary content shows within the first rows (and malformed UTF-8 anywhere is caught by the decoder).
            for (int f = 0; f < size; f++) {
                for (int k = starts[f]; k < ends[f]; k++) {
                    if (!textual(row[k])) {
                        throw new DataFormatException(file, currentLine, "", "contains control characters: not a text (CSV) file");
                    }
                }
            }
        }
        if (size != header.size()) {
            throw new RowException("", "expected " + header.size() + " fields as in the header, found " + size);
        }
        return true;
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
        int k = field.isEmpty() || header == null ? -1 : header.indexOf(field);
        if (k < 0 || k >= size) {
            return currentLine;
        }
        List<String> before = new ArrayList<>(k + 1);
        for (int f = 0; f <= k; f++) {
            before.add(new String(row, starts[f], ends[f] - starts[f]));
        }
        return CsvTable.lineOfField(currentLine, before, k);
    }

    /** The raw text of a field of the current row, trimmed (and {@linkplain #undefuse undefused}). */
    String get(int column) {
        int s = starts[column];
        int e = ends[column];
        if (s < e && row[s] == '\'') {
            return undefuse(new String(row, s, e - s)).trim();
        }
        while (s < e && row[s] <= ' ') {
            s++;
        }
        while (e > s && row[e - 1] <= ' ') {
            e--;
        }
        return new String(row, s, e - s);
    }

    /**
     * The start of a field's trimmed text in {@link #chars()}, or -1 when the field needs
     * {@link #get}'s general treatment (a leading quote, which may be formula defusing).
     * Its end is {@link #trimmedEnd}. With {@link #chars()}, lets a reader look at a field
     * without making a string of it.
     */
    int trimmedStart(int column) {
        int s = starts[column];
        int e = ends[column];
        if (s < e && row[s] == '\'') {
            return -1;
        }
        while (s < e && row[s] <= ' ') {
            s++;
        }
        return s;
    }

    /** The end of a field's trimmed text in {@link #chars()} (see {@link #trimmedStart}). */
    int trimmedEnd(int column) {
        int s = starts[column];
        int e = ends[column];
        while (e > s && row[e - 1] <= ' ') {
            e--;
        }
        return e;
    }

    /** The characters the current row's fields are slices of; valid until {@link #next}. */
    char[] chars() {
        return row;
    }

    /**
     * The value of a field of one to nine ASCII digits (after trimming), or -1 for any other
     * text: a look at the field without making a string, for readers that fall back to
     * {@link #integer} and its messages on -1.
     */
    int digits(int column) {
        int s = trimmedStart(column);
        if (s < 0) {
            return -1;
        }
        int e = trimmedEnd(column);
        if (e == s || e - s > 9) {
            return -1;
        }
        int v = 0;
        for (int k = s; k < e; k++) {
            char c = row[k];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
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
        double plain = plainDecimal(column);
        if (plain >= 0 && plain * scale <= max) {
            return plain * scale;
        }
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
        int s = trimmedStart(column);
        int e = trimmedEnd(column);
        if (s >= 0 && (e == s || e - s == 2 && (row[s] | 0x20) == 'n' && (row[s + 1] | 0x20) == 'a')) {
            return Double.NaN;
        }
        if (s < 0) {
            String t = get(column);
            if (t.isEmpty() || t.equalsIgnoreCase("NA")) {
                return Double.NaN;
            }
        }
        return amount(column, scale, max, unit);
    }

    /** Powers of ten that a double holds exactly. */
    private static final double[] EXACT_POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * A field written as plain digits with at most one decimal point and at most 15 digits in
     * all ({@code 1234}, {@code 0.25}, {@code 17.}), read without making a string; -1 for
     * any other text, which {@link #amount} then reads the general way with its messages.
     * Exact: the digits as a whole number are below 2⁵³ and the power of ten is exact, so the
     * one division is correctly rounded, giving the same double as {@link Double#parseDouble}.
     */
    private double plainDecimal(int column) {
        int s = trimmedStart(column);
        if (s < 0) {
            return -1;
        }
        int e = trimmedEnd(column);
        long digits = 0;
        int count = 0;
        int point = -1;
        for (int k = s; k < e; k++) {
            char c = row[k];
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
            } else if (c == '.' && point < 0) {
                point = k;
            } else {
                return -1;
            }
        }
        if (count == 0 || count > 15) {
            return -1;
        }
        return point < 0 ? digits : digits / EXACT_POWERS_OF_TEN[e - point - 1];
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
        if (parser != null) {
            parser.close();
        }
        text.close();
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
