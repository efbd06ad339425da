package org.tradenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.shock.BuiltInScenarios;

/**
 * The README's library example, read from {@code README.md} between the
 * {@code library-example} markers, compiled with the system Java compiler against the test
 * class path and run; its printed lines are checked. Editing the README edits the test.
 */
class ReadmeLibraryExampleTest {

    private static final String START = "<!-- library-example:start -->";
    private static final String END = "<!-- library-example:end -->";

    /** The java block between the markers, without its fences. */
    static String exampleBlock(String readme) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README.md has the start marker").isNotNegative();
        assertThat(end).as("README.md has the end marker after it").isGreaterThan(start);
        String between = readme.substring(start + START.length(), end).strip();
        assertThat(between).startsWith("```java\n").endsWith("\n```");
        return between.substring("```java\n".length(), between.length() - "\n```".length());
    }

    /** Imports stay at the top; every other line becomes the body of {@code main}. */
    static String asClass(String block) {
        List<String> imports = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String line : block.split("\n")) {
            (line.startsWith("import ") ? imports : body).add(line);
        }
        return String.join("\n", imports) + "\n\npublic class ReadmeExample {\n"
                + "    public static void main(String[] args) throws Exception {\n"
                + body.stream().map(l -> "        " + l).collect(Collectors.joining("\n"))
                + "\n    }\n}\n";
    }

    @Test
    void theReadmeExampleCompilesAndPrintsWhatItShould(@TempDir Path dir) throws Exception {
        String source = asClass(exampleBlock(Files.readString(Path.of("README.md"))));
        Path file = dir.resolve("ReadmeExample.java");
        Files.writeString(file, source);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString()),
                null, compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                        .getJavaFileObjects(file)).call();
        assertThat(compiled).as("README example compiles:\n%s\n%s", diagnostics, source).isTrue();

        List<String> lines = run(dir);
        assertThat(lines.get(0)).isEqualTo("117 countries, 4 communities");
        assertThat(lines.get(1)).matches("magnets 2024: [1-9][0-9]* countries");
        assertThat(lines).filteredOn(l -> l.startsWith("hub ")).isNotEmpty()
                .contains("hub JPN", "hub VNM", "hub MYS");
        assertThat(lines).contains("trade falls: true");
        List<String> scenarioLines = lines.subList(lines.size() - BuiltInScenarios.study().size(), lines.size());
        for (int i = 0; i < scenarioLines.size(); i++) {
            assertThat(scenarioLines.get(i)).startsWith(BuiltInScenarios.study().get(i).name() + ": ")
                    .hasSizeGreaterThan(BuiltInScenarios.study().get(i).name().length() + 2);
        }
    }

    /** Runs the compiled example's {@code main} and returns what it printed, line by line. */
    private static List<String> run(Path classes) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeLibraryExampleTest.class.getClassLoader());
                PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            Method main = loader.loadClass("ReadmeExample").getMethod("main", String[].class);
            System.setOut(capture);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
