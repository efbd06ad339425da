package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Report headers state the weight meaning actually read: trade value (USD) for trade data, the
 * column a generic graph's weights came from (unit unknown), or 1 per edge; and amounts far
 * beyond any trade flow print with an exponent, not as 300 digits.
 */
class WeightMeaningCliTest {

    @TempDir
    Path dir;

    @Test
    void aGenericGraphSaysWhichColumnItsWeightsCameFrom() throws IOException {
        CliRunner text = CliRunner.run("summary", "test-fixtures/edge-cases/huge-weights.csv");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("weight: column 'weight' as given (unit unknown)\n").doesNotContain("trade value (USD)");
        // the body speaks of nodes and strengths, not of countries, exporters, dollars or tonnes
        assertThat(text.out()).contains("direction: directed, edges source -> target\n", "Largest out-strength",
                "Largest in-strength", "total weight").doesNotContainIgnoringCase("exporter").doesNotContain("USD", "total quantity",
                "products:");
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("summary", "test-fixtures/edge-cases/huge-weights.csv",
                "--format", "json").out());
        assertThat(json.toString()).contains("column 'weight' as given (unit unknown)");
        CliRunner communities = CliRunner.run("communities", "test-fixtures/edge-cases/huge-weights.csv", "--format", "markdown");
        assertThat(communities.out()).contains("column 'weight' as given (unit unknown)").doesNotContain("trade value (USD)");

        Path value = dir.resolve("value.csv");
        Files.writeString(value, "source,target,value\na,b,2\nb,c,3\n");
        assertThat(CliRunner.run("metrics", value.toString()).out()).contains("weight: column 'value' as given (unit unknown)\n");
        Path none = dir.resolve("unweighted.csv");
        Files.writeString(none, "source,target\na,b\nb,c\n");
        assertThat(CliRunner.run("hubs", none.toString()).out()).contains("weight: 1 per edge (the edge list has no weight column)\n");
        assertThat(CliRunner.run("summary", none.toString(), "--weight", "share").out())
                .contains("weight: share of the total weight (1 per edge (the edge list has no weight column))\n");
    }

    @Test
    void tradeDataIsTradeValueInUsd() {
        assertThat(CliRunner.run("summary", "test-fixtures/edge-cases/two-countries.csv").out())
                .contains("weight: trade value (USD)\n", "direction: directed, edges exporter -> importer\n", "Top exporters",
                        "exports (USD)", "total quantity", "products: all in the data\n");
        assertThat(CliRunner.run("summary", "rare-earths", "--weight", "quantity").out()).contains("weight: quantity (tonnes)\n");
    }

    @Test
    void hugeAmountsPrintWithAnExponent() {
        CliRunner r = CliRunner.run("summary", "test-fixtures/edge-cases/huge-weights.csv");
        assertThat(r.out()).containsPattern("total weight +6\\.50e\\+300\n");
        assertThat(r.out().lines().mapToInt(String::length).max().orElseThrow()).as("no line of 300 digits").isLessThan(120);
        CliRunner csv = CliRunner.run("summary", "test-fixtures/edge-cases/huge-weights.csv", "--format", "csv");
        assertThat(csv.out().lines().mapToInt(String::length).max().orElseThrow()).isLessThan(120);
        assertThat(csv.out()).contains("exporter,1,JPN,JPN,3.0E300,");
        Path out = dir.resolve("converted.csv");
        assertThat(CliRunner.run("convert", "test-fixtures/edge-cases/huge-weights.csv", "-o", out.toString()).exitCode()).isZero();
        CliRunner back = CliRunner.run("summary", out.toString());
        assertThat(back.exitCode()).as("an exponent reads back: %s", back.err()).isZero();
        assertThat(back.out()).containsPattern("total weight +6\\.50e\\+300\n");
    }
}
