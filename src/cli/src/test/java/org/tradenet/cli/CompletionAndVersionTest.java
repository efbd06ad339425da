package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.TradenetVersion;

import picocli.CommandLine;

/** {@code tradenet completion} and {@code tradenet --version}. */
class CompletionAndVersionTest {

    @Test
    void theBashScriptNamesEveryCommandAndItsOptions() {
        CliRunner r = CliRunner.run("completion", "bash");
        assertThat(r.exitCode()).isZero();
        CommandLine cl = Main.commandLine();
        for (String name : cl.getSubcommands().keySet()) {
            assertThat(r.out()).as("command %s", name).contains(name);
        }
        for (CommandLine.Model.OptionSpec o : cl.getSubcommands().get("communities").getCommandSpec().options()) {
            assertThat(r.out()).as("option %s", o.longestName()).contains(o.longestName());
        }
    }

    /** The script really completes in bash: "comm" becomes "communities", "--alg" becomes "--algorithm". */
    @Test
    void bashCompletesACommandAndAnOption(@TempDir Path dir) throws Exception {
        Path bash = Path.of("/bin/bash");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(bash), "bash is not installed");
        Path script = dir.resolve("tradenet-completion.bash");
        Files.writeString(script, CliRunner.run("completion", "bash").out());
        assertThat(complete(bash, script, "tradenet", "comm")).contains("communities").doesNotContain("summary");
        assertThat(complete(bash, script, "tradenet", "communities", "--alg")).contains("--algorithm");
    }

    private static String complete(Path bash, Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        String cmd = "source '" + script + "'; COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length()
                + "; _complete_tradenet tradenet '" + words[words.length - 1] + "' '" + words[words.length - 2]
                + "' 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder(bash.toString(), "-c", cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void zshGetsTheSameScript() {
        String bash = CliRunner.run("completion", "bash").out();
        CliRunner zsh = CliRunner.run("completion", "zsh");
        assertThat(zsh.exitCode()).isZero();
        assertThat(zsh.out()).endsWith(bash).contains("bashcompinit");
    }

    /** --version prints the version in the root pom (the build filtered it into core's resources). */
    @Test
    void versionIsThePomVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>tradenet-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        CliRunner r = CliRunner.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("tradenet " + m.group(1));
        assertThat(TradenetVersion.current().version()).isEqualTo(m.group(1));
    }
}
