package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --aggregate and --rest-of-world in every command that reads a network, with totals that add up. */
class AggregationCliTest {

    private static final String[] MERGE = {"--aggregate", "EU27", "--rest-of-world", "20"};

    private static JsonNode json(CliRunner r) throws Exception {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static String[] args(String... a) {
        String[] all = new String[a.length + MERGE.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(MERGE, 0, all, a.length, MERGE.length);
        return all;
    }

    @Test
    void summaryCommunitiesShockAndAnalyzeWorkOnMergedEconomies(@TempDir Path dir) throws Exception {
        JsonNode plain = json(CliRunner.run("summary", "--format", "json"));
        JsonNode merged = json(CliRunner.run(args("summary", "--format", "json")));
        double before = plain.get("totalValueUsd").asDouble();
        double after = merged.get("totalValueUsd").asDouble();
        assertThat(merged.get("nodes").asInt()).isEqualTo(21);
        // what left the network are the home sales of EU27 and ROW, which the notes count
        String home = merged.toString().replaceAll(".*?(\\d+) links between members of one economy \\(USD ([0-9,]+)\\).*", "$2");
        assertThat(after + Double.parseDouble(home.replace(",", ""))).isCloseTo(before, within(1.0));

        CliRunner communities = CliRunner.run(args("communities", "--format", "json"));
        JsonNode c = json(communities);
        assertThat(c.toString()).contains("\"EU27\"").contains("\"ROW\"").doesNotContain("\"DEU\"");

        JsonNode shock = json(CliRunner.run(args("shock", "--scenario", "largest-exporter-tax-25", "--format", "json")));
        JsonNode t = shock.get("totalTrade");
        assertThat(t.get("valueBefore").asDouble()).isCloseTo(after, within(1.0));
        assertThat(shock.get("welfare").has("EU27")).isTrue();
        assertThat(shock.get("welfare").get("EU27").get("baseSpending").asDouble()).isPositive();

        CliRunner analyze = CliRunner.run(args("analyze", "--scenarios", "largest-exporter-tax-25", "--runs", "2", "--out",
                dir.toString()));
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(report.get("baseline").get("summary").get("nodes").asInt()).isEqualTo(21);
        assertThat(report.get("scenarios").get(0).get("totalTrade").get("valueBefore").asDouble()).isCloseTo(after, within(1.0));
    }

    @Test
    void tariffsOfMergedCountriesAreCarriedOverToTheirEconomy(@TempDir Path dir) throws Exception {
        // DEU and FRA form PAIR; CHN sells 300 to DEU (10% tariff) and 100 to FRA (30%): PAIR's rate on CHN is
        // (300 * 10% + 100 * 30%) / 400 = 15%; the DEU-FRA line is internal trade, now home sales, and dropped
        Path flows = dir.resolve("toy.csv");
        Files.writeString(flows, "exporter,importer,value\nCHN,DEU,300\nCHN,FRA,100\nDEU,FRA,50\nDEU,USA,80\nUSA,CHN,40\n");
        Path groups = dir.resolve("groups.csv");
        Files.writeString(groups, "group,member,from,to,source\nPAIR,DEU,2000-01-01,,test\nPAIR,FRA,2000-01-01,,test\n");
        Path tariffs = dir.resolve("tariffs.csv");
        Files.writeString(tariffs, "importer,exporter,rate\nDEU,CHN,0.10\nFRA,CHN,0.30\nDEU,FRA,0.05\n");
        String[] common = {flows.toString(), "--groups", groups.toString(), "--aggregate", "PAIR", "--tariffs", tariffs.toString()};
        String[] shockArgs = concat(new String[] {"shock"}, common, new String[] {"--scenario", "largest-exporter-tax-25",
                "--format", "json"});
        JsonNode shock = json(CliRunner.run(shockArgs));
        JsonNode chnToPair = null;
        for (JsonNode f : shock.get("flows")) {
            if (f.get("exporter").asText().equals("CHN") && f.get("importer").asText().equals("PAIR")) {
                chnToPair = f;
            }
        }
        assertThat(chnToPair).isNotNull();
        assertThat(chnToPair.get("tariffBefore").asDouble()).isCloseTo(0.15, within(1e-12));
        assertThat(shock.get("modelNotes").toString()).contains("tariff lines carried over to the merged economies (PAIR): 2 lines "
                + "naming a merged country give 1 economy-level rates").contains("1 lines between members of one economy dropped")
                .doesNotContain("match no flow");
        CliRunner analyze = CliRunner.run(concat(new String[] {"analyze"}, common, new String[] {"--scenarios",
                "largest-exporter-tax-25", "--runs", "2", "--out", dir.resolve("out").toString()}));
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        assertThat(Files.readString(dir.resolve("out").resolve("report.md"))).contains("tariff lines carried over to the merged "
                + "economies (PAIR)");
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    @Test
    void anUnknownGroupIsBadInput() {
        CliRunner r = CliRunner.run("summary", "--aggregate", "NOPE");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("unknown country group 'NOPE'").doesNotContain("Exception");
    }
}
