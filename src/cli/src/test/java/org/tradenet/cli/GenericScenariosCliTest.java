package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** analyze on a product other than rare earths runs the generic scenarios, with resolved countries and no rare-earth word. */
class GenericScenariosCliTest {

    @Test
    void cobaltRunsTheGenericScenarios(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("analyze", "test-fixtures/products/cobalt-oxides-2022.csv", "--runs", "2", "--out", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("largest-exporter-tax-25", "next-exporters-tax-25", "largest-exporter-embargo",
                "largest-exporter-supply-cut-50", "us-china-decoupling")
                .contains("not run: tariff-removal: skipped").doesNotContain("allied");
        String md = Files.readString(dir.resolve("report.md"));
        // COD is the largest exporter of cobalt oxides in 2022
        assertThat(md).contains("export tax 25% by the largest exporter (COD)")
                .contains("supply cut (export quota) of 50% of base volume by the largest exporter (COD)")
                .contains("at producer prices");
        for (String f : new String[] {"report.md", "report.json", "report.html", "largest-exporter-tax-25.gexf"}) {
            String text = Files.readString(dir.resolve(f)).toLowerCase();
            assertThat(text).as(f).doesNotContain("rare-earth").doesNotContain("rare earth").doesNotContain("han et al")
                    .doesNotContain("the study found");
        }
        JsonNode j = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(j.get("skippedScenarios").get(0).asText()).startsWith("tariff-removal: skipped");
    }
}
