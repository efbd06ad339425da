package org.tradenet.report.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.report.Json;
import org.tradenet.report.Table;

class NotebookTest {

    static final String SOURCE = """
            # Title

            Some *text*.

            ```java
            int x = 6 * 7;
            System.out.println("x = " + x);
            ```

            ```text
            not code
            ```

            ```java
            import org.tradenet.report.notebook.Notebook;
            import org.tradenet.report.Table;
            System.out.println("before");
            Notebook.show("<svg xmlns='http://www.w3.org/2000/svg'><text>" + x + "</text></svg>");
            System.out.println("between");
            Notebook.show(new Table("a", "b").row("1", "<2>"));
            System.out.print("after");
            ```
            """;

    @Test
    void markdownIsSplitIntoCells() {
        NotebookSource nb = NotebookSource.parse("00-test", SOURCE);
        assertThat(nb.cells()).extracting(NotebookSource.Cell::kind).containsExactly(NotebookSource.Kind.MARKDOWN,
                NotebookSource.Kind.CODE, NotebookSource.Kind.MARKDOWN, NotebookSource.Kind.CODE);
        assertThat(nb.cells().get(1).source()).isEqualTo("int x = 6 * 7;\nSystem.out.println(\"x = \" + x);");
        assertThat(nb.cells().get(1).line()).isEqualTo(6);
        assertThat(nb.cells().get(2).source()).isEqualTo("```text\nnot code\n```");
        assertThatThrownBy(() -> NotebookSource.parse("bad", "```java\nint y;\n")).hasMessageContaining("bad.md:1");
    }

    @Test
    void cellsRunInOneJShellAndTheirOutputsKeepTheirOrder() {
        ExecutedNotebook run = NotebookRunner.withCurrentClassPath().run(NotebookSource.parse("00-test", SOURCE));
        assertThat(run.error()).isEmpty();
        ExecutedNotebook.ExecutedCell first = run.cells().get(1);
        assertThat(first.executionCount()).isEqualTo(1);
        assertThat(first.outputs()).containsExactly(new Output.Stream("stdout", "x = 42\n"));
        ExecutedNotebook.ExecutedCell second = run.cells().get(3);
        assertThat(second.executionCount()).isEqualTo(2);
        assertThat(second.outputs()).containsExactly(
                new Output.Stream("stdout", "before\n"),
                new Output.Display("image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'><text>42</text></svg>\n"),
                new Output.Stream("stdout", "between\n"),
                new Output.Display("text/markdown", "| a | b |\n|---:|---|\n| 1 | &lt;2&gt; |\n"),
                new Output.Stream("stdout", "after"));
        assertThat(System.getProperty(Notebook.ACTIVE)).isNull();
    }

