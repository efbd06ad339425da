package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.network.TradeNetwork;

class ShockCommandTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }


    @Test
    void jsonHasTheKeysOfTheIssueAndTheNetworkReadsBack() throws IOException {
        Path net = tmp.resolve("after.csv");
        CliRunner r = CliRunner.run("shock", "--scenario", "china-export-tax-25", "--format", "json", "--out-network", net.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("scenario").get("name").asText()).isEqualTo("china-export-tax-25");
        assertThat(j.get("form").asText()).isEqualTo("linear");
        assertThat(j.get("worldPriceChange").get("CHN").asDouble()).isNegative();
        JsonNode t = j.get("totalTrade");
        for (String k : new String[] {"valueBefore", "valueAfter", "valueChangePct", "volumeChangePct"}) {
            assertThat(t.has(k)).as(k).isTrue();
        }
        assertThat(t.get("valueChangePct").asDouble()).isCloseTo(100 * (t.get("valueAfter").asDouble() / t.get("valueBefore").asDouble() - 1),
                within(1e-9));
        JsonNode chn = j.get("welfare").get("CHN");
        for (String k : new String[] {"producerSurplus", "consumerSurplus", "tariffRevenue", "exportTaxRevenue", "total"}) {
            assertThat(chn.has(k)).as(k).isTrue();
        }
        assertThat(chn.get("exportTaxRevenue").asDouble()).isPositive();
        assertThat(j.get("diagnostics").get("converged").asBoolean()).isTrue();
        assertThat(j.get("baseTariffs").get("flowsUsingDefault").asInt()).isPositive();
        TradeNetwork after = TradeNetwork.load(net.toString());
        assertThat(after.totalValueUsd()).isCloseTo(t.get("valueAfter").asDouble(), within(1.0));
    }

    @Test
    void textShowsHeadlineFirstThenStudyAndMovers() {
        CliRunner r = CliRunner.run("shock", "--scenario", "global-free-trade", "--form", "levels");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String out = r.out();
        assertThat(out).contains("form", "levels", "default tariff", "elasticities: import demand -1.25, substitution 5, export supply 1.5");
        int headline = out.indexOf("Headline");
        assertThat(headline).isPositive();
        assertThat(out.indexOf("Study: Han et al. (2025): removing all tariffs raised total trade by less than 3%")).isGreaterThan(headline);
        assertThat(out).contains("the study models 77; this network has 117 countries");
        assertThat(out.indexOf("Largest world price changes")).isGreaterThan(headline);
    }

    @Test
    void badInputGivesOneLineAndAnExitCode() throws IOException {
        CliRunner unknown = CliRunner.run("shock", "--scenario", "no-such-thing");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err().strip()).doesNotContain("\n").contains("not a built-in scenario");

        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"name\":\"bad\",\"measures\":[{\"type\":\"embargo\",\"exporters\":[\"XXA\",\"CHN\"],\"importers\":\"*\"}]}");
        CliRunner typo = CliRunner.run("shock", "--scenario", bad.toString());
        assertThat(typo.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(typo.err()).contains("XXA").doesNotContain("Exception");

        CliRunner sign = CliRunner.run("shock", "--scenario", "global-free-trade", "--import-demand", "0.5");
        assertThat(sign.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(sign.err()).contains("negative");

        CliRunner rate = CliRunner.run("shock", "--scenario", "global-free-trade", "--default-tariff", "-120%");
        assertThat(rate.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void notConvergedExitsWithFourAndPrintsNoResult() {
        CliRunner r = CliRunner.run("shock", "--scenario", "allied-export-tax-25", "--form", "levels", "--max-iterations", "1", "--tolerance", "1e-14");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_CONVERGED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("did not converge");
    }

    @Test
    void samplesAreDeterministicPerSeed() throws IOException {
        CliRunner a = CliRunner.run("shock", "--scenario", "china-export-tax-25", "--samples", "6", "--seed", "3", "--format", "json");
        CliRunner b = CliRunner.run("shock", "--scenario", "china-export-tax-25", "--samples", "6", "--seed", "3", "--format", "json");
        assertThat(a.exitCode()).as(a.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(a.out()).get("sensitivity");
        assertThat(s.get("converged").asInt()).isEqualTo(6);
        assertThat(s.get("seed").asLong()).isEqualTo(3);
        assertThat(s.get("worldPriceChange").has("CHN")).isTrue();
        assertThat(s).isEqualTo(new ObjectMapper().readTree(b.out()).get("sensitivity"));
    }

    @Test
    void everyOutputShowsTradeChangeInTheThreeValuations() throws IOException {
        String[] run = {"shock", "--scenario", "china-export-tax-25", "--samples", "4", "--seed", "5"};
        CliRunner json = CliRunner.run(concat(run, "--format", "json"));
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(json.out());
        JsonNode s = j.get("sensitivity");
        // an export tax is in the price buyers pay: at world prices trade falls less than at producer prices
        assertThat(s.get("producerValueChange").get("mean").asDouble()).isLessThan(s.get("valueChange").get("mean").asDouble());
        assertThat(s.get("volumeChange").get("p05").asDouble()).isLessThanOrEqualTo(s.get("volumeChange").get("p95").asDouble());
        assertThat(s.get("headline").asText()).startsWith("valueChange: value at world prices");
        String text = CliRunner.run(run).out();
        assertThat(text).contains("world trade, value at world prices (export taxes included) (the headline)",
                "world trade, value at producer prices (net of export taxes)", "world trade, volume (quantity at base prices)",
                "Largest changes in imports (value at world prices); imports at producer prices and in volume");
        // the CSV's imports at producer prices and in volume add up to the totals of the JSON
        String[] lines = CliRunner.run("shock", "--scenario", "china-export-tax-25", "--format", "csv").out().split("\n");
        List<String> header = List.of(lines[0].split(","));
        double producer = 0;
        double volume = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            producer += Double.parseDouble(cells[header.indexOf("producerImportsAfterUsd")]);
            volume += Double.parseDouble(cells[header.indexOf("importVolumeAfterUsd")]);
        }
        JsonNode t = j.get("totalTrade");
        assertThat(producer).isCloseTo(t.get("producerValueAfter").asDouble(), within(1e-6 * producer));
        assertThat(volume).isCloseTo(t.get("volumeAfter").asDouble(), within(1e-6 * volume));
        assertThat(header).contains("producerExportsAfterUsd", "exportVolumeAfterUsd");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void scenariosCommandListsTheBuiltIns() {
        CliRunner r = CliRunner.run("scenarios");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("china-export-tax-25", "allied-export-tax-25", "global-free-trade", "friend-shoring",
                "us-china-decoupling");
    }
}
