package org.tradenet.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small CSV file with a header (tariff schedules, production, country groups, saved
 * partitions, product codes), read with the same physical-line counting as the trade data
 * readers: every row and every field is named by the line it stands on in the file, blank
 * lines, {@code #} comment lines and line breaks inside quoted fields counted (a line ends at
 * LF, CRLF or a lone CR). Blank lines and comment lines are skipped; a row must have as many
 * fields as the header; a malformed row (a quote never closed, a quote in the middle of a
 * field) or text that is not UTF-8 is a {@link DataFormatException} naming its line.
 * Surrounding spaces of fields are dropped; a field tradenet defused against spreadsheet
 * formulas is read as written ({@link SpreadsheetFormulas}). Streams: one row in memory at a time.
 */
public final class CsvTable implements Closeable, Iterable<CsvTable.Row> {

    private final DataSource source;
    private final CSVParser parser;
    private final PhysicalLines lines;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final long headerLine;
    private boolean iterated;

    private CsvTable(DataSource source, CSVParser parser, PhysicalLines lines, Iterator<CSVRecord> records,
            List<String> header, long headerLine) {
        this.source = source;
        this.parser = parser;
        this.lines = lines;
        this.records = records;
        this.header = List.copyOf(header);
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i), i);
        }
        this.columns = byName;
        this.headerLine = headerLine;
    }

    /**
     * Opens {@code source} and reads its header: the first line that is neither blank nor a
     * comment.
     *
     * @param source the CSV source, named in messages
     * @return the table, positioned before its first row
     * @throws IOException         when the source cannot be opened
     * @throws DataFormatException for an empty or malformed header, or text that is not UTF-8
     */
    public static CsvTable open(DataSource source) throws IOException {
        Reader reader;
        try {
            reader = source.openReader();
        } catch (CharacterCodingException e) {
            // The reader looks at the head of the file (for a byte-order mark) as it opens.
            throw CsvInput.translate(source, 1, new UncheckedIOException(e));
        }
        return open(source, reader);
    }

    /**
     * Reads CSV text that is already open (a resource, a string), as {@link #open(DataSource)}.
     *
     * @param name   the name messages use
     * @param reader the text; closed with the table
     * @return the table, positioned before its first row
     * @throws IOException         when the text cannot be read
     * @throws DataFormatException for an empty or malformed header
     */
    public static CsvTable open(String name, Reader reader) throws IOException {
        return open(DataSource.of(name, () -> {
            throw new IOException(name + " can be read only once");
        }), reader);
    }

    private static CsvTable open(DataSource source, Reader reader) throws IOException {
        PhysicalLines lines;
        CSVParser parser;
        try {
            lines = new PhysicalLines(reader, source.name(), 1);
            parser = CSVParser.parse(lines, CSVFormat.DEFAULT.builder().setCommentMarker('#')
                    .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).build());
        } catch (CharacterCodingException e) {
            throw CsvInput.translate(source, 1, new UncheckedIOException(e));
        }
        Iterator<CSVRecord> it = parser.iterator();
        CSVRecord head = null;
        try {
            while (it.hasNext()) {
                CSVRecord r = it.next();
                if (!blank(r)) {
                    head = r;
                    break;
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            parser.close();
            throw CsvInput.translate(source, 1, 0, e);
        }
        if (head == null) {
            parser.close();
            throw new DataFormatException(source.name(), 0, "", "the file is empty: expected a header line");
        }
        List<String> names = new ArrayList<>();
        for (String h : head) {
            names.add(SpreadsheetFormulas.undefuse(h).trim());
        }
        return new CsvTable(source, parser, lines, it, names, lineOf(lines, head));
    }

    /** The physical line a record starts on: its offset's line, after the comment lines the parser folded into it. */
    static long lineOf(PhysicalLines lines, CSVRecord r) {
        long line = lines.lineAt(r.getCharacterPosition());
        String comment = r.getComment();
        return comment == null ? line : line + 1 + comment.chars().filter(c -> c == '\n').count();
    }

    /**
     * The physical line on which field {@code column} of a record starts: the record's line plus
     * the line breaks inside the quoted fields before it. O(length of those fields).
     */
    static long lineOfField(long recordLine, List<String> fields, int column) {
        long line = recordLine;
        for (int k = 0; k < Math.min(column, fields.size()); k++) {
            String f = fields.get(k);
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == f.length() || f.charAt(i + 1) != '\n')) {
                    line++;
                }
            }
        }
        return line;
    }

    private static boolean blank(CSVRecord r) {
        return r.size() == 1 && r.get(0).isEmpty();
    }

    /** {@return the source's name, as messages give it} */
    public String file() {
        return source.name();
    }

    /** {@return the header's column names, trimmed} */
    public List<String> header() {
        return header;
    }

    /** {@return the physical line of the header} */
    public long headerLine() {
        return headerLine;
    }

    /**
     * {@return whether the header has this column (exact name)}
     *
     * @param column the column name
     */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /**
     * The rows after the header, in file order; iterable once. A row whose field count differs
     * from the header's, or a malformed row, throws {@link DataFormatException} from the
     * iterator, naming its physical line.
     */
    @Override
    public Iterator<Row> iterator() {
        if (iterated) {
            throw new IllegalStateException("a CsvTable is read once");
        }
        iterated = true;
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    private Row advance() {
        while (true) {
            long before = parser.getCurrentLineNumber();
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                r = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw CsvInput.translate(source, before + 1, 0, e);
            }
            if (blank(r)) {
                continue;
            }
            long line = lineOf(lines, r);
            if (r.size() != header.size()) {
                throw new DataFormatException(file(), line, "", "expected " + header.size() + " fields as in the header, found "
                        + r.size());
            }
            return new Row(this, r.toList(), line);
        }
    }

    /**
     * One row: its fields and the physical line it starts on.
     *
     * @param table  the table it belongs to (for column names)
     * @param fields the fields, as written (spaces around them dropped)
     * @param line   the 1-based physical line of the row's first field
     */
    public record Row(CsvTable table, List<String> fields, long line) {

        /**
         * {@return the field of column {@code column}, trimmed and undefused; empty when the
         * header lacks the column}
         *
         * @param column the header name
         */
        public String get(String column) {
            Integer k = table.columns.get(column);
            return k == null ? "" : SpreadsheetFormulas.undefuse(fields.get(k)).trim();
        }

        /**
         * {@return the physical line on which the field of {@code column} starts} Differs from
         * {@link #line()} after a quoted field holding line breaks.
         *
         * @param column the header name
         */
        public long lineOf(String column) {
            Integer k = table.columns.get(column);
            return k == null ? line : lineOfField(line, fields, k);
        }

        /**
         * {@return a problem with field {@code column}, on that field's line}
         *
         * @param column the header name
         * @param reason what is wrong
         */
        public DataFormatException error(String column, String reason) {
            return new DataFormatException(table.file(), lineOf(column), column, reason);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
