package org.tradenet.report.notebook;

import org.tradenet.report.Markdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A notebook as written in the repository: a Markdown file ({@code notebooks/NN-name.md})
 * whose fenced {@code ```java} blocks are code cells; everything between them is Markdown
 * cells. Other fences ({@code ```text}) stay Markdown.
 *
 * @param name  the file name without {@code .md}: {@code 01-rare-earth-network}
 * @param cells the cells in order
 */
public record NotebookSource(String name, List<Cell> cells) {

    /** Kinds of cell. */
    public enum Kind {
        /** Markdown text. */
        MARKDOWN,
        /** Java code run by JShell. */
        CODE
    }

    /**
     * One cell.
     *
     * @param kind   Markdown or code
     * @param source its text, without the fence lines, ending without a newline
     * @param line   the line of the file it starts on (1-based)
     */
    public record Cell(Kind kind, String source, int line) {
    }

    /**
     * Copies the cell list.
     *
     * @param name the file name without {@code .md}
     * @param cells the cells in order
     */
    public NotebookSource {
        cells = List.copyOf(cells);
    }

    /**
     * Reads and splits a notebook file.
     *
     * @param file a Markdown notebook ({@code NAME.md})
     * @return its cells, named after the file
     * @throws IOException when the file cannot be read
     */
    public static NotebookSource read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        return parse(name, Files.readString(file));
    }

    /**
     * Splits Markdown text into cells.
     *
     * @param name the notebook's name
     * @param text the Markdown text
     * @return its cells
     * @throws IllegalArgumentException when a {@code ```java} block is not closed
     */
    public static NotebookSource parse(String name, String text) {
        List<Cell> cells = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder md = new StringBuilder();
        int mdStart = 1;
        int i = 0;
        while (i < lines.length) {
            if (lines[i].strip().equals("```java")) {
                add(cells, Kind.MARKDOWN, md, mdStart);
                int start = i + 2;
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].strip().equals("```")) {
                    code.append(lines[i]).append('\n');
                    i++;
                }
                if (i == lines.length) {
                    throw new IllegalArgumentException(name + ".md:" + (start - 1) + ": a ```java block is not closed");
                }
                add(cells, Kind.CODE, code, start);
                i++;
                mdStart = i + 1;
                continue;
            }
            md.append(lines[i]).append('\n');
            i++;
        }
        add(cells, Kind.MARKDOWN, md, mdStart);
        return new NotebookSource(name, cells);
    }

    private static void add(List<Cell> cells, Kind kind, StringBuilder text, int line) {
        String s = text.toString().strip();
        text.setLength(0);
        if (!s.isEmpty()) {
            cells.add(new Cell(kind, s, line));
        }
    }
}
