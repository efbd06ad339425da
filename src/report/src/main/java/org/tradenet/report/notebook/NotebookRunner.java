package org.tradenet.report.notebook;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs a notebook's code cells through the JDK's own JShell API ({@code jdk.jshell}), in
 * this JVM (the "local" execution engine) with tradenet and its libraries on the class path,
 * one JShell per notebook so that cells share their variables as in Jupyter. Standard output
 * of each cell is captured (and {@link Notebook#show} figures taken out of it); a cell that
 * does not compile or throws ends the run with an error output.
 *
 * <p>While a notebook runs, {@code System.out} and {@code System.err} are redirected to the
 * capture: run notebooks one at a time. Deterministic as far as the cells are: they must fix
 * their seeds and print no time.
 */
public final class NotebookRunner {

    private final List<String> classPath;

    private NotebookRunner(List<String> classPath) {
        this.classPath = List.copyOf(classPath);
    }

    /**
     * A runner whose cells see this JVM's class path (tradenet and its libraries).
     *
     * @return the runner
     */
    public static NotebookRunner withCurrentClassPath() {
        return new NotebookRunner(currentClassPath());
    }

    /**
     * Runs every code cell in order and returns the cells with their outputs.
     *
     * @param nb the notebook
     * @return the cells with their outputs; cells after a failed one are not run
     */
    public ExecutedNotebook run(NotebookSource nb) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        String oldActive = System.getProperty(Notebook.ACTIVE);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        List<ExecutedNotebook.ExecutedCell> done = new ArrayList<>();
        try (JShell js = JShell.builder().executionEngine("local").out(capture).err(capture).build()) {
            for (String entry : classPath) {
                js.addToClasspath(entry);
            }
            System.setProperty(Notebook.ACTIVE, "1");
            System.setOut(capture);
            System.setErr(capture);
            int count = 0;
            boolean failed = false;
            for (NotebookSource.Cell cell : nb.cells()) {
                if (cell.kind() == NotebookSource.Kind.MARKDOWN || failed) {
                    done.add(new ExecutedNotebook.ExecutedCell(cell, 0, List.of()));
                    continue;
                }
                count++;
                captured.reset();
                List<Output> outputs = new ArrayList<>();
                Output.Error error = runCell(js, cell);
                capture.flush();
                outputs.addAll(split(captured.toString(StandardCharsets.UTF_8)));
                if (error != null) {
                    outputs.add(error);
                    failed = true;
                }
                done.add(new ExecutedNotebook.ExecutedCell(cell, count, outputs));
            }
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            if (oldActive == null) {
                System.clearProperty(Notebook.ACTIVE);
            } else {
                System.setProperty(Notebook.ACTIVE, oldActive);
            }
        }
        return new ExecutedNotebook(nb, done);
    }

    /** Evaluates a cell snippet by snippet; returns the error that stopped it, or null. */
    private static Output.Error runCell(JShell js, NotebookSource.Cell cell) {
        SourceCodeAnalysis sca = js.sourceCodeAnalysis();
        String remaining = cell.source();
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = sca.analyzeCompletion(remaining);
            if (!info.completeness().isComplete()) {
                return new Output.Error("CompilationError", "the cell ends in the middle of a statement: "
                        + firstLine(remaining));
            }
            for (SnippetEvent e : js.eval(info.source())) {
                if (e.exception() != null) {
                    String name = e.exception() instanceof EvalException ee ? ee.getExceptionClassName()
                            : e.exception().getClass().getName();
                    return new Output.Error(name, String.valueOf(e.exception().getMessage()));
                }
                if (e.status() == Snippet.Status.REJECTED || e.status() == Snippet.Status.RECOVERABLE_DEFINED
                        || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                    String diag = js.diagnostics(e.snippet()).map(d -> message(d)).collect(Collectors.joining("; "));
                    if (diag.isEmpty()) {
                        diag = "unresolved: " + js.unresolvedDependencies((jdk.jshell.DeclarationSnippet) e.snippet())
                                .collect(Collectors.joining(", "));
                    }
                    return new Output.Error("CompilationError", diag + " in: " + firstLine(e.snippet().source()));
                }
            }
            remaining = info.remaining();
        }
        return null;
    }

    private static String message(Diag d) {
        return d.getMessage(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl) + " ...";
    }

    /** Printed text split into stream outputs and the display records {@link Notebook#show} wrote. */
    static List<Output> split(String text) {
        List<Output> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            if (!line.isEmpty() && line.charAt(0) == Notebook.MARK) {
                if (plain.length() > 0) {
                    out.add(new Output.Stream("stdout", plain.toString()));
                    plain.setLength(0);
                }
                String record = line.substring(1).strip();
                int space = record.indexOf(' ');
                out.add(new Output.Display(record.substring(0, space),
                        new String(Base64.getDecoder().decode(record.substring(space + 1)), StandardCharsets.UTF_8)));
            } else {
                plain.append(line);
            }
        }
        if (plain.length() > 0) {
            out.add(new Output.Stream("stdout", plain.toString()));
        }
        return out;
    }

    /**
     * The entries of {@code java.class.path}, with the {@code Class-Path} of manifest-only
     * jars (as test runners use) followed, plus the location of tradenet's own classes.
     */
    static List<String> currentClassPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                addWithManifest(Path.of(e).toAbsolutePath(), entries);
            }
        }
        try {
            entries.add(Path.of(Notebook.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // the class path above must do
        }
        return new ArrayList<>(entries);
    }

    private static void addWithManifest(Path p, Set<String> entries) {
        if (!entries.add(p.toString()) || !p.toString().endsWith(".jar") || !Files.isRegularFile(p)) {
            return;
        }
        try (JarFile jar = new JarFile(p.toFile())) {
            Manifest m = jar.getManifest();
            String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
            if (cp == null) {
                return;
            }
            for (String ref : cp.trim().split("\\s+")) {
                try {
                    java.net.URI uri = p.toUri().resolve(ref);
                    if ("file".equals(uri.getScheme())) {
                        addWithManifest(Path.of(uri), entries);
                    }
                } catch (IllegalArgumentException e) {
                    // not a usable reference; skip it
                }
            }
        } catch (IOException e) {
            // not a readable jar; it stays on the path as it is
        }
    }
}
