package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainCommandTest {

    private static final String CUT = "networks/rare-earth-chain/china-mining-cut-50.json";

    @Test
    void theShippedChainShowsHiddenDependenceOnChineseMining() {
        CliRunner r = CliRunner.run("chain", "--draws", "3");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("years: DIFFER between tiers").contains("focus origin: CHN")
                .contains("Hidden dependence on CHN").contains("USA buys 74.5% of magnets from CHN directly, but 60.7%")
                .contains("JPN buys").contains("IND buys").contains("The EU's 27 members together buy")
                .contains("EU27 (combined)").contains("DEU").contains("Robustness");
    }

    @Test
    void jsonHasTiersExposureCascadeAndPrices() throws Exception {
        CliRunner r = CliRunner.run("chain", "--scenario", CUT, "--format", "json", "--draws", "3", "--input-substitution", "0.5");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("tiers")).hasSize(3);
        assertThat(j.get("tiers").get(2).get("name").asText()).isEqualTo("magnets");
        assertThat(j.get("tiers").get(2).get("links").asInt()).isEqualTo(4415);
        assertThat(j.get("tiers").get(1).get("countries").asInt()).isEqualTo(118);
        JsonNode usa = null;
        for (JsonNode e : j.get("exposure")) {
            if (e.get("tier").asText().equals("magnets") && e.get("country").asText().equals("USA")
                    && e.get("origin").asText().equals("CHN")) {
                usa = e;
            }
        }
        assertThat(usa).isNotNull();
        assertThat(usa.get("hidden").asDouble()).isCloseTo(usa.get("upstream").asDouble() - usa.get("direct").asDouble(), within(1e-12));
        JsonNode cascade = j.get("cascade");
        assertThat(cascade.get("inputSubstitution").asDouble()).isEqualTo(0.5);
        assertThat(cascade.get("tiers").get(0).get("supplyLoss").get("CHN").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(cascade.get("tiers").get(2).get("supplyLoss").get("USA").asDouble()).isPositive();
        JsonNode prices = j.get("prices").get("tiers");
        assertThat(prices).hasSize(3);
        assertThat(prices.get(2).get("totalTrade").get("levels").get("valueChange").isNumber()).isTrue();
        // the quota rent is in the price buyers pay: trade at producer prices never exceeds trade at world prices
        boolean parted = false;
        for (JsonNode tier : prices) {
            for (String form : new String[] {"linear", "levels"}) {
                JsonNode tt = tier.get("totalTrade").get(form);
                assertThat(tt.get("producerValueChange").asDouble()).isLessThanOrEqualTo(tt.get("valueChange").asDouble() + 1e-12);
                assertThat(tt.get("volumeChange").isNumber()).isTrue();
                parted |= tt.get("producerValueChange").asDouble() < tt.get("valueChange").asDouble() - 1e-6;
            }
        }
        assertThat(parted).isTrue();
        assertThat(prices.get(2).get("linear").get("compositePriceChange").get("USA").asDouble()).isPositive();
        assertThat(j.get("robustness").get("seed").asLong()).isEqualTo(42);
    }

    @Test
    void outWritesThePageAndTheJson(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("chain", "--scenario", CUT, "--spare-capacity", "0.1", "--draws", "3", "--out", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(dir.resolve("chain.html"));
        assertThat(html).contains("class=\"sankey\"").contains("Robustness").contains("with re-routing")
                .doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(new ObjectMapper().readTree(Files.readString(dir.resolve("chain.json"))).get("cascade").has("rerouted")).isTrue();
        assertThat(r.out()).contains("(with re-routing)");
    }

    @Test
    void badInputsGetOneLineAndTheirExitCode(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"type\": \"supply-cut\", \"tier\": \"smelting\", \"exporters\": [\"CHN\"], \"share\": 0.5}");
        CliRunner r = CliRunner.run("chain", "--scenario", bad.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("smelting").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(CliRunner.run("chain", "--input-substitution", "2").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("chain", "--focus", "XYZ").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("chain", "--format", "csv").exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRunner missing = CliRunner.run("chain", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("nope.json");
        Files.writeString(bad, "{\"type\": \"supply-cut\", \"tier\": \"mining\", \"exporters\": [\"CHN\"], \"share\": 1}");
        CliRunner all = CliRunner.run("chain", "--scenario", bad.toString());
        assertThat(all.exitCode()).as(all.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(all.err()).contains("100%").doesNotContain("\tat ");
    }
}
