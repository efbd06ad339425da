package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradenet.atlas.AtlasParameters;
import org.tradenet.atlas.AtlasRow;

class AtlasCommandTest {

    static final String REAL = "test-fixtures/atlas/baci-2022-30hs6-critical-materials.csv";

    @TempDir
    Path dir;

    @Test
    void theRealExtractGivesTheFourFilesAndTheTopChokepoints() throws Exception {
        Path out = dir.resolve("atlas");
        CliRunner r = CliRunner.run("atlas", REAL, "--out", out.toString(), "--focus", "USA", "--threads", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String f : List.of("atlas.csv", "atlas.parquet", "atlas.json", "atlas.html")) {
            assertThat(out.resolve(f)).isNotEmptyFile();
            assertThat(r.err()).contains("wrote " + out.resolve(f));
        }
        List<String> csv = Files.readAllLines(out.resolve("atlas.csv"));
        assertThat(csv.get(0)).isEqualTo(String.join(",", AtlasRow.columns(true)));
        assertThat(csv.get(0)).startsWith("hs6,year,description,countries,links,valueUsd,quantityTonnes,exporterHhi,topExporter,"
                + "topExporterShare,top3Share,importersOver50Pct,communities,modularity,modularityZ,modularityP,topHubs,shockTopExporterTax25Pct,");
        assertThat(csv).hasSize(31);
        JsonNode json = new ObjectMapper().readTree(out.resolve("atlas.json").toFile());
        assertThat(json.get("engine").asText()).isEqualTo("local");
        assertThat(json.get("parameters").get("seed").asLong()).isEqualTo(42);
        assertThat(json.get("parameters").get("focus").asText()).isEqualTo("USA");
        assertThat(json.get("inputs").get(0).asText()).isEqualTo(REAL);
        assertThat(json.get("rowsRead").asLong()).isEqualTo(23_167);
        assertThat(json.get("shockModel").get("caveat").asText()).contains("screening figure");
        assertThat(json.get("significance").get("nullDraws").asInt()).isEqualTo(AtlasParameters.DEFAULT_NULL_DRAWS);
        assertThat(json.get("significance").get("seed").asLong()).isEqualTo(42);
        assertThat(json.get("significance").get("level").asDouble()).isEqualTo(0.05);
        assertThat(r.out()).contains("Top chokepoints").contains("811212").contains("KAZ").contains("screening figure");
        // Beryllium (811212) leads: Kazakhstan exports 85% of it.
        assertThat(r.out().lines().filter(l -> l.matches("^\\d{6} .*")).findFirst().orElseThrow()).startsWith("811212");
    }

    @Test
    void nullDrawsZeroLeavesTheSignificanceOutAndChangesNothingElse() throws Exception {
        Path on = dir.resolve("on");
        Path off = dir.resolve("off");
        String hs = "810411,283691";
        assertThat(CliRunner.run("atlas", REAL, "--hs", hs, "--out", on.toString()).exitCode()).isZero();
        CliRunner r = CliRunner.run("atlas", REAL, "--hs", hs, "--null-draws", "0", "--out", off.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> a = Files.readAllLines(on.resolve("atlas.csv"));
        List<String> b = Files.readAllLines(off.resolve("atlas.csv"));
        int z = AtlasRow.columns(false).indexOf("modularityZ");
        for (int n = 1; n < a.size(); n++) {
            List<String> withTest = new java.util.ArrayList<>(List.of(a.get(n).split(",", -1)));
            List<String> without = List.of(b.get(n).split(",", -1));
            assertThat(withTest.get(z + 1)).as("a p-value over 19 draws").matches("0\\.\\d+|1\\.0");
            assertThat(without.get(z)).isEmpty();
            assertThat(without.get(z + 1)).isEmpty();
            withTest.set(z, "");
            withTest.set(z + 1, "");
            assertThat(withTest).isEqualTo(without);
        }
        JsonNode json = new ObjectMapper().readTree(off.resolve("atlas.json").toFile());
        assertThat(json.get("significance").get("nullDraws").asInt()).isZero();
        assertThat(json.get("significance").get("method").asText()).contains("not tested");
        assertThat(CliRunner.run("atlas", REAL, "--null-draws", "-1", "--out", off.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theSparkEngineIsFoundOnlyWhenItIsOnTheClassPath() {
        CliRunner r = CliRunner.run("atlas", REAL, "--engine", "spark", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("the Spark engine is not on the class path").doesNotContain("Exception");
    }

    @Test
    void badInputAndBadOptionsHaveTheirExitCodes() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "t,i,j,k,v,q\n2022,156,842,850511,abc,NA\n");
        CliRunner r = CliRunner.run("atlas", bad.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("bad.csv:2").contains("'v'").doesNotContain("Exception");
        assertThat(dir.resolve("o/atlas.csv")).doesNotExist();

        CliRunner focus = CliRunner.run("atlas", REAL, "--focus", "XYZ", "--out", dir.toString());
        assertThat(focus.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(focus.err()).contains("--focus XYZ");

        CliRunner hs = CliRunner.run("atlas", REAL, "--hs", "12", "--out", dir.toString());
        assertThat(hs.exitCode()).isEqualTo(ExitCodes.USAGE);

        CliRunner none = CliRunner.run("atlas", REAL, "--year", "1999", "--out", dir.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("no product and year to screen");
    }
}
