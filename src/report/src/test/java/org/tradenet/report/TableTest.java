package org.tradenet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTest {

    @Test
    void csvDefusesFormulasAndQuotes() {
        assertThat(Table.csvCell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Table.csvCell("+cmd")).isEqualTo("'+cmd");
        assertThat(Table.csvCell("@sum")).isEqualTo("'@sum");
        assertThat(Table.csvCell("-12.5")).isEqualTo("-12.5");
        assertThat(Table.csvCell("a,b")).isEqualTo("\"a,b\"");
    }

    @Test
    void textAlignsNumbersRight() {
        String t = new Table("name", "value").row("China", "12.5").row("Myanmar", "790.4").toText();
        assertThat(t).isEqualTo("name     value\n-------  -----\nChina     12.5\nMyanmar  790.4\n");
    }

    @Test
    void markdownEscapesPipesAndHtml() {
        String md = new Table("name").row("<script>a|b</script>").toMarkdown();
        assertThat(md).contains("&lt;script&gt;a\\|b&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void atomicWriteLeavesThePreviousFileWhenWritingFails(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("r.txt");
        AtomicFiles.writeString(f, "old");
        try {
            AtomicFiles.write(f, out -> {
                out.write("partial".getBytes());
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            assertThat(expected).hasMessage("disk full");
        }
        assertThat(Files.readString(f)).isEqualTo("old");
        assertThat(dir.toFile().list()).containsExactly("r.txt");
    }
}
