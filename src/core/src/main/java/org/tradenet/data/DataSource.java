package org.tradenet.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where input comes from: a file, or a data set shipped inside tradenet, with the name
 * under which messages refer to it. Text is read as strict UTF-8 (malformed bytes are an
 * error, not replacement characters) and a leading byte-order mark is skipped.
 */
public final class DataSource {

    /** Opens a stream; may throw. */
    @FunctionalInterface
    public interface Opener {
        /**
         * {@return a new stream over the source's bytes, which the caller closes}
         *
         * @throws IOException when it cannot be opened
         */
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;

    private DataSource(String name, Opener opener) {
        this.name = Objects.requireNonNull(name);
        this.opener = Objects.requireNonNull(opener);
    }

    /**
     * A file on disk, named as given. A file that can be read only once (a FIFO, a pipe such as
     * {@code /dev/stdin}, a device) is opened once: see {@link #once}.
     *
     * @param file the file; it is opened only when read
     * @return the source, named by the path as given; opening it reports a missing file, a
     *         directory or a denied permission as a {@link DataFormatException}
     */
    public static DataSource of(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            return once(file.toString(), () -> {
                if (!Files.isReadable(file)) {
                    throw new DataFormatException(file.toString(), 0, "", "cannot be read: permission denied");
                }
                // A plain stream: a channel's stream seeks, which pipes cannot.
                return new java.io.FileInputStream(file.toFile());
            });
        }
        return new DataSource(file.toString(), () -> {
            if (Files.isDirectory(file)) {
                throw new DataFormatException(file.toString(), 0, "", "is a directory, not a data file");
            }
            try {
                return Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                throw new DataFormatException(file.toString(), 0, "", "no such file");
            } catch (AccessDeniedException e) {
                throw new DataFormatException(file.toString(), 0, "", "cannot be read: permission denied");
            }
        });
    }

    /** {@return standard input ({@code -} on the command line), read once, named {@code -}} */
    public static DataSource standardInput() {
        return once("-", () -> System.in);
    }

    /**
     * A stream that can be read only once (standard input, a pipe, a FIFO), under a display name.
     * It is opened on first use; every later open starts again at its head, which is kept in
     * memory ({@link #HEAD_BYTES}), so that the format can be told from the header and the file
     * then read from its start. Reading it a second time beyond the head is an error (no reader
     * does).
     *
     * @param name   the name messages use
     * @param opener opens the stream, called once
     * @return the source; an open after the first starts again at the head
     */
    public static DataSource once(String name, Opener opener) {
        java.io.BufferedInputStream[] shared = new java.io.BufferedInputStream[1];
        return new DataSource(name, () -> {
            if (shared[0] == null) {
                shared[0] = new java.io.BufferedInputStream(opener.open(), 1 << 16);
                shared[0].mark(HEAD_BYTES);
            } else {
                try {
                    shared[0].reset();
                } catch (IOException e) {
                    throw new IOException(name + " can be read only once and was read past its first "
                            + HEAD_BYTES + " bytes", e);
                }
                shared[0].mark(HEAD_BYTES);
            }
            return new java.io.FilterInputStream(shared[0]) {
                @Override
                public void close() {
                    // The one stream stays open for the next reader; the process closes it.
                }
            };
        });
    }

    /** Bytes of a read-once stream kept so that it can be started again (detection reads far less). */
    static final int HEAD_BYTES = 1 << 20;

    /**
     * {@return any stream, under a display name (used for class-path resources and tests)}
     *
     * @param name   the name messages use
     * @param opener opens a new stream each time the source is read
     */
    public static DataSource of(String name, Opener opener) {
        return new DataSource(name, opener);
    }

    /** {@return the name messages use} */
    public String name() {
        return name;
    }

    /**
     * {@return a reader over the text, BOM skipped, malformed UTF-8 reported as an error}
     *
     * @throws IOException when the source cannot be opened
     */
    public Reader openReader() throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader reader = new PushbackReader(new InputStreamReader(opener.open(), decoder), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /**
     * The 1-based line holding the first byte sequence that is not UTF-8, or 0 when there is
     * none. Reads the source again from its start (a decoder reads ahead of the CSV parser, so
     * the parser's line at the time of the error is not where the bad byte is).
     */
    long firstMalformedLine() throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(8192);
        CharBuffer out = CharBuffer.allocate(8192);
        long line = 1;
        try (InputStream s = opener.open()) {
            boolean end = false;
            while (true) {
                int k = end ? -1 : s.read(in.array(), in.position(), in.remaining());
                if (k < 0) {
                    end = true;
                } else {
                    in.position(in.position() + k);
                }
                in.flip();
                CoderResult r = decoder.decode(in, out, end);
                out.flip();
                while (out.hasRemaining()) {
                    line += out.get() == '\n' ? 1 : 0;
                }
                out.clear();
                if (r.isError()) {
                    return line;
                }
                in.compact();
                if (end && !r.isOverflow()) {
                    return 0;
                }
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
