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
     * {@return a file on disk, named as given}
     *
     * @param file the file
     */
    public static DataSource of(Path file) {
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

    /**
     * {@return any stream, under a display name (used for class-path resources and tests)}
     *
     * @param name   the name messages use
     * @param opener opens a new stream each time it is called
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
