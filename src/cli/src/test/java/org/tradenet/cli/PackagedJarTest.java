package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar the launcher uses, as Maven's package phase left it (slow: runs in
 * {@code mvn verify}, after packaging): its manifest names the version, and
 * {@code --version} from the jar prints the pom's version, not "development".
 */
@Tag("slow")
class PackagedJarTest {

    private static final Path JAR = Path.of("src", "cli", "target", "tradenet.jar");

    private static String pomVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>tradenet-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theJarPrintsThePomVersion() throws Exception {
        assertThat(JAR).exists();
        String version = pomVersion();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Implementation-Version")).isEqualTo(version);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).startsWith("tradenet " + version).doesNotContain("development");
    }
}
