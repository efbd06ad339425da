package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparePartitionsCommandTest {

    @Test
    void comparesSavedJsonWithACsvPartition(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("directed.json");
        Path b = dir.resolve("undirected.json");
        assertThat(CliRunner.run("communities", "--format", "json", "-o", a.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("communities", "--undirected", "--format", "json", "-o", b.toString()).exitCode()).isZero();
        CliRunner same = CliRunner.run("compare-partitions", a.toString(), a.toString(), "--format", "json");
        JsonNode s = new ObjectMapper().readTree(same.out());
        assertThat(s.get("nmi").asDouble()).isEqualTo(1.0);
        assertThat(s.get("moved").size()).isZero();
        CliRunner diff = CliRunner.run("compare-partitions", a.toString(), b.toString(), "--format", "json");
        assertThat(diff.exitCode()).isZero();
        JsonNode d = new ObjectMapper().readTree(diff.out());
        assertThat(d.get("nodes").asInt()).isEqualTo(117);
        assertThat(d.get("nmi").asDouble()).isBetween(0.0, 1.0);
        assertThat(d.get("variationOfInformation").asDouble()).isPositive();
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "node,community\nCHN,x\nMMR,x\nJPN,y\nMYS,y\nZZZ,y\n");
        CliRunner mixed = CliRunner.run("compare-partitions", a.toString(), csv.toString());
        assertThat(mixed.exitCode()).isZero();
        assertThat(mixed.out()).contains("nodes compared                   4").contains("Nodes in one partition only");
    }

    @Test
    void nmiNormalisationOptionAndText(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "node,community\n1,0\n2,0\n3,1\n4,1\n5,2\n");
        Files.writeString(b, "node,community\n1,0\n2,0\n3,0\n4,1\n5,1\n");
        CliRunner r = CliRunner.run("compare-partitions", a.toString(), b.toString(), "--nmi", "max",
                "--format", "json");
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("nmiNormalisation").asText()).isEqualTo("max");
        // H(A) = ln 5 − (4/5) ln 2 ≈ 1.0549, H(B) ≈ 0.6730, I = H(B) − H(B|A) with H(B|A) = (2/5) ln 2
        double ha = Math.log(5) - 0.8 * Math.log(2);
        double hb = -(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4));
        double i = hb - 0.4 * Math.log(2);
        assertThat(j.get("nmi").asDouble()).isCloseTo(i / Math.max(ha, hb), within(1e-12));
        assertThat(j.get("moved").get(0).get("node").asText()).isEqualTo("3");
    }

    @Test
    void badFilesGiveExitCodeThree(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"membership\": [1, 2]}");
        Path ok = dir.resolve("ok.csv");
        Files.writeString(ok, "node,community\na,1\n");
        assertThat(CliRunner.run("compare-partitions", bad.toString(), ok.toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRunner.run("compare-partitions", dir.resolve("none").toString(), ok.toString()).exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
        Path dup = dir.resolve("dup.csv");
        Files.writeString(dup, "node,community\na,1\na,2\n");
        CliRunner r = CliRunner.run("compare-partitions", dup.toString(), ok.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("appears twice");
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "node,community\nb,1\n");
        assertThat(CliRunner.run("compare-partitions", ok.toString(), other.toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRunner.run("compare-partitions", ok.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
