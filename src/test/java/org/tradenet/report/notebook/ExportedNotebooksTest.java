package org.tradenet.report.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Re-runs the repository's notebooks and fails when notebooks-exported/ is not what they
 * give now: run {@code ./tradenet notebooks} and commit the result. About 3 s.
 */
class ExportedNotebooksTest {

    @Test
    void theExportedNotebooksAreFresh() throws Exception {
        assertThat(Notebooks.check(Path.of("notebooks"), Path.of("notebooks-exported")))
                .as("stale exports: run ./tradenet notebooks and commit notebooks-exported/").isEmpty();
    }
}
