package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text-output injection (class 16 of the second reliability round): a country id with a line
 * break (ids come from files; the readers refuse other control characters in them), a scenario
 * name and description and a community label with a line break and a terminal escape go
 * through every command's text and Markdown output. None forges a line and none lets an escape
 * through: every prose line, table, header, note and progress line shows them as {@code \n} and
 * {@code \u001b}.
 */
class ControlCharacterInjectionCliTest {

    @TempDir
    static Path dir;

    private static Path net;
    private static Path scenario;
    private static Path before;
    private static Path after;

    @BeforeAll
    static void hostileFiles() throws IOException {
        net = dir.resolve("net.csv");
        StringBuilder csv = new StringBuilder("exporter,importer,value,year\n");
        for (int year = 2020; year <= 2022; year++) {
            csv.append("CHN,USA,100,").append(year).append('\n')
                    .append("\"EVIL\nforged id line\",USA,50,").append(year).append('\n')
                    .append("CHN,\"EVIL\nforged id line\",30,").append(year).append('\n')
                    .append("JPN,USA,20,").append(year).append('\n')
                    .append("USA,JPN,10,").append(year).append('\n')
                    .append("CHN,JPN,5,").append(year).append('\n')
                    .append("JPN,\"EVIL\nforged id line\",7,").append(year).append('\n');
        }
        Files.writeString(net, csv);
        scenario = dir.resolve("scenario.json");
        Files.writeString(scenario, "{\"name\": \"tax\\u001b[31m\\nforged scenario line\", \"description\": "
                + "\"described\\nforged description line\\u001b[2J\", \"measures\": [{\"type\": \"export-tax\", "
                + "\"exporters\": \"CHN\", \"rate\": 0.1}, {\"type\": \"export-tax\", \"exporters\": \"EVIL\\nforged id line\", "
                + "\"rate\": 0.05}]}");
        before = dir.resolve("before.json");
        Files.writeString(before, "{\"membership\": {\"CHN\": \"east\\u001b[31m\\nforged community line\", \"JPN\": "
                + "\"east\\u001b[31m\\nforged community line\", \"USA\": \"west\"}}");
        after = dir.resolve("after.json");
        Files.writeString(after, "{\"membership\": {\"CHN\": \"one\\nforged community line\", \"JPN\": \"two\\u001b[0m\", "
                + "\"USA\": \"two\\u001b[0m\"}}");
    }

    static Stream<Arguments> outputs() {
        List<Arguments> all = new ArrayList<>();
        for (String format : List.of("text", "markdown")) {
            all.add(Arguments.of(format, List.of("summary", net.toString())));
            all.add(Arguments.of(format, List.of("metrics", net.toString())));
            all.add(Arguments.of(format, List.of("hubs", net.toString())));
            all.add(Arguments.of(format, List.of("communities", net.toString())));
            all.add(Arguments.of(format, List.of("shock", net.toString(), "--scenario", scenario.toString())));
            all.add(Arguments.of(format, List.of("timeline", net.toString(), "--runs", "1")));
            all.add(Arguments.of(format, List.of("compare-partitions", before.toString(), after.toString())));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} --format {0}")
    @MethodSource("outputs")
    void noLineIsForgedAndNoEscapeGetsThrough(String format, List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--format", format));
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertSafe(r.out());
        assertSafe(r.err());
        // Text shows a line break as \n; Markdown as a space (prose also escapes [ as \[, tables need not).
        boolean md = format.equals("markdown");
        String br = md ? " " : "\\n";
        String shown = md ? r.out().replace("\\[", "[") : r.out();
        assertThat(shown).as("the hostile text is shown, made visible")
                .containsAnyOf("EVIL" + br + "forged id line", "east\\u001b[31m" + br + "forged community line");
        if (command.get(0).equals("shock")) {
            assertThat(shown).contains("tax\\u001b[31m" + br + "forged scenario line")
                    .contains("described" + br + "forged description line");
        }
    }

    @ParameterizedTest(name = "analyze, convert and export: {0}")
    @MethodSource("writers")
    void commandsThatWriteFilesSayWhatTheyDidSafely(String command) throws IOException {
        Path out = dir.resolve("out-" + command);
        CliRunner r = switch (command) {
            case "analyze" -> CliRunner.run("analyze", net.toString(), "--runs", "1", "--scenarios", scenario.toString(),
                    "-o", out.toString());
            case "convert" -> CliRunner.run("convert", net.toString(), "-o", out.toString());
            default -> CliRunner.run("export", net.toString(), "--to", "gexf", "-o", out.toString());
        };
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertSafe(r.out());
        assertSafe(r.err());
        if (command.equals("analyze")) {
            String md = Files.readString(out.resolve("report.md"));
            assertSafe(md);
            assertThat(md).contains("forged scenario line").contains("forged description line").contains("forged id line");
            assertThat(r.out()).contains("EVIL\\nforged id line");
        }
    }

    static Stream<String> writers() {
        return Stream.of("analyze", "convert", "export");
    }

    private static void assertSafe(String text) {
        assertThat(text).doesNotContain("\u001b").doesNotContain("\r");
        assertThat(text.lines().filter(l -> l.strip().startsWith("forged")).toList()).as(text).isEmpty();
    }
}
