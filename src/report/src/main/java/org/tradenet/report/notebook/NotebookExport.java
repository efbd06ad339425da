package org.tradenet.report.notebook;

import org.tradenet.report.Markdown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tradenet.report.Json;

/**
 * An executed notebook as Jupyter's {@code .ipynb} (nbformat 4.5, kernel "java") and as
 * Markdown with its outputs, figures as SVG files beside it. Both are pure functions of the
 * notebook: no time stamp, cell ids numbered, so a re-run of an unchanged notebook gives the
 * same bytes and a stale export can be detected by comparing text.
 */
public final class NotebookExport {

    private NotebookExport() {
    }

    /**
     * The {@code .ipynb} JSON text.
     *
     * @param nb the executed notebook
     * @return the notebook with its outputs as Jupyter JSON text
     */
    public static String ipynb(ExecutedNotebook nb) {
        ObjectNode root = Json.object();
        ArrayNode cells = root.putArray("cells");
        int id = 0;
        for (ExecutedNotebook.ExecutedCell c : nb.cells()) {
            ObjectNode cell = cells.addObject();
            id++;
            boolean code = c.cell().kind() == NotebookSource.Kind.CODE;
            cell.put("cell_type", code ? "code" : "markdown");
            if (code) {
                if (c.executionCount() > 0) {
                    cell.put("execution_count", c.executionCount());
                } else {
                    cell.putNull("execution_count");
                }
            }
            cell.put("id", String.format(java.util.Locale.ROOT, "cell-%02d", id));
            cell.putObject("metadata");
            if (code) {
                ArrayNode outputs = cell.putArray("outputs");
                for (Output o : c.outputs()) {
                    output(outputs.addObject(), o);
                }
            }
            lines(cell.putArray("source"), c.cell().source());
        }
        ObjectNode meta = root.putObject("metadata");
        ObjectNode kernel = meta.putObject("kernelspec");
        kernel.put("display_name", "Java");
        kernel.put("language", "java");
        kernel.put("name", "java");
        ObjectNode lang = meta.putObject("language_info");
        lang.put("codemirror_mode", "java");
        lang.put("file_extension", ".jshell");
        lang.put("mimetype", "text/x-java-source");
        lang.put("name", "java");
        // The language level the library is compiled for, not the JDK that ran the notebook: the
        // exports must not go stale when the same notebooks run on a newer JDK.
        lang.put("version", "17");
        ObjectNode origin = meta.putObject("tradenet");
        origin.put("source", "notebooks/" + nb.source().name() + ".md");
        origin.put("made_by", "tradenet notebooks (JShell, local execution)");
        root.put("nbformat", 4);
        root.put("nbformat_minor", 5);
        return Json.write(root);
    }

    private static void output(ObjectNode o, Output out) {
        if (out instanceof Output.Stream s) {
            o.put("name", s.name());
            o.put("output_type", "stream");
            lines(o.putArray("text"), s.text());
        } else if (out instanceof Output.Display d) {
            ObjectNode data = o.putObject("data");
            lines(data.putArray(d.mime()), d.content());
            lines(data.putArray("text/plain"), d.mime().equals("image/svg+xml") ? "<Figure>" : d.content());
            o.putObject("metadata");
            o.put("output_type", "display_data");
        } else if (out instanceof Output.Error e) {
            o.put("ename", e.name());
            o.put("evalue", e.message());
            o.put("output_type", "error");
            o.putArray("traceback").add(e.name() + ": " + e.message());
        }
    }

    /** Jupyter's multi-line strings: a list of lines, each but the last ending in a newline. */
    private static void lines(ArrayNode arr, String text) {
        for (String line : text.split("(?<=\n)")) {
            if (!line.isEmpty()) {
                arr.add(line);
            }
        }
    }

    /**
     * The Markdown export and its figures.
     *
     * @param markdown the text
     * @param figures  file name (relative to the Markdown file) → SVG content
     */
    public record MarkdownExport(String markdown, Map<String, String> figures) {
        /**
         * Copies the figures, keeping their order.
         *
         * @param markdown the text
         * @param figures file name (relative to the Markdown file) to SVG content
         */
        public MarkdownExport {
            figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }
    }

    /**
     * The notebook as Markdown with outputs; figures go to {@code NAME/figure-N.svg}.
     *
     * @param nb the executed notebook
     * @return the Markdown text and its figures
     */
    public static MarkdownExport markdown(ExecutedNotebook nb) {
        String name = nb.source().name();
        StringBuilder sb = new StringBuilder();
        sb.append("<!-- Made by `tradenet notebooks` from notebooks/").append(name)
                .append(".md with its outputs. Edit the source, not this file. -->\n\n");
        Map<String, String> figures = new LinkedHashMap<>();
        for (ExecutedNotebook.ExecutedCell c : nb.cells()) {
            if (c.cell().kind() == NotebookSource.Kind.MARKDOWN) {
                sb.append(c.cell().source()).append("\n\n");
                continue;
            }
            sb.append("```java\n").append(c.cell().source()).append("\n```\n\n");
            List<String> parts = new ArrayList<>();
            for (Output o : c.outputs()) {
                if (o instanceof Output.Stream st) {
                    parts.add("```text\n" + st.text().stripTrailing() + "\n```\n");
                } else if (o instanceof Output.Display d && d.mime().equals("image/svg+xml")) {
                    String file = name + "/figure-" + (figures.size() + 1) + ".svg";
                    figures.put(file, d.content());
                    parts.add("![figure " + figures.size() + "](" + file + ")\n");
                } else if (o instanceof Output.Display d) {
                    parts.add(d.content().stripTrailing() + "\n");
                } else if (o instanceof Output.Error e) {
                    parts.add("```text\nERROR " + e.name() + ": " + e.message() + "\n```\n");
                }
            }
            for (String p : parts) {
                sb.append(p).append('\n');
            }
        }
        return new MarkdownExport(sb.toString().stripTrailing() + "\n", figures);
    }
}
