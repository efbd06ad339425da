package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tradenet metrics} and {@code tradenet hubs}: output shape, parameters in the report, and one-line errors. */
class MetricsCommandsTest {


    @Test
    void metricsJsonHasEveryNodeColumnAndTheParameters() throws Exception {
        CliRunner r = CliRunner.run("metrics", "--format", "json", "--distance", "neglog");
        assertThat(r.exitCode()).as(r.err()).isZero();
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
        assertThat(root.get("parameters").get("closenessDirection").asText()).startsWith("outgoing");
    }

    @Test
    void metricsTextListsTheTopCountries() {
        CliRunner r = CliRunner.run("metrics", "--metrics", "pagerank,betweenness", "--top", "3", "--sort", "betweenness");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Countries by betweenness (top 3 of 117)").contains("CHN").doesNotContain("clustering");
    }

    @Test
    void metricsCsvWritesAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.csv");
        CliRunner r = CliRunner.run("metrics", "--format", "csv", "--out", f.toString(), "--metrics", "kcore");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(f)).hasSize(118).first().asString().startsWith("id,name,region,inStrength");
    }

    @Test
    void badOptionsAreOneLineUsageErrors() {
        CliRunner r = CliRunner.run("metrics", "--metrics", "pagerank,nonsense");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("nonsense");
        assertThat(CliRunner.run("metrics", "--damping", "1.5").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("metrics", "--distance", "far").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("metrics", "--sort", "nope").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("hubs", "--compare-year", "2002").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void missingFileIsBadInput() {
        CliRunner r = CliRunner.run("hubs", "no-such-file.csv");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void hubsNamesHubsWithReasons() {
        CliRunner r = CliRunner.run("hubs");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Hubs: countries in the top 5").contains("JPN  Japan").contains("re-processing or re-export")
                .contains("Broker roles (Gould-Fernandez) relative to UN M49 regions");
    }

    @Test
    void hubsComparesTwoYears() throws Exception {
        CliRunner r = CliRunner.run("hubs", "magnets-timeline", "--year", "2024", "--compare", "magnets-timeline", "--compare-year", "2002",
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
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
        assertThat(root.get("parameters").get("comparedWith").asText()).contains("baseline");
    }
}
