package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.report.XmlCheck;

class AnalyzeCommandTest {

    @Test
    void writesTheThreeReportsAndTheGexfFilesAndPrintsTheVerdict(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("analyze", "--scenarios", "global-free-trade,china-export-tax-25", "--runs", "3",
                "--null-draws", "20", "--out", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("[1/4] baseline").contains("[2/4] baseline: significance")
                .contains("[4/4] scenario china-export-tax-25");
        assertThat(r.out()).contains("Verdict").contains("global-free-trade").contains("china-export-tax-25")
                .contains("Directed communities:");
        for (String f : new String[] {"report.json", "report.md", "report.html", "baseline.gexf", "global-free-trade.gexf",
            "china-export-tax-25.gexf"}) {
            assertThat(dir.resolve(f)).as(f).isRegularFile();
        }
        JsonNode j = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(j.get("baseline").get("summary").get("nodes").asInt()).isEqualTo(117);
        assertThat(j.get("baseline").get("communities").get("membership")).hasSize(117);
        assertThat(j.get("parameters").get("seed").asText()).isEqualTo("42");
        JsonNode s = j.get("scenarios").get(0);
        assertThat(s.get("name").asText()).isEqualTo("global-free-trade");
        assertThat(s.get("totalTrade").get("valueChangePct").asDouble()).isPositive();
        assertThat(s.get("welfare").size()).isPositive();
        assertThat(s.get("communities").get("communities").size()).isPositive();
        JsonNode c = s.get("comparison");
        assertThat(c.get("nmi").asDouble()).isBetween(0.0, 1.0);
        assertThat(c.get("adjustedRand").asDouble()).isBetween(-1.0, 1.0);
        assertThat(c.get("variationOfInformation").asDouble()).isGreaterThanOrEqualTo(0.0);
        assertThat(c.get("moved").isArray()).isTrue();
        assertThat(j.get("verdicts")).hasSize(2);
        JsonNode sig = j.get("baseline").get("communities").get("significance");
        assertThat(sig.get("nullModel").asText()).isEqualTo("strength-preserving-rewiring");
        assertThat(sig.get("draws").asInt()).isEqualTo(20);
        assertThat(sig.get("pValue").asDouble()).isBetween(1.0 / 21, 1.0);
        assertThat(sig.get("zScore").isNumber()).isTrue();
        assertThat(j.get("parameters").get("nullModel").asText()).contains("20 draws");
        assertThat(j.get("parameters").get("verdictThresholds").asText()).contains("1.0 pt").contains("0.95");
        for (JsonNode x : j.get("scenarios")) {
            JsonNode v = x.get("verdict");
            assertThat(v.get("kind").asText()).isIn("fragments", "integrates", "reshapes", "no-measurable-change", "trade-stops");
            assertThat(v.get("reasons").size()).isGreaterThanOrEqualTo(3);
            assertThat(v.get("fixedPartition").get("insideShareBefore").asDouble())
                    .isEqualTo(j.get("baseline").get("communities").get("insideCommunityShare").asDouble());
            assertThat(v.get("fixedPartition").get("insideShareAfter").asDouble()).isBetween(0.0, 1.0);
            assertThat(v.get("noise").get("shareBand").asDouble()).isGreaterThanOrEqualTo(0.01);
            assertThat(v.get("noise").get("nmiBand").asDouble()).isLessThanOrEqualTo(0.95);
        }
        assertThat(j.get("scenarios").get(0).get("verdict").get("reasons").get(0).asText())
                .contains("baseline communities (partition held fixed)");
        // The post-shock total in the report equals the model's.
        assertThat(s.get("totalTrade").get("valueAfter").asDouble())
                .isCloseTo(s.get("totalTrade").get("valueBefore").asDouble() * (1 + s.get("totalTrade").get("valueChange").asDouble()),
                        within(1.0));
        String gexf = Files.readString(dir.resolve("china-export-tax-25.gexf"));
        XmlCheck.validate(gexf, "gexf.xsd");
        assertThat(gexf).contains("community").contains("stability");
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).startsWith("# tradenet analyze").contains("## Verdict").contains("## Scenario china-export-tax-25")
                .contains("null model").contains("  - trade inside the baseline communities (partition held fixed)");
        assertThat(md.indexOf("Community structure: the baseline community structure is")).isLessThan(md.indexOf("## Verdict"));
        // every verdict table shows the trade change in the three valuations, as the JSON has them
        JsonNode tax = j.get("scenarios").get(1).get("totalTrade");
        String three = String.format(java.util.Locale.ROOT, "%+.1f%% / %+.1f%% / %+.1f%%", tax.get("valueChangePct").asDouble(),
                tax.get("producerValueChangePct").asDouble(), tax.get("volumeChangePct").asDouble());
        assertThat(tax.get("producerValueChangePct").asDouble()).isLessThan(tax.get("valueChangePct").asDouble() - 1);
        assertThat(r.out()).contains("trade: world / producer prices / volume").contains(three);
        assertThat(md).contains(three);
        assertThat(Files.readString(dir.resolve("report.html"))).contains(three);
    }

