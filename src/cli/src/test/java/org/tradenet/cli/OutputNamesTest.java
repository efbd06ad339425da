package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradenet.report.ReportHeader;

/**
 * One naming scheme for every output key (docs/output-names.md): every JSON key and CSV
 * header the commands write is lowerCamelCase. Keys that are data (country ids keying a map,
 * such as {@code membership} or {@code welfare}) are not names and are skipped.
 */
class OutputNamesTest {

    private static final String CAMEL = "[a-z][a-zA-Z0-9]*";

    @Test
    void parameterLabelsBecomeCamelCaseKeys() {
        assertThat(ReportHeader.key("self-loops")).isEqualTo("selfLoops");
        assertThat(ReportHeader.key("NMI normalisation")).isEqualTo("nmiNormalisation");
        assertThat(ReportHeader.key("iterations at most")).isEqualTo("iterationsAtMost");
        assertThat(ReportHeader.key("seed")).isEqualTo("seed");
    }

    /** Every key in a JSON tree that is not a data key (an id in capitals keying a map). */
    static List<String> badKeys(JsonNode node, String path) {
        List<String> bad = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String k = e.getKey();
                boolean data = k.matches("[A-Z0-9]{2,3}");
                if (!data && !k.matches(CAMEL)) {
                    bad.add(path + "." + k);
                }
                bad.addAll(badKeys(e.getValue(), path + "." + k));
            }
        } else if (node.isArray()) {
            for (JsonNode x : node) {
                bad.addAll(badKeys(x, path + "[]"));
            }
        }
        return bad;
    }

    /** What a command prints, after checking it succeeded. */
    private static String out(String... args) {
        CliRunner r = CliRunner.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    private static List<String> csvHeader(String text) throws Exception {
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords().get(0).toList();
    }

    @Test
    void everyJsonKeyOfTheCommandsIsLowerCamelCase(@TempDir Path dir) throws Exception {
        Path partition = dir.resolve("p.json");
        Files.writeString(partition, out("communities", "--format", "json"));
        List<String> bad = new ArrayList<>();
        for (String[] args : List.of(
                new String[] {"summary", "--format", "json"},
                new String[] {"metrics", "--format", "json"},
                new String[] {"hubs", "--format", "json"},
                new String[] {"communities", "--format", "json"},
                new String[] {"shock", "--scenario", "china-export-tax-25", "--format", "json"},
                new String[] {"compare-partitions", partition.toString(), partition.toString(), "--format", "json"},
                new String[] {"timeline", "magnets-timeline", "--year", "2023,2024", "--format", "json"})) {
            bad.addAll(badKeys(new ObjectMapper().readTree(out(args)), args[0]));
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyCsvHeaderOfTheCommandsAndExportsIsLowerCamelCase(@TempDir Path dir) throws Exception {
        List<String> headers = new ArrayList<>();
        for (String[] args : List.of(
                new String[] {"summary", "--format", "csv"},
                new String[] {"metrics", "--format", "csv"},
                new String[] {"hubs", "--format", "csv"},
                new String[] {"communities", "--format", "csv"},
                new String[] {"shock", "--scenario", "china-export-tax-25", "--format", "csv"},
                new String[] {"timeline", "magnets-timeline", "--year", "2023,2024", "--format", "csv"})) {
            headers.addAll(csvHeader(out(args)));
        }
        out("export", "--to", "csv", "--with", "regions,strength,degree,communities,metrics", "--out", dir + "/");
        headers.addAll(csvHeader(Files.readString(dir.resolve("rare-earths-nodes.csv"))));
        headers.addAll(csvHeader(Files.readString(dir.resolve("rare-earths-edges.csv"))));
        assertThat(headers).contains("valueUsd", "outStrength", "largestSupplierShare", "productFlows", "name")
                .allMatch(h -> h.matches(CAMEL), "lowerCamelCase");
    }
}
