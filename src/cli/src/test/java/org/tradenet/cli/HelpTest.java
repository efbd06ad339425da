package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Every command's help renders cleanly (picocli warns on System.err about unescaped '%' and the like). */
class HelpTest {

    @Test
    void everyCommandHasCleanHelp() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String name : Main.commandLine().getSubcommands().keySet()) {
                if (name.equals("help")) {
                    continue;
                }
                CliRunner r = CliRunner.run(name, "--help");
                assertThat(r.exitCode()).as(name).isZero();
                assertThat(r.out()).as(name).startsWith("Usage: tradenet " + name);
                assertThat(r.err()).as(name).isEmpty();
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
    }
}
