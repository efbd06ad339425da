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
                .contains("Hidden dependence on CHN").contains("USA buys 74.5% of magnets from CHN directly, and 60.7%")
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

    /** The direct share bought from {@code origin} at {@code tier}, from the JSON exposure rows (0 when none). */
    private static double direct(JsonNode j, String tier, String country, String origin) {
        for (JsonNode e : j.get("exposure")) {
            if (e.get("tier").asText().equals(tier) && e.get("country").asText().equals(country)
                    && e.get("origin").asText().equals(origin)) {
                return e.get("direct").asDouble();
            }
        }
        return 0;
    }

    @Test
    void shippedScenariosRunByNameAndAreListedInTheHelp() throws Exception {
        CliRunner help = CliRunner.run("chain", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("china-mining-cut-50, china-separation-ban, china-magnet-ban-usa");

        // by name and by file: the same run
        CliRunner byName = CliRunner.run("chain", "--scenario", "china-mining-cut-50", "--format", "json", "--draws", "2");
        CliRunner byFile = CliRunner.run("chain", "--scenario", CUT, "--format", "json", "--draws", "2");
        assertThat(byName.exitCode()).as(byName.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(byName.out());
        JsonNode b = new ObjectMapper().readTree(byFile.out());
        assertThat(a.get("cascade")).isEqualTo(b.get("cascade"));
        assertThat(a.get("prices")).isEqualTo(b.get("prices"));
        assertThat(a.get("parameters").get("scenario").asText()).contains("a scenario listed by chain rare-earth-chain");

        // a Chinese export ban on separated products, Leontief: each buyer of the tier loses exactly
        // the share it bought from China (its direct dependence); China's own home supply is untouched
        CliRunner ban = CliRunner.run("chain", "--scenario", "china-separation-ban", "--format", "json", "--draws", "2");
        assertThat(ban.exitCode()).as(ban.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(ban.out());
        JsonNode sep = j.get("cascade").get("tiers").get(1);
        assertThat(sep.get("name").asText()).isEqualTo("separation-metals");
        assertThat(sep.get("supplyLoss").has("CHN")).isFalse();
        assertThat(j.get("cascade").get("tiers").get(0).get("supplyLoss").size()).isZero();
        int buyers = 0;
        for (var it = sep.get("supplyLoss").fields(); it.hasNext(); buyers++) {
            var e = it.next();
            assertThat(e.getValue().asDouble()).as(e.getKey()).isCloseTo(direct(j, "separation-metals", e.getKey(), "CHN"), within(1e-12));
        }
        assertThat(buyers).isGreaterThan(50);
        assertThat(direct(j, "separation-metals", "JPN", "CHN")).isPositive();
        assertThat(j.get("cascade").get("tiers").get(2).get("supplyLoss").get("USA").asDouble()).isPositive();

        // a ban on magnets to the United States: the USA alone loses, its direct share from China
        CliRunner usa = CliRunner.run("chain", "--scenario", "china-magnet-ban-usa", "--format", "json", "--draws", "2");
        assertThat(usa.exitCode()).as(usa.err()).isZero();
        JsonNode u = new ObjectMapper().readTree(usa.out());
        JsonNode magnets = u.get("cascade").get("tiers").get(2).get("supplyLoss");
        assertThat(magnets.size()).isEqualTo(1);
        assertThat(magnets.get("USA").asDouble()).isCloseTo(direct(u, "magnets", "USA", "CHN"), within(1e-12)).isGreaterThan(0.7);
    }

    @Test
    void anUnknownScenarioNameListsTheChainsScenarios() {
        CliRunner r = CliRunner.run("chain", "--scenario", "china-mining-cut-90", "--draws", "2");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                .contains("china-mining-cut-90").contains("not a scenario of chain rare-earth-chain")
                .contains("china-mining-cut-50, china-separation-ban, china-magnet-ban-usa");
    }

    @Test
    void aSpecNamesItsOwnScenariosAndABadOneIsRefusedWhenTheChainLoads(@TempDir Path dir) throws Exception {
        Path toy = Path.of("test-fixtures/chain/toy");
        for (String f : new String[] {"magnets.csv", "mining.csv", "refining-production.csv", "refining.csv"}) {
            Files.copy(toy.resolve(f), dir.resolve(f));
        }
        String spec = Files.readString(toy.resolve("chain.json")).replace("\"tiers\":", "\"scenarios\": [\"cut.json\"],\n \"tiers\":");
        Files.writeString(dir.resolve("chain.json"), spec);
        Files.writeString(dir.resolve("cut.json"), "{\"type\": \"supply-cut\", \"tier\": \"mining\", \"exporters\": [\"CHN\"], "
                + "\"share\": 0.5}");
        CliRunner r = CliRunner.run("chain", dir.toString(), "--scenario", "cut", "--format", "json", "--draws", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("cascade").get("tiers").get(0).get("supplyLoss").get("CHN").asDouble()).isCloseTo(0.5, within(1e-12));
        // a listed scenario that names a tier the chain lacks: the chain itself is refused, naming the field
        Files.writeString(dir.resolve("cut.json"), "{\"type\": \"supply-cut\", \"tier\": \"smelting\", \"exporters\": [\"CHN\"], "
                + "\"share\": 0.5}");
        CliRunner bad = CliRunner.run("chain", dir.toString(), "--draws", "2");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("chain.json").contains("scenarios").contains("smelting").doesNotContain("\tat ");
    }
}
