package org.tradenet.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What every report says first: what was computed, on which data, with which parameters
 * (seed, model form, direction, weight meaning, units), and what was left out.
 *
 * @param title      what the report is
 * @param data       the data set or file, with its provenance when it is a shipped data set
 * @param parameters named settings, in the order to print them
 * @param notes      what was left out or assumed, one sentence each
 */
public record ReportHeader(String title, String data, Map<String, String> parameters, List<String> notes) {

    /**
     * Copies the parameters (keeping their order) and the notes.
     *
     * @param title what the report is
     * @param data the data set or file
     * @param parameters named settings, in the order to print them
     * @param notes what was left out or assumed, one sentence each
     */
    public ReportHeader {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        notes = List.copyOf(notes);
    }

    /**
     * Plain text: title, then "key: value" lines, then notes.
     *
     * @return the header as text
     */
    public String toText() {
        StringBuilder sb = new StringBuilder(title).append('\n');
        sb.append("data: ").append(ControlCharacters.visible(data)).append('\n');
        parameters.forEach((k, v) -> sb.append(ControlCharacters.visible(k)).append(": ").append(ControlCharacters.visible(v)).append('\n'));
        for (String n : notes) {
            sb.append("note: ").append(ControlCharacters.visible(n)).append('\n');
        }
        return sb.append('\n').toString();
    }

    /**
     * Markdown: a heading, then a bullet list.
     *
     * @return the header as Markdown
     */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("# ").append(Markdown.escape(title)).append("\n\n");
        sb.append("- **data**: ").append(Markdown.escape(data)).append('\n');
        parameters.forEach((k, v) -> sb.append("- **").append(Markdown.escape(k)).append("**: ").append(Markdown.escape(v)).append('\n'));
        for (String n : notes) {
            sb.append("- note: ").append(Markdown.escape(n)).append('\n');
        }
        return sb.append('\n').toString();
    }

    /**
     * As JSON fields {@code title, data, parameters, notes} of {@code node}.
     *
     * @param node the JSON object to add the fields to
     * @return {@code node}
     */
    public ObjectNode putInto(ObjectNode node) {
        node.put("title", title);
        node.put("data", data);
        ObjectNode p = node.putObject("parameters");
        parameters.forEach((k, v) -> p.put(key(k), v));
        var n = node.putArray("notes");
        notes.forEach(n::add);
        return node;
    }

    /**
     * A parameter's label as a JSON key in lowerCamelCase, as every output key is
     * (docs/output-names.md): words split at anything not a letter or digit, the first in lower
     * case, the others capitalised ({@code "self-loops"} → {@code selfLoops}, {@code "NMI
     * normalisation"} → {@code nmiNormalisation}).
     *
     * @param label a parameter's label as the text header shows it
     * @return the key
     */
    public static String key(String label) {
        StringBuilder sb = new StringBuilder(label.length());
        for (String w : label.split("[^A-Za-z0-9]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            sb.append(sb.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return sb.toString();
    }
}