    @Test
    void aFailingCellStopsTheRunWithAnError() {
        String src = "```java\nint a = 1;\n```\n\n```java\nint b = a / 0;\n```\n\n```java\nSystem.out.println(\"never\");\n```\n"
                + "```java\nundefinedThing();\n```\n";
        ExecutedNotebook run = NotebookRunner.withCurrentClassPath().run(NotebookSource.parse("00-fail", src));
        assertThat(run.error()).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("java.lang.ArithmeticException"));
        assertThat(run.cells().get(2).executionCount()).isZero();
        assertThat(run.cells().get(2).outputs()).isEmpty();
        ExecutedNotebook bad = NotebookRunner.withCurrentClassPath().run(NotebookSource.parse("00-bad", "```java\nundefinedThing();\n```\n"));
        assertThat(bad.error()).hasValueSatisfying(e -> {
            assertThat(e.name()).isEqualTo("CompilationError");
            assertThat(e.message()).contains("cannot find symbol");
        });
    }

    @Test
    void theIpynbIsNbformat4WithStreamsDisplaysAndCounts() throws Exception {
        ExecutedNotebook run = NotebookRunner.withCurrentClassPath().run(NotebookSource.parse("00-test", SOURCE));
        String text = NotebookExport.ipynb(run);
        JsonNode nb = Json.mapper().readTree(text);
        assertThat(nb.get("nbformat").asInt()).isEqualTo(4);
        assertThat(nb.get("nbformat_minor").asInt()).isEqualTo(5);
        assertThat(nb.at("/metadata/kernelspec/name").asText()).isEqualTo("java");
        assertThat(nb.at("/metadata/language_info/name").asText()).isEqualTo("java");
        JsonNode cells = nb.get("cells");
        assertThat(cells).hasSize(4);
        assertThat(cells.get(0).get("cell_type").asText()).isEqualTo("markdown");
        assertThat(cells.get(0).has("outputs")).isFalse();
        assertThat(cells.get(0).get("source").get(0).asText()).isEqualTo("# Title\n");
        JsonNode code = cells.get(3);
        assertThat(code.get("execution_count").asInt()).isEqualTo(2);
        assertThat(code.get("id").asText()).isEqualTo("cell-04");
        JsonNode outs = code.get("outputs");
        assertThat(outs).hasSize(5);
        assertThat(outs.get(0).get("output_type").asText()).isEqualTo("stream");
        assertThat(outs.get(0).get("name").asText()).isEqualTo("stdout");
        assertThat(outs.get(1).get("output_type").asText()).isEqualTo("display_data");
        assertThat(outs.get(1).at("/data/image~1svg+xml/0").asText()).startsWith("<svg");
        assertThat(outs.get(1).has("metadata")).isTrue();
        assertThat(outs.get(3).at("/data/text~1markdown/0").asText()).isEqualTo("| a | b |\n");
        // Every multi-line string is a list of lines that end in a newline, but the last.
        for (JsonNode cell : cells) {
            JsonNode src = cell.get("source");
            for (int i = 0; i + 1 < src.size(); i++) {
                assertThat(src.get(i).asText()).endsWith("\n");
            }
        }
        assertThat(NotebookExport.ipynb(NotebookRunner.withCurrentClassPath().run(NotebookSource.parse("00-test", SOURCE))))
                .isEqualTo(text);
    }

    @Test
    void theMarkdownExportLinksFiguresAndInlinesTables() {
        ExecutedNotebook run = NotebookRunner.withCurrentClassPath().run(NotebookSource.parse("00-test", SOURCE));
        NotebookExport.MarkdownExport md = NotebookExport.markdown(run);
        assertThat(md.figures()).containsOnlyKeys("00-test/figure-1.svg");
        assertThat(md.markdown()).contains("```text\nx = 42\n```").contains("![figure 1](00-test/figure-1.svg)")
                .contains("| 1 | &lt;2&gt; |").contains("```java\nint x = 6 * 7;");
    }

    @Test
    void checkFindsStaleMissingAndLeftOverExports(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("notebooks"));
        Path out = dir.resolve("exported");
        Files.writeString(src.resolve("01-small.md"), "# Small\n\n```java\nSystem.out.println(1 + 1);\n```\n");
        assertThat(Notebooks.check(src, out)).containsExactly("01-small.ipynb (missing)", "01-small.md (missing)");
        assertThat(Notebooks.export(src, out)).containsExactly("01-small.ipynb", "01-small.md");
        assertThat(Notebooks.check(src, out)).isEmpty();
        Files.writeString(src.resolve("01-small.md"), "# Small\n\n```java\nSystem.out.println(2 + 2);\n```\n");
        Files.writeString(out.resolve("old.svg"), "<svg/>");
        assertThat(Notebooks.check(src, out)).containsExactly("01-small.ipynb (stale)", "01-small.md (stale)", "old.svg (left over)");
        Notebooks.export(src, out);
        assertThat(out.resolve("old.svg")).doesNotExist();
        assertThat(Files.readString(out.resolve("01-small.md"))).contains("```text\n4\n```");
        Files.writeString(src.resolve("02-broken.md"), "```java\nthrow new IllegalStateException(\"boom\");\n```\n");
        assertThatThrownBy(() -> Notebooks.export(src, out)).isInstanceOf(Notebooks.NotebookFailedException.class)
                .hasMessageContaining("02-broken.md: java.lang.IllegalStateException: boom");
    }

    @Test
    void showOutsideANotebookPrintsPlainly() {
        java.io.PrintStream old = System.out;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Notebook.show(new Table("a").row("1"));
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("a\n-\n1\n");
        assertThatThrownBy(() -> Notebook.show("<div/>")).hasMessageContaining("SVG");
        assertThat(List.of()).isEmpty();
    }
}
