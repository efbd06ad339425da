package org.tradenet.data;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that counts physical lines as the CSV parser consumes text, so that a row is named
 * by the line it starts on in the file (blank lines and line breaks inside quoted fields
 * included; a line ends at LF, CRLF or a lone CR), and that caps the length of a row: text
 * without a line end (a binary file, {@code /dev/zero}) stops at {@link #MAX_ROW_CHARS} instead
 * of filling memory.
 *
 * <p>The parser reads ahead of the rows it returns, so the offsets of line starts read but not
 * yet asked about are kept in a small queue (bounded by the parser's buffer). Per row the work is
 * the line ends it spans; no objects are made.
 */
final class PhysicalLines extends FilterReader {

    /** The longest row (in characters) a data file may have: far above any real trade row. */
    static final int MAX_ROW_CHARS = 1 << 20;
    /** Read-ahead allowed beyond a row start before the row counts as too long. */
    private static final int READ_AHEAD = 1 << 16;

    private final String file;
    private long position;
    private boolean lastWasCr;
    /** Offsets (in characters) where lines 2, 3, ... start, not yet passed by a query. */
    private long[] starts = new long[64];
    private int head;
    private int tail;
    /** Lines that start at or before the last queried offset. */
    private long linesPassed = 1;
    private long lastQuery;

    /** Counts lines from {@code firstLine}: the text read is the rest of a file from that line on. */
    PhysicalLines(Reader in, String file, long firstLine) {
        super(in);
        this.file = file;
        this.linesPassed = firstLine;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (position - lastQuery > MAX_ROW_CHARS + READ_AHEAD) {
            throw new DataFormatException(file, linesPassed + tail - head, "", "a row is longer than " + MAX_ROW_CHARS
                    + " characters: no trade data has such rows (binary content, or a quote that is never closed?)");
        }
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            char c = buf[off + i];
            long next = position + i + 1;
            if (c == '\n') {
                if (lastWasCr) {
                    starts[(tail - 1) & (starts.length - 1)] = next;
                } else {
                    push(next);
                }
            } else if (c == '\r') {
                push(next);
            }
            lastWasCr = c == '\r';
        }
        position += Math.max(n, 0);
        return n;
    }

    private void push(long offset) {
        if (tail - head == starts.length) {
            long[] grown = new long[starts.length * 2];
            for (int i = head; i < tail; i++) {
                grown[i - head] = starts[i & (starts.length - 1)];
            }
            tail -= head;
            head = 0;
            starts = grown;
        }
        starts[tail++ & (starts.length - 1)] = offset;
    }

    /**
     * The 1-based physical line holding character offset {@code offset}; offsets must be asked
     * in increasing order (the parser's record positions are).
     */
    long lineAt(long offset) {
        while (head < tail && starts[head & (starts.length - 1)] <= offset) {
            head++;
            linesPassed++;
        }
        lastQuery = Math.max(lastQuery, offset);
        return linesPassed;
    }
}
