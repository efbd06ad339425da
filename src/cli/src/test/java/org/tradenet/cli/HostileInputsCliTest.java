package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradenet.report.XmlCheck;
import org.w3c.dom.Element;

/**
 * The input classes of the second reliability round that need a file made at test time:
 * saved partitions with duplicate keys, our own CSV read back, repeated pairs summed, columns
 * named with their unit, undated flows in a timeline, XML-illegal characters in ids, and a run
 * out of memory.
 */
class HostileInputsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void savedPartitionJsonWithADuplicateKeyOrTrailingContentIsRefused(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("ok.csv");
        Files.writeString(ok, "node,community\nA,1\nB,2\n");
        Path dup = dir.resolve("dup.json");
        Files.writeString(dup, "{\"membership\": {\"A\": 1,\n \"B\": 2,\n \"A\": 2}}\n");
        CliRunner r = CliRunner.run("compare-partitions", dup.toString(), ok.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .startsWith("tradenet: " + dup + ":3: not valid JSON").contains("the key 'A' is given twice");
        Path trailing = dir.resolve("trailing.json");
        Files.writeString(trailing, "{\"membership\": {\"A\": 1, \"B\": 2}}\n{\"membership\": {}}\n");
        CliRunner t = CliRunner.run("compare-partitions", trailing.toString(), ok.toString());
        assertThat(t.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(t.err()).contains(trailing + ":2: not valid JSON").contains("content after the end of the JSON document");
    }

    /** Ids that CSV output defuses against spreadsheet formulas; the partition CSV must read them back. */
    @Test
    void ourOwnPartitionCsvReadsBackWithDefusedIds(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("formulas.csv");
        Files.writeString(data, "source,target,weight\n=A,+B,5\n+B,-C,4\n-C,=A,3\n@D,=A,1\n@D,E,6\nE,@D,6\n"
                + "'=F,E,2\nE,'=F,2\n");
        Path csv = dir.resolve("p.csv");
        Path json = dir.resolve("p.json");
        assertThat(CliRunner.run("communities", data.toString(), "--format", "csv", "-o", csv.toString()).exitCode()).isZero();
        assertThat(Files.readString(csv)).contains("'=A").contains("'+B").contains("'@D");
        assertThat(CliRunner.run("communities", data.toString(), "--format", "json", "-o", json.toString()).exitCode()).isZero();
        CliRunner r = CliRunner.run("compare-partitions", csv.toString(), json.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("nodes").asInt()).as("every node matched").isEqualTo(6);
        assertThat(j.get("nmi").asDouble()).isEqualTo(1.0);
    }

    @Test
    void repeatedPairsAreRefusedWithAdviceOrSummed(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("shipments.csv");
        Files.writeString(data, "exporter,importer,value,quantity\nCHN,USA,10,1\nUSA,JPN,4,\nCHN,USA,5,2\nCHN,USA,1,3\n");
        for (String command : List.of("summary", "convert", "metrics")) {
            List<String> args = new ArrayList<>(List.of(command, data.toString()));
            if (command.equals("convert")) {
                args.addAll(List.of("-o", "-"));
            }
            CliRunner refused = CliRunner.run(args.toArray(String[]::new));
            assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(refused.err().lines().toList()).singleElement().asString()
                    .endsWith(data + ":4: duplicate flow CHN→USA (first on line 2); if the file lists several shipments of one "
                            + "pair, add them up with --duplicates sum");
            args.addAll(List.of("--duplicates", "sum"));
            CliRunner summed = CliRunner.run(args.toArray(String[]::new));
            assertThat(summed.exitCode()).as(summed.err()).isZero();
            assertThat(summed.out() + summed.err()).contains("2 row(s) repeated the exporter, importer, product and year of an "
                    + "earlier row and were added to it (--duplicates sum)");
        }
        CliRunner c = CliRunner.run("convert", data.toString(), "--duplicates", "sum", "-o", "-");
        assertThat(c.out().lines().toList()).containsExactly("exporter,importer,value,quantity,hs6,year", "CHN,USA,16,6,,",
                "USA,JPN,4,,,");
        CliRunner s = CliRunner.run("summary", data.toString(), "--duplicates", "sum", "--format", "json");
        assertThat(s.out()).contains("\"totalValueUsd\" : 20");
    }

    @Test
    void columnsNamedWithTheirUnitAreConvertedAndUnknownUnitsRefused(@TempDir Path dir) throws IOException {
        Path kusd = dir.resolve("kusd.csv");
        Files.writeString(kusd, "exporter,importer,value_kusd,netweight_kg\nCHN,USA,2.5,1500\nUSA,CHN,1,\n");
        CliRunner c = CliRunner.run("convert", kusd.toString(), "-o", "-");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out().lines().toList()).containsExactly("exporter,importer,value,quantity,hs6,year", "CHN,USA,2500,1.5,,",
                "USA,CHN,1000,,,");
        assertThat(c.err()).contains("values of column 'value_kusd' converted from thousand USD to USD")
                .contains("quantities of column 'netweight_kg' converted from kg to tonnes");
        for (String header : List.of("trade_value_usd,kg", "value_1000usd,tonnes", "value,quantity_kg")) {
            Path f = dir.resolve("h.csv");
            Files.writeString(f, "exporter,importer," + header + "\nCHN,USA,3,4000\n");
            CliRunner r = CliRunner.run("convert", f.toString(), "-o", "-");
            assertThat(r.exitCode()).as(header + ": " + r.err()).isZero();
            double value = header.startsWith("value_1000usd") ? 3000 : 3;
            double tonnes = header.endsWith("tonnes") ? 4000 : 4;
            assertThat(r.out()).contains("CHN,USA," + (long) value + "," + (long) tonnes + ",,");
        }
        Path eur = dir.resolve("eur.csv");
        Files.writeString(eur, "exporter,importer,value_eur\nCHN,USA,3\n");
        for (String command : List.of("summary", "convert", "shock")) {
            List<String> args = new ArrayList<>(List.of(command, eur.toString()));
            if (command.equals("convert")) {
                args.addAll(List.of("-o", "-"));
            }
            if (command.equals("shock")) {
                args.addAll(List.of("--scenario", "china-export-tax-25"));
            }
            CliRunner r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err().lines().toList()).singleElement().asString()
                    .startsWith("tradenet: " + eur + ":1: field 'value_eur': the unit of this column cannot be known; understood: "
                            + "value, value_usd, trade_value_usd, valueusd (USD); value_kusd, value_1000usd (thousand USD)");
        }
    }

    @Test
    void timelineNotesFlowsWithoutAYear(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("years.csv");
        Files.writeString(data, "exporter,importer,value,year\nCHN,USA,10,2020\nUSA,CHN,5,2020\nCHN,USA,12,2021\nUSA,CHN,6,2021\n"
                + "CHN,JPN,7,\n");
        CliRunner r = CliRunner.run("timeline", data.toString(), "--runs", "1", "-o", dir.resolve("t").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out() + r.err()).contains("1 flow(s) without a year (USD 7.000) are in no year of the timeline; "
                + "the whole-period network includes them");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gexf", "graphml"})
    void xmlIllegalCharactersInIdsGiveAValidDocumentWithDistinctNodes(String to, @TempDir Path dir) throws Exception {
        Path data = dir.resolve("fffe.csv");
        Files.writeString(data, "source,target,weight\nA\uFFFEB,USA,10\nUSA,A\uFFFFB,5\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("x." + to);
        CliRunner r = CliRunner.run("export", data.toString(), "--to", to, "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        org.w3c.dom.Document d = XmlCheck.parse(Files.readString(out));
        List<String> ids = XmlCheck.elements(d, "node").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(ids).containsExactlyInAnyOrder("A\uFFFDB", "USA", "A\uFFFDB~2");
        for (Element e : XmlCheck.elements(d, "edge")) {
            assertThat(ids).contains(e.getAttribute("source"), e.getAttribute("target"));
        }
    }

    /** A row without end (binary content, /dev/zero, a quote never closed) stops at the cap, not at the heap's end. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"summary", "convert", "metrics", "analyze"})
    void aRowLongerThanTheCapIsOneLineExit3(String command, @TempDir Path dir) throws IOException {
        Path f = dir.resolve("long.csv");
        Files.writeString(f, "exporter,importer,value\nCHN,USA,1\nCHN,\"" + "x".repeat(1_200_000) + "\n,2\n");
        List<String> args = new ArrayList<>(List.of(command, f.toString()));
        if (!command.equals("summary") && !command.equals("metrics")) {
            args.addAll(List.of(command.equals("analyze") ? "-o" : "--out", dir.resolve("o").toString()));
        }
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines().toList()).singleElement().asString().isEqualTo("tradenet: " + f
                + ":3: a row is longer than 1048576 characters: no trade data has such rows (binary content, or a quote that is "
                + "never closed?)");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    /** A heap too small for the run: one line naming TRADENET_JAVA_OPTS, exit 1, no stack trace. */
    @Test
    void outOfMemoryIsOneLine(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("many-ids.csv");
        StringBuilder sb = new StringBuilder("source,target,weight\n");
        for (int i = 0; i < 60_000; i++) {
            sb.append("node-with-a-long-name-").append(i).append(",node-with-a-long-name-").append((i * 7 + 1) % 60_000)
                    .append(",1\n");
        }
        Files.writeString(big, sb.toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx24m", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                "org.tradenet.cli.Main", "analyze", big.toString(), "--runs", "1", "-o", dir.resolve("out").toString())
                .redirectOutput(new File(dir.resolve("stdout").toString())).redirectError(new File(dir.resolve("stderr").toString()))
                .start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(dir.resolve("stderr"));
        assertThat(p.exitValue()).as(err).isEqualTo(ExitCodes.INTERNAL);
        List<String> lines = err.lines().filter(l -> !l.startsWith("[")).toList();
        assertThat(lines).as(err).singleElement().asString()
                .startsWith("tradenet: out of memory; give Java more with TRADENET_JAVA_OPTS");
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }
}
