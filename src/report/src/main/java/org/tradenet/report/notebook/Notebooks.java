package org.tradenet.report.notebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.tradenet.report.AtomicFiles;

/**
 * The notebooks of a repository: sources {@code notebooks/NN-name.md}, exports in
 * {@code notebooks-exported/}: {@code NN-name.ipynb}, {@code NN-name.md} and the figures in
 * {@code NN-name/}. {@link #export} re-runs and rewrites them; {@link #check} re-runs them and
 * lists the exported files that differ from what a run gives now (stale, missing or left over).
 */
public final class Notebooks {

    private Notebooks() {
    }

    /**
     * The notebook sources in {@code dir}, by file name.
     *
     * @param dir the directory of notebook sources
     * @return their paths, sorted by file name
     * @throws IOException when the directory cannot be listed
     */
    public static List<Path> sources(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such directory of notebooks");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("[0-9]{2}-[A-Za-z0-9_-]+\\.md")).sorted().toList();
        }
    }

    /**
     * Runs every notebook and returns what its export directory should hold: relative file
     * name → text. Stops at the first notebook that fails.
     *
     * @param sourceDir the directory of notebook sources
     * @return relative file name to text, the notebooks in file-name order
     * @throws NotebookFailedException when a cell fails
     */
    public static Map<String, String> render(Path sourceDir) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        NotebookRunner runner = NotebookRunner.withCurrentClassPath();
        for (Path p : sources(sourceDir)) {
            NotebookSource src = NotebookSource.read(p);
            ExecutedNotebook run = runner.run(src);
            if (run.error().isPresent()) {
                Output.Error e = run.error().get();
                throw new NotebookFailedException(p + ": " + e.name() + ": " + e.message());
            }
            files.put(src.name() + ".ipynb", NotebookExport.ipynb(run));
            NotebookExport.MarkdownExport md = NotebookExport.markdown(run);
            files.put(src.name() + ".md", md.markdown());
            files.putAll(md.figures());
        }
        return files;
    }

    /**
     * Re-runs the notebooks and rewrites the export directory (files left over are deleted).
     *
     * @param sourceDir the directory of notebook sources
     * @param exportDir the directory the executed notebooks and their figures go to
     * @return the relative names of the files written
     * @throws IOException when a notebook fails or a file cannot be read or written
     */
    public static List<String> export(Path sourceDir, Path exportDir) throws IOException {
        Map<String, String> files = render(sourceDir);
        for (Map.Entry<String, String> e : files.entrySet()) {
            AtomicFiles.writeString(exportDir.resolve(e.getKey()), e.getValue());
        }
        for (String extra : existing(exportDir)) {
            if (!files.containsKey(extra)) {
                Files.delete(exportDir.resolve(extra));
            }
        }
        return new ArrayList<>(files.keySet());
    }

    /**
     * Re-runs the notebooks and lists the exported files that are stale, missing or left over; empty when fresh.
     *
     * @param sourceDir the directory of notebook sources
     * @param exportDir the directory of the committed exports
     * @return one line per stale, missing or left-over file
     * @throws IOException when a notebook fails or a file cannot be read
     */
    public static List<String> check(Path sourceDir, Path exportDir) throws IOException {
        Map<String, String> files = render(sourceDir);
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path f = exportDir.resolve(e.getKey());
            if (!Files.isRegularFile(f)) {
                stale.add(e.getKey() + " (missing)");
            } else if (!Files.readString(f).equals(e.getValue())) {
                stale.add(e.getKey() + " (stale)");
            }
        }
        for (String extra : existing(exportDir)) {
            if (!files.containsKey(extra)) {
                stale.add(extra + " (left over)");
            }
        }
        return stale;
    }

    private static List<String> existing(Path exportDir) throws IOException {
        if (!Files.isDirectory(exportDir)) {
            return List.of();
        }
        TreeSet<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.walk(exportDir)) {
            s.filter(Files::isRegularFile).forEach(p -> out.add(exportDir.relativize(p).toString().replace('\\', '/')));
        }
        return new ArrayList<>(out);
    }

    /** A notebook cell failed. */
    public static final class NotebookFailedException extends IOException {
        /**
         * A failure naming the notebook, the error and its message.
         *
         * @param message notebook file, error name and message
         */
        public NotebookFailedException(String message) {
            super(message);
        }
    }
}
