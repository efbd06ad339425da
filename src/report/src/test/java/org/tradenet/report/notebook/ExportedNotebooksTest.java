package org.tradenet.report.notebook;

import org.tradenet.report.Markdown;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The exported notebooks are what the sources give now. The full check re-runs every notebook
 * (about 20 s for the four: GSIM, sensitivity draws, a 23-year timeline) and is tagged slow,
 * run by {@code mvn verify}; the fast check only confirms that every source has its exports
 * and that each exported Markdown holds the source's current cells, which catches an edited
 * source that was not re-exported. Fix either by running {@code ./tradenet notebooks} and
 * committing notebooks-exported/.
 */
class ExportedNotebooksTest {

    @Test
    @Tag("slow")
    void theExportedNotebooksAreFresh() throws Exception {
        assertThat(Notebooks.check(Path.of("notebooks"), Path.of("notebooks-exported")))
                .as("stale exports: run ./tradenet notebooks and commit notebooks-exported/").isEmpty();
    }

    @Test
    void everySourceHasExportsHoldingItsCurrentCells() throws Exception {
        assertThat(Notebooks.sources(Path.of("notebooks"))).hasSizeGreaterThanOrEqualTo(4);
        for (Path p : Notebooks.sources(Path.of("notebooks"))) {
            NotebookSource src = NotebookSource.read(p);
            Path md = Path.of("notebooks-exported", src.name() + ".md");
            assertThat(Path.of("notebooks-exported", src.name() + ".ipynb")).as(src.name()).isRegularFile();
            assertThat(md).as(src.name()).isRegularFile();
            String exported = Files.readString(md);
            for (NotebookSource.Cell c : src.cells()) {
                assertThat(exported).as("%s, cell at line %d: run ./tradenet notebooks", src.name(), c.line())
                        .contains(c.source().strip());
            }
        }
    }
}
