package org.tradenet.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes files whole or not at all: the content goes to a temporary file beside the target,
 * which is then renamed over it. An interrupted run leaves the previous file intact.
 *
 * <p>What is at the path is respected: a symbolic link is written through (the file it points
 * to is replaced, the link stays), and a device, FIFO or socket is written straight into (a
 * rename would replace it with a regular file). Temporary files carry the writer's process id
 * ({@code .NAME.PID.N.tmp}); those of a process that no longer runs (killed midway) are removed
 * by the next write beside them.
 */
public final class AtomicFiles {

    /** Writes content to an output stream; may throw. */
    @FunctionalInterface
    public interface Writer {
        /**
         * Writes the whole content.
         *
         * @param out the stream of the temporary file
         * @throws IOException when writing fails
         */
        void write(OutputStream out) throws IOException;
    }

    /** Temporary files without a process id (older releases) are stale after this long. */
    private static final Duration LEGACY_STALE = Duration.ofHours(1);
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /**
     * Writes {@code text} as UTF-8 to {@code target}, atomically.
     *
     * @param target the file to write
     * @param text the whole content
     * @throws IOException when the file cannot be written; {@code target} is then unchanged
     */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code bytes} to {@code target}, atomically.
     *
     * @param target the file to write
     * @param bytes the whole content
     * @throws IOException when the file cannot be written; {@code target} is then unchanged
     */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Temporary files are created owner-only; a report is an ordinary file: rw-r--r--. */
    private static void readableByAll(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the platform's defaults apply.
        }
    }

    /**
     * Streams content into a temporary file, then renames it to {@code target}.
     *
     * @param target the file to write
     * @param writer writes the whole content
     * @throws IOException when writing fails; {@code target} is then unchanged
     */
    public static void write(Path target, Writer writer) throws IOException {
        Map<Path, Writer> one = new LinkedHashMap<>();
        one.put(target, writer);
        writeAll(one);
    }

    /**
     * Writes a set of files all or none: every content goes to its temporary file first; only
     * when all are complete are they renamed over their targets. A failure while writing leaves
     * every target as it was. Complexity: one pass over each content.
     *
     * @param files target file to the writer of its content
     * @throws IOException when a file cannot be written
     */
    public static void writeAll(Map<Path, Writer> files) throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        List<Map.Entry<Path, Writer>> special = new ArrayList<>();
        boolean done = false;
        try {
            for (Map.Entry<Path, Writer> f : files.entrySet()) {
                Path given = f.getKey().toAbsolutePath();
                if (Files.isDirectory(given)) {
                    throw new IOException(f.getKey() + " is a directory");
                }
                if (Files.exists(given) && !Files.isRegularFile(given)) {
                    special.add(Map.entry(given, f.getValue()));
                    continue;
                }
                Path target = throughLinks(given);
                Path dir = target.getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                    removeStaleTemporaries(dir, target.getFileName().toString());
                }
                Path tmp = Files.createTempFile(dir, prefix(target.getFileName().toString())
                        + ProcessHandle.current().pid() + ".", ".tmp");
                staged.put(tmp, target);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    f.getValue().write(out);
                }
                readableByAll(tmp);
            }
            for (Map.Entry<Path, Writer> s : special) {
                // A device, FIFO or socket: written into, never replaced.
                try (OutputStream out = Files.newOutputStream(s.getKey(), StandardOpenOption.WRITE)) {
                    s.getValue().write(out);
                }
            }
            for (Map.Entry<Path, Path> s : staged.entrySet()) {
                try {
                    Files.move(s.getKey(), s.getValue(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(s.getKey(), s.getValue(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            done = true;
        } finally {
            if (!done) {
                for (Path tmp : staged.keySet()) {
                    Files.deleteIfExists(tmp);
                }
            }
        }
    }

    /**
     * Takes the lock of an output folder ({@code DIR/.tradenet.lock}, created if needed) so
     * that two runs never mix their files in it; the lock ends with the process or on close.
     *
     * @param dir the folder to lock
     * @return the lock, released on close
     * @throws IOException when another run holds it, naming the folder, or when it cannot be taken
     */
    public static java.io.Closeable lockFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(".tradenet.lock");
        java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another tradenet run is writing to " + dir + " (it holds " + file.getFileName()
                    + "); wait for it to finish or choose another --out");
        }
        return channel;
    }

    private static String prefix(String fileName) {
        return "." + fileName + ".";
    }

    /** The path a chain of symbolic links ends at (itself when it is no link); the last link may dangle. */
    static Path throughLinks(Path path) throws IOException {
        Path p = path;
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) {
                throw new IOException(path + ": too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(p);
            p = p.toAbsolutePath().getParent() == null ? link : p.toAbsolutePath().getParent().resolve(link).normalize();
        }
        return p;
    }

    /**
     * Removes this writer's temporary files of {@code fileName} left in {@code dir} by a process
     * that no longer runs ({@code .NAME.PID.N.tmp}), and ones without a process id older than an
     * hour ({@code .NAME.N.tmp}, older releases). Those of running processes are left alone.
     */
    static void removeStaleTemporaries(Path dir, String fileName) throws IOException {
        String prefix = prefix(fileName);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, prefix.replace("\\", "\\\\")
                .replace("*", "\\*").replace("?", "\\?").replace("[", "\\[").replace("{", "\\{") + "*.tmp")) {
            for (Path p : entries) {
                String middle = p.getFileName().toString();
                middle = middle.substring(prefix.length(), middle.length() - ".tmp".length());
                if (stale(p, middle)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static boolean stale(Path p, String middle) throws IOException {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (middle.matches("[0-9]{1,18}\\.[0-9]+")) {
            long pid = Long.parseLong(middle.substring(0, middle.indexOf('.')));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        }
        if (middle.matches("[0-9]+")) {
            return Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minus(LEGACY_STALE));
        }
        return false;
    }
}
