package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebooksCommandTest {

    @Test
    void exportsThenChecksAndReportsStaleFilesWithExitCode3(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("nb"));
        Path out = dir.resolve("out");
        Files.writeString(src.resolve("01-one.md"), "# One\n\n```java\nSystem.out.println(\"hi\");\n```\n");
        CliRunner stale = CliRunner.run("notebooks", "--check", "--source", src.toString(), "--out", out.toString());
        assertThat(stale.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stale.err()).contains("01-one.ipynb (missing)").contains("2 exported notebook file(s) are stale");
        CliRunner export = CliRunner.run("notebooks", "--source", src.toString(), "--out", out.toString());
        assertThat(export.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(export.out()).contains("1 notebook(s) ran; wrote 2 files");
        CliRunner fresh = CliRunner.run("notebooks", "--check", "--source", src.toString(), "--out", out.toString());
        assertThat(fresh.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(fresh.out()).contains("are fresh");
    }

    @Test
    void aFailingNotebookOrAMissingDirectoryIsBadInput(@TempDir Path dir) throws Exception {
        assertThat(CliRunner.run("notebooks", "--source", dir.resolve("none").toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        Files.writeString(dir.resolve("01-bad.md"), "```java\nint x = \"text\";\n```\n");
        CliRunner r = CliRunner.run("notebooks", "--source", dir.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("CompilationError").contains("incompatible types").doesNotContain("at org.");
    }
}
