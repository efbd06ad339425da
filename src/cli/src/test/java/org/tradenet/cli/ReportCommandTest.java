package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @Test
    void writesOneSelfContainedPage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("page.html");
        CliRunner r = CliRunner.run("report", "--out", f.toString(), "--seed", "3");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        String html = Files.readString(f);
        assertThat(html).contains("<dt>seed</dt><dd>3</dd>").contains("Two product groups").contains("class=\"network\"")
                .contains("Rare-earth metals, scandium and yttrium");
        assertThat(r.err()).contains("wrote " + f);
    }

    @Test
    void aGenericGraphsPageSpeaksOfNodesAndStrengths(@TempDir Path dir) throws Exception {
        Path edges = dir.resolve("edges.csv");
        Files.writeString(edges, "source,target,weight\nn1,n2,5\nn1,n3,3\nn2,n3,2\nn3,n1,1\n");
        Path f = dir.resolve("generic.html");
        CliRunner r = CliRunner.run("report", edges.toString(), "--out", f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        String html = Files.readString(f);
        // weights as given, not divided into millions: 5 + 3 + 2 + 1, and n1 sends 8 of the 11
        assertThat(html).contains("3 nodes and 4 edges source \u2192 target of total weight 11 (as given)",
                "Largest out-strength", "Largest in-strength", "out-strength (weight as given)", "Out-strength minus in-strength",
                "nodes by Leiden community", "directed Leiden community (directed modularity, resolution 1.0, seed 42)",
                "In-neighbour concentration of the largest receivers", "All nodes",
                "arrows run source \u2192 target");
        // n1 in the table of every node: out-strength 8, in-strength 1, difference 7, out-degree 2, in-degree 1
        assertThat(html).containsPattern("<td[^>]*>n1</td><td[^>]*>n1</td><td[^>]*>8</td><td[^>]*>1</td><td[^>]*>7</td>"
                + "<td[^>]*>2</td><td[^>]*>1</td>");
        assertThat(html).doesNotContainIgnoringCase("USD").doesNotContainIgnoringCase("exporter")
                .doesNotContainIgnoringCase("importer").doesNotContainIgnoringCase("trade balance")
                .doesNotContainIgnoringCase("countries").doesNotContain("UN region");
        // a generic graph's nodes have no region: coloured by community unless asked otherwise
        Path byRegion = dir.resolve("by-region.html");
        assertThat(CliRunner.run("report", edges.toString(), "--group", "region", "--out", byRegion.toString()).exitCode())
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(byRegion)).contains("nodes by UN region");
        CliRunner bad = CliRunner.run("report", edges.toString(), "--group", "continent", "--out", byRegion.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--group must be region, subregion or community, was 'continent'");
    }

    @Test
    void communityColoursLabelEachCommunityByItsLargestMembers(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("communities.html");
        CliRunner r = CliRunner.run("report", "rare-earths", "--group", "community", "--out", f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        // the analyze baseline's directed Leiden communities with the same seed: one around China, Myanmar and Laos
        assertThat(Files.readString(f)).contains("colours", "directed Leiden community (directed modularity, resolution 1.0, seed 42)")
                .containsPattern("CHN, MMR, LAO, \\.\\.\\. \\(\\d+\\)");
    }

    @Test
    void tradeDataKeepsTheWordsOfTrade(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("trade.html");
        CliRunner r = CliRunner.run("report", "rare-earths", "--out", f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(f)).contains("Trade network: rare-earths", "exporter \u2192 importer links worth USD",
                "Top exporters", "Top importers", "Largest exporters", "exports, USD million",
                "Trade balance: exports minus imports", "countries by UN region", "Supplier dependence of the largest importers",
                "All countries").doesNotContain("out-strength", "Largest in-strength");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRunner.run("report", "--group", "planet").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("report", "--top", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
