package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradenet.report.XmlCheck;
import org.w3c.dom.Document;

/**
 * Countries called {@code <script>alert(1)</script>} and {@code =HYPERLINK("http://x")} (custom
 * ids of an edge list) through every output of every command: text shows them as they are,
 * Markdown and HTML escape them, JSON stays valid and holds them exactly, CSV cells are
 * defused (and read back as written), GEXF and GraphML parse and hold them exactly.
 */
class HostileNamesCliTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String FORMULA = "=HYPERLINK(\"http://x\")";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void write() throws IOException {
        data = dir.resolve("hostile.csv");
        Files.writeString(data, String.join("\n",
                "exporter,importer,value",
                "\"" + SCRIPT + "\",USA,100",
                "\"" + FORMULA.replace("\"", "\"\"") + "\",\"" + SCRIPT + "\",50",
                "USA,\"" + FORMULA.replace("\"", "\"\"") + "\",30",
                "CHN,USA,200",
                "CHN,\"" + SCRIPT + "\",20",
                "USA,CHN,10",
                "CHN,\"" + FORMULA.replace("\"", "\"\"") + "\",15") + "\n");
    }

    private static List<String> command(String name) {
        return new ArrayList<>(switch (name) {
            case "shock" -> List.of("shock", data.toString(), "--scenario", "china-export-tax-25");
            case "shock-levels" -> List.of("shock", data.toString(), "--scenario", "us-china-decoupling", "--form", "levels");
            default -> List.of(name, data.toString());
        });
    }

    private static String run(List<String> args) {
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as("%s: %s", args, r.err()).isZero();
        return r.out();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"summary", "metrics", "hubs", "communities", "shock", "shock-levels"})
    void everyFormatOfEveryReport(String name) throws IOException {
        List<String> text = command(name);
        text.addAll(List.of("--format", "text"));
        assertThat(run(text)).as("text shows the names as they are").contains(SCRIPT).contains(FORMULA);

        List<String> md = command(name);
        md.addAll(List.of("--format", "markdown"));
        String markdown = run(md);
        assertThat(markdown).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        List<String> js = command(name);
        js.addAll(List.of("--format", "json"));
        JsonNode root = JSON.readTree(run(js));
        List<String> texts = new ArrayList<>();
        collectTexts(root, texts);
        assertThat(texts).as("JSON holds the names exactly").contains(SCRIPT).contains(FORMULA);

        List<String> cs = command(name);
        cs.addAll(List.of("--format", "csv"));
        checkCsv(run(cs), name.equals("summary") || name.equals("hubs") || name.startsWith("shock") || name.equals("metrics"));
    }

    private static void collectTexts(JsonNode n, List<String> out) {
        if (n.isTextual()) {
            out.add(n.asText());
        }
        n.elements().forEachRemaining(c -> collectTexts(c, out));
        n.fields().forEachRemaining(e -> {
            out.add(e.getKey());
            collectTexts(e.getValue(), out);
        });
    }

    /** No cell a spreadsheet would run: every cell starting with =, +, -, @ is a plain number; the formula name is defused. */
    static void checkCsv(String csv, boolean namesExpected) throws IOException {
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertThat(rows).isNotEmpty();
        boolean defused = false;
        for (CSVRecord row : rows) {
            for (String cell : row) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    assertThat(cell).as("a formula cell").matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?");
                }
                defused |= cell.equals("'" + FORMULA);
            }
        }
        if (namesExpected) {
            assertThat(defused).as("the formula name appears, defused").isTrue();
        }
    }

    /** Raw markup from the data never reaches the page; script tags open and close in pairs. */
    static void checkHtml(String html) {
        assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(count(html, "<script")).isEqualTo(count(html, "</script>"));
        assertThat(html).doesNotContain("=HYPERLINK(\"");
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int k = 0;
        while (m.find()) {
            k++;
        }
        return k;
    }

    /** Node ids and labels hold the names exactly after XML parsing. */
    static void checkXml(String xml) throws Exception {
        Document d = XmlCheck.parse(xml);
        List<String> ids = XmlCheck.elements(d, "node").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(ids).contains(SCRIPT, FORMULA);
    }

    @Test
    void analyzeWritesEscapedPagesValidJsonAndParsableGexf() throws Exception {
        Path out = dir.resolve("analyze");
        run(List.of("analyze", data.toString(), "--runs", "2", "-o", out.toString()));
        checkHtml(Files.readString(out.resolve("report.html")));
        assertThat(Files.readString(out.resolve("report.md"))).doesNotContain("<script");
        List<String> texts = new ArrayList<>();
        collectTexts(JSON.readTree(Files.readString(out.resolve("report.json"))), texts);
        assertThat(texts).contains(SCRIPT, FORMULA);
        try (var files = Files.list(out)) {
            List<Path> gexf = files.filter(p -> p.toString().endsWith(".gexf")).toList();
            assertThat(gexf).hasSize(6);
            for (Path g : gexf) {
                checkXml(Files.readString(g));
            }
        }
    }

    @Test
    void theReportPageEscapesTheNames() throws IOException {
        Path page = dir.resolve("page.html");
        CliRunner r = CliRunner.run("report", data.toString(), "-o", page.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        checkHtml(Files.readString(page));
    }

    @Test
    void exportsParseAndHoldTheNamesAndCsvIsDefused() throws Exception {
        checkXml(run(List.of("export", data.toString(), "--to", "gexf")));
        checkXml(run(List.of("export", data.toString(), "--to", "graphml")));
        Path csvDir = dir.resolve("csv");
        CliRunner r = CliRunner.run("export", data.toString(), "--to", "csv", "-o", csvDir + "/");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (var files = Files.list(csvDir)) {
            for (Path p : files.toList()) {
                checkCsv(Files.readString(p), true);
            }
        }
    }

    @Test
    void convertAndOutNetworkAreDefusedAndReadBackAsWritten() throws IOException {
        Path converted = dir.resolve("converted.csv");
        CliRunner c = CliRunner.run("convert", data.toString(), "-o", converted.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        checkCsv(Files.readString(converted), true);
        Path after = dir.resolve("after.csv");
        CliRunner s = CliRunner.run("shock", data.toString(), "--scenario", "china-export-tax-25", "--out-network", after.toString());
        assertThat(s.exitCode()).as(s.err()).isZero();
        checkCsv(Files.readString(after), true);
        for (Path p : List.of(converted, after)) {
            JsonNode summary = JSON.readTree(run(List.of("summary", p.toString(), "--format", "json")));
            List<String> texts = new ArrayList<>();
            collectTexts(summary, texts);
            assertThat(texts).as("%s reads back with the names as they were", p).contains(SCRIPT, FORMULA)
                    .doesNotContain("'" + FORMULA);
        }
    }
}
