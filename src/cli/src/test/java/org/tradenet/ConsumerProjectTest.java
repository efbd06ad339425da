package org.tradenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.network.TradeNetwork;

/**
 * A project that depends on {@code org.tradenet:tradenet-core} alone ({@code
 * test-fixtures/consumer}) resolves, compiles and runs against the core built here, and its
 * dependency list holds none of the report or command-line libraries.
 *
 * <p>How, without touching the shared local repository: core's jar, core's pom and the parent
 * pom are laid out in a fresh temporary local repository, as {@code mvn install} would put them;
 * a settings file makes the user's own local repository (a directory in repository layout) the
 * only remote, through a {@code file://} mirror, so the third-party jars core needs come from
 * there and nothing is downloaded. Slow: it starts Maven twice.
 */
@Tag("slow")
class ConsumerProjectTest {

    private static final List<String> FORBIDDEN = List.of("picocli", "jfreechart", "org.jfree.svg", "jfreesvg", "antlr",
            "commons-text", "jgrapht-io", "tradenet-report", "tradenet-cli");

    @Test
    void aProjectDependingOnCoreAloneBuildsRunsAndPullsInNoReportOrCliLibrary(@TempDir Path tmp) throws Exception {
        String version = TradenetVersion.current().version();
        Path repo = tmp.resolve("repo");
        Path tradenet = repo.resolve("org/tradenet");
        copy(Path.of("pom.xml"), tradenet.resolve("tradenet-parent/" + version + "/tradenet-parent-" + version + ".pom"));
        Path core = tradenet.resolve("tradenet-core/" + version);
        copy(Path.of("src/core/pom.xml"), core.resolve("tradenet-core-" + version + ".pom"));
        coreJar(core.resolve("tradenet-core-" + version + ".jar"));

        Path userRepo = Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path settings = tmp.resolve("settings.xml");
        Files.writeString(settings, "<settings>\n  <localRepository>" + repo.toAbsolutePath() + "</localRepository>\n"
                + "  <mirrors><mirror><id>user-repository</id><mirrorOf>*</mirrorOf><url>"
                + userRepo.toAbsolutePath().toUri() + "</url></mirror></mirrors>\n</settings>\n");

        Path project = tmp.resolve("consumer");
        try (Stream<Path> files = Files.walk(Path.of("test-fixtures/consumer"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                copy(f, project.resolve(Path.of("test-fixtures/consumer").relativize(f)));
            }
        }

        mvn(project, settings, version, "compile", "dependency:list", "dependency:build-classpath",
                "-DoutputFile=deps.txt", "-Dmdep.outputFile=cp.txt", "-DincludeScope=runtime");
        String deps = Files.readString(project.resolve("deps.txt"));
        assertThat(deps).contains("org.tradenet:tradenet-core:jar:" + version)
                .contains("org.jgrapht:jgrapht-core").contains("org.apache.commons:commons-math3:jar:3.6.1");
        for (String lib : FORBIDDEN) {
            assertThat(deps).as("the consumer's dependencies:\n%s", deps).doesNotContain(lib);
        }

        String classPath = project.resolve("target/classes") + java.io.File.pathSeparator
                + Files.readString(project.resolve("cp.txt")).strip();
        String out = run(project, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "example.Main"));
        assertThat(out.strip()).isEqualTo("communities: 4");
    }

    /** Core's jar: the one on this test's class path, or one made from its classes directory. */
    private static void coreJar(Path target) throws IOException {
        Path location;
        try {
            location = Path.of(TradeNetwork.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        Files.createDirectories(target.getParent());
        if (Files.isRegularFile(location)) {
            Files.copy(location, target);
            return;
        }
        try (OutputStream os = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(os);
                Stream<Path> files = Files.walk(location)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(location.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, jar);
                jar.closeEntry();
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static void mvn(Path project, Path settings, String version, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-s", settings.toString(),
                "-Dtradenet.version=" + version));
        command.addAll(List.of(goals));
        run(project, command);
    }

    /** Runs a command in {@code dir}; returns its output, or fails with it when the exit code is not 0. */
    private static String run(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        String out = new String(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s exited with:\n%s", command, out).isZero();
        return out;
    }
}
