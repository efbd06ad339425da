package org.tradenet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineCommandTest {

    @Test
    void followsMagnetsTimelineByDefaultAndWritesTheFourFiles(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("timeline", "--year", "2002,2012,2024", "--runs", "2", "--format", "json",
                "--out", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String f : List.of("timeline.html", "timeline.json", "timeline.md", "timeline.csv")) {
            assertThat(dir.resolve(f)).as(f).isRegularFile();
            assertThat(r.err()).contains("wrote " + dir.resolve(f));
        }
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("data").asText()).startsWith("magnets-timeline:");
        assertThat(j.get("parameters").get("seed").asText()).isEqualTo("42");
        assertThat(j.get("parameters").get("direction").asText()).contains("exporter -> importer");
        assertThat(j.get("caveats").toString()).contains("TRIMMED").contains("Small flows are missing");
        JsonNode years = j.get("years");
        assertThat(years).hasSize(3);
        assertThat(years.get(0).get("year").asInt()).isEqualTo(2002);
        assertThat(years.get(2).get("exportHhi").asDouble()).isCloseTo(0.42533, within(1e-5));
        assertThat(years.get(2).get("communities").get("runs").asInt()).isEqualTo(2);
        assertThat(years.get(2).get("hubs").get("throughput")).hasSize(3);
        assertThat(j.get("trends").get("insideRegionShare").get("lastYear").asInt()).isEqualTo(2024);
        assertThat(Files.readString(dir.resolve("timeline.json"))).isEqualTo(r.out());

        String html = Files.readString(dir.resolve("timeline.html"));
        assertThat(html).contains("TRIMMED").contains("Regionalisation").contains("Concentration of exports")
                .contains("id=\"tl-first\"").contains("id=\"tl-last\"").doesNotContain("src=\"http");
        assertThat(html.split("<svg", -1).length - 1).as("charts and drawings").isGreaterThanOrEqualTo(7);
        assertThat(Files.readString(dir.resolve("timeline.md"))).startsWith("# tradenet timeline").contains("## Year by year")
                .contains("> The timeline data is TRIMMED");
        List<String> csv = Files.readAllLines(dir.resolve("timeline.csv"));
        assertThat(csv).hasSize(4);
        assertThat(csv.get(0)).startsWith("year,nodes,links,valueUsd,exportHhi,largestExporter");
        assertThat(Double.parseDouble(csv.get(3).split(",")[4])).isCloseTo(0.42533, within(1e-5));
        assertThat(r.out()).doesNotContain("summed");
    }

    @Test
    void textNamesTheTrimmingAndTheYears() {
        CliRunner r = CliRunner.run("timeline", "magnets-timeline", "--year", "2010,2011", "--runs", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("tradenet timeline").contains("From 2010 to 2011").contains("Year by year")
                .contains("The timeline data is TRIMMED").contains("seed: 42");
    }

    @Test
    void aNetworkWithoutYearsIsBadInputInOneLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("no-years.csv");
        Files.writeString(f, "exporter,importer,value\nCHN,USA,10\nUSA,CHN,5\n");
        CliRunner r = CliRunner.run("timeline", f.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).startsWith("tradenet: ").contains("no year column").doesNotContain("\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badSettingsAreUsageErrors() {
        CliRunner r = CliRunner.run("timeline", "--runs", "0");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("tradenet: runs must be at least 1, was 0");
        assertThat(CliRunner.run("timeline", "--year", "1990").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void helpShowsTheTimelineDefaultNetwork() {
        CliRunner r = CliRunner.run("timeline", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("(default: magnets-timeline)").contains("--runs=R")
                .contains("the best is kept (default: 10)");
    }
}
