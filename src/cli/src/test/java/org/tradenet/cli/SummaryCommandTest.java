package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {

    @Test
    void defaultNetworkIsTheShippedRareEarthTrade() throws Exception {
        CliRunner r = CliRunner.run("summary", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("nodes").asInt()).isEqualTo(117);
        assertThat(j.get("links").asInt()).isEqualTo(893);
        assertThat(j.get("totalValueUsd").asDouble()).isCloseTo(3.370e9, within(0.0005e9));
        assertThat(j.get("density").asDouble()).isCloseTo(893.0 / (117 * 116), within(1e-12));
        assertThat(j.get("topExporters").get(0).get("id").asText()).isEqualTo("MMR");
        assertThat(j.get("parameters").get("direction").asText()).contains("exporter -> importer");
        assertThat(j.get("data").asText()).contains("UN Comtrade");
    }

    @Test
    void textIsAnAlignedTableWithTheHeaderFirst() {
        CliRunner r = CliRunner.run("summary", "rare-earths", "--top", "3");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("tradenet summary\ndata: rare-earths");
        assertThat(r.out()).contains("countries (nodes)               117").contains("USD 3.37 bn");
    }

    @Test
    void filtersByYearAndProduct() throws Exception {
        CliRunner r = CliRunner.run("summary", "magnets-timeline", "--year", "2002", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("parameters").get("years").asText()).isEqualTo("[2002]");
        assertThat(j.get("data").asText()).contains("TRIMMED");
        assertThat(j.get("notes").toString()).doesNotContain("years summed");
        CliRunner hs = CliRunner.run("summary", "--hs", "rare-earth-metals", "--format", "json");
        JsonNode h = new ObjectMapper().readTree(hs.out());
        assertThat(h.get("totalValueUsd").asDouble()).isLessThan(3.37e9).isPositive();
    }

    @Test
    void writesTheOutputFileWhole(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s.md");
        CliRunner r = CliRunner.run("summary", "--format", "markdown", "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("# tradenet summary").contains("| rank | exporter |");
        assertThat(dir.toFile().list()).containsExactly("s.md");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRunner.run("summary", "--no-such-option").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("summary", "--format", "pdf").exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRunner hs = CliRunner.run("summary", "--hs", "gold");
        assertThat(hs.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(hs.err()).contains("'gold' is neither a six-digit HS code nor a product group");
        assertThat(CliRunner.run("summary", "no-such-dataset").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void lenientListsEverySkippedRow(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("f.csv");
        Files.writeString(f, "exporter,importer,value\nCHN,USA,10\nCHN,JPN,x\nJPN,USA,-1\n");
        CliRunner r = CliRunner.run("summary", f.toString(), "--lenient");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err().lines()).containsExactly(
                "skipped " + f + ":3: field 'value': 'x' is not a number",
                "skipped " + f + ":4: field 'value': is negative (-1)");
        assertThat(r.out()).contains("note: 2 row(s) skipped (--lenient)");
    }

    @Test
    void userDefinedProductGroups(@TempDir Path dir) throws Exception {
        Path groups = dir.resolve("groups.csv");
        Files.writeString(groups, "group,hs6,description\ncerium,284610,Cerium compounds\nmetal-and-cerium,284610,\nmetal-and-cerium,280530,\n");
        JsonNode all = new ObjectMapper().readTree(CliRunner.run("summary", "--format", "json").out());
        JsonNode ce = new ObjectMapper().readTree(CliRunner.run("summary", "--product-groups", groups.toString(),
                "--hs", "cerium", "--format", "json").out());
        JsonNode mc = new ObjectMapper().readTree(CliRunner.run("summary", "--product-groups", groups.toString(),
                "--hs", "metal-and-cerium", "--format", "json").out());
        JsonNode metal = new ObjectMapper().readTree(CliRunner.run("summary", "--hs", "280530", "--format", "json").out());
        JsonNode other = new ObjectMapper().readTree(CliRunner.run("summary", "--hs", "284690", "--format", "json").out());
        assertThat(ce.get("totalValueUsd").asDouble() + metal.get("totalValueUsd").asDouble())
                .isCloseTo(mc.get("totalValueUsd").asDouble(), within(1e-3));
        assertThat(mc.get("totalValueUsd").asDouble() + other.get("totalValueUsd").asDouble())
                .isCloseTo(all.get("totalValueUsd").asDouble(), within(1e-3));
        Files.writeString(groups, "group,hs6\nbad,28461\n");
        CliRunner bad = CliRunner.run("summary", "--product-groups", groups.toString(), "--hs", "bad");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains(groups + ":2: field 'hs6': '28461' is not a six-digit HS code");
    }
}
