package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommunitiesCommandTest {



    @Test
    void rareEarthDirectedCommunitiesAsJson() throws Exception {
        CliRunner r = CliRunner.run("communities", "--format", "json", "--runs", "3");
        assertThat(r.exitCode()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("algorithm").asText()).isEqualTo("leiden");
        assertThat(j.get("directed").asBoolean()).isTrue();
        assertThat(j.get("quality").asText()).isEqualTo("modularity");
        assertThat(j.get("resolution").asDouble()).isEqualTo(1.0);
        assertThat(j.get("seed").asLong()).isEqualTo(42);
        assertThat(j.get("runs").asInt()).isEqualTo(3);
        assertThat(j.get("membership").size()).isEqualTo(117);
        assertThat(j.get("qualitySpread").get("max").asDouble()).isEqualTo(j.get("qualityValue").asDouble());
        assertThat(j.get("modularity").asDouble()).isCloseTo(j.get("qualityValue").asDouble(), within(1e-12));
        JsonNode c0 = j.get("communities").get(0);
        assertThat(c0.get("id").asInt()).isZero();
        assertThat(c0.get("members").size()).isEqualTo(c0.get("size").asInt());
        assertThat(c0.get("connected").asBoolean()).isTrue();
        assertThat(j.get("parameters").get("quality").asText()).contains("directed modularity");
        // China and Myanmar, the two largest exporters, share a community.
        assertThat(j.get("membership").get("CHN").asInt()).isEqualTo(j.get("membership").get("MMR").asInt());
    }

    @Test
    void textNamesTheModularityAndMembers() {
        CliRunner r = CliRunner.run("communities", "--seed", "1");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("directed modularity (Leicht-Newman)").contains("seed: 1").contains("CHN (China)");
    }

    @Test
    void karateUnweightedFromTheGenericEdgeList() throws Exception {
        CliRunner r = CliRunner.run("communities", "test-fixtures/benchmarks/karate.edges.csv", "--undirected", "--unweighted", "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("directed").asBoolean()).isFalse();
        assertThat(j.get("modularity").asDouble()).isCloseTo(0.41979, within(5e-6));
        assertThat(j.get("parameters").get("linkWeights").asText()).contains("--unweighted");
    }

    @Test
    void consensusAddsStabilityAndCsvIsNodeCommunity(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c.csv");
        CliRunner r = CliRunner.run("communities", "--runs", "4", "--consensus", "--format", "csv", "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        String csv = Files.readString(out);
        assertThat(csv).startsWith("node,community,stability\n");
        assertThat(csv.lines().count()).isEqualTo(118);
        CliRunner j = CliRunner.run("communities", "--runs", "4", "--consensus", "--format", "json");
        assertThat(new ObjectMapper().readTree(j.out()).get("stability").size()).isEqualTo(117);
    }

    @Test
    void badOptionsGiveOneLineAndAUsageCode() {
        assertThat(CliRunner.run("communities", "--directed", "--undirected").exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRunner neg = CliRunner.run("communities", "--resolution", "-1");
        assertThat(neg.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(neg.err().lines().count()).isEqualTo(1);
        assertThat(CliRunner.run("communities", "--runs", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("communities", "--algorithm", "walktrap").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("communities", "--algorithm", "louvain", "--randomness", "0.1").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("communities", "no-such-file.csv").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