    @Test
    void aWeakStructureIsFlaggedAboveTheVerdictsInEveryReport(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("analyze", "test-fixtures/atlas/lithium-carbonate-2022.csv", "--scenarios",
                "test-fixtures/atlas/scenarios/zero-export-tax.json", "--runs", "3", "--null-draws", "30", "--out", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("WARNING: the baseline community structure is NOT significant");
        assertThat(r.out().indexOf("WARNING")).isLessThan(r.out().indexOf("Verdict ("));
        assertThat(r.out()).contains("no measurable change *");
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md.indexOf("> **WARNING: the baseline community structure is NOT significant")).isPositive()
                .isLessThan(md.indexOf("## Verdict"));
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html.indexOf("<p class=\"warning\" role=\"alert\">")).isPositive().isLessThan(html.indexOf("Verdict by scenario"));
        assertThat(html).contains("<th scope=\"col\">reasons</th>");
        JsonNode j = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(j.get("baseline").get("communities").get("significance").get("pValue").asDouble()).isGreaterThan(0.05);
        assertThat(j.get("scenarios").get(0).get("verdict").get("kind").asText()).isEqualTo("no-measurable-change");
        assertThat(j.get("scenarios").get(0).get("verdict").get("qualified").asBoolean()).isTrue();
    }

    @Test
    void aLevelsSolveThatCannotConvergeExitsWithFourAndWritesNothing(@TempDir Path dir) {
        CliRunner r = CliRunner.run("analyze", "--scenarios", "allied-export-tax-25", "--form", "levels", "--max-iterations", "1",
                "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.NOT_CONVERGED);
        assertThat(r.err().lines().filter(l -> l.startsWith("tradenet:")).count()).isEqualTo(1);
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownScenarioIsBadInput(@TempDir Path dir) {
        CliRunner r = CliRunner.run("analyze", "--scenarios", "no-such-scenario", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no-such-scenario");
    }

    @Test
    void chainAddsASectionToEveryReportWithTheScenariosCascade(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("analyze", "--scenarios", "china-export-tax-25", "--runs", "2", "--null-draws", "5",
                "--chain", "rare-earth-chain", "--chain-scenario", "china-mining-cut-50", "--out", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(dir.resolve("report.html"));
        // listed in the table of contents after the scenarios, with its own heading and a link to chain.html
        assertThat(html).containsPattern("<a href=\"#(s\\d+)\">Value chain: rare-earth-chain</a></nav>")
                .contains("Value chain: rare-earth-chain</h2>").contains("<a href=\"chain.html\">chain.html</a>")
                .contains("USA buys 74.5% of magnets from CHN directly, and 60.7% of its magnets supply traces back to CHN at mining")
                .contains("The largest hidden dependence in value: PHL buys")
                .contains("Largest hidden dependencies on CHN at magnets").contains("Shortage cascade: china-mining-cut-50")
                .contains("most hit at magnets").contains("Price transmission, GSIM tier by tier").contains("adaptive")
                .doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(html.indexOf("Value chain: rare-earth-chain</h2>")).isGreaterThan(html.indexOf("Scenario: china-export-tax-25</h2>"));
        JsonNode j = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        JsonNode chain = j.get("chain");
        assertThat(chain.get("parameters").get("scenario").asText()).startsWith("china-mining-cut-50");
        assertThat(chain.get("cascade").get("tiers").get(0).get("supplyLoss").get("CHN").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(chain.get("robustness").get("tiers").get(0).get("curves")).hasSize(5);
        assertThat(Files.readString(dir.resolve("report.md"))).contains("### Shortage cascade: china-mining-cut-50");
        assertThat(dir.resolve("chain.html")).isRegularFile();
    }

    @Test
    void aBadChainScenarioFailsBeforeTheAnalysisRuns(@TempDir Path dir) {
        CliRunner unknown = CliRunner.run("analyze", "--chain", "rare-earth-chain", "--chain-scenario", "no-such-cut",
                "--out", dir.resolve("a").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("no-such-cut").contains("china-mining-cut-50, china-separation-ban, china-magnet-ban-usa")
                .doesNotContain("[1/");
        assertThat(dir.resolve("a")).doesNotExist();
        CliRunner alone = CliRunner.run("analyze", "--chain-scenario", "china-mining-cut-50", "--out", dir.resolve("b").toString());
        assertThat(alone.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(alone.err()).contains("--chain-scenario needs --chain");
    }
}
