package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tradenet metrics} and {@code tradenet hubs}: output shape, parameters in the report, and one-line errors. */
class MetricsCommandsTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void metricsJsonHasEveryNodeColumnAndTheParameters() throws Exception {
        Run r = run("metrics", "--format", "json", "--distance", "neglog");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("nodes")).hasSize(117);
        JsonNode n = root.get("nodes").get(0);
        for (String key : new String[] {"id", "name", "region", "inStrength", "outStrength", "inDegree", "outDegree", "pagerank", "hub",
            "authority", "betweenness", "closeness", "harmonic", "eigenvector", "clustering", "kcore", "largestSupplierShare",
            "supplierHhi"}) {
            assertThat(n.has(key)).as(key).isTrue();
        }
        assertThat(root.get("network").get("density").asDouble()).isBetween(0.0, 1.0);
        assertThat(root.get("parameters").get("distance").asText()).startsWith("neglog");
        assertThat(root.get("parameters").get("direction").asText()).contains("exporter -> importer");
        assertThat(root.get("parameters").get("closeness direction").asText()).startsWith("outgoing");
    }

    @Test
    void metricsTextListsTheTopCountries() {
        Run r = run("metrics", "--metrics", "pagerank,betweenness", "--top", "3", "--sort", "betweenness");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Countries by betweenness (top 3 of 117)").contains("CHN").doesNotContain("clustering");
    }

    @Test
    void metricsCsvWritesAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.csv");
        Run r = run("metrics", "--format", "csv", "--out", f.toString(), "--metrics", "kcore");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(f)).hasSize(118).first().asString().startsWith("id,name,region,inStrength");
    }

    @Test
    void badOptionsAreOneLineUsageErrors() {
        Run r = run("metrics", "--metrics", "pagerank,nonsense");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("nonsense");
        assertThat(run("metrics", "--damping", "1.5").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("metrics", "--distance", "far").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("metrics", "--sort", "nope").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("hubs", "--compare-year", "2002").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void missingFileIsBadInput() {
        Run r = run("hubs", "no-such-file.csv");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void hubsNamesHubsWithReasons() {
        Run r = run("hubs");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Hubs: countries in the top 5").contains("JPN  Japan").contains("re-processing or re-export")
                .contains("Broker roles (Gould-Fernandez) relative to UN M49 regions");
    }

    @Test
    void hubsComparesTwoYears() throws Exception {
        Run r = run("hubs", "magnets-timeline", "--year", "2024", "--compare", "magnets-timeline", "--compare-year", "2002",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode cmp = root.get("comparison");
        assertThat(cmp.get("before").asText()).isEqualTo("2002");
        assertThat(cmp.get("after").asText()).isEqualTo("2024");
        JsonNode throughput = cmp.get("metrics").get(0);
        assertThat(throughput.get("metric").asText()).isEqualTo("throughput");
        for (JsonNode c : throughput.get("changes")) {
            if (c.get("id").asText().equals("VNM")) {
                assertThat(c.get("change").asInt()).as("Viet Nam rose").isPositive();
                assertThat(c.get("rankAfter").asInt()).isLessThanOrEqualTo(5);
            }
        }
        assertThat(root.get("parameters").get("compared with").asText()).contains("baseline");
    }
}
