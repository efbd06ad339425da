package org.tradenet.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradenet.atlas.AtlasJob;
import org.tradenet.atlas.AtlasResult;
import org.tradenet.atlas.LocalAtlasEngine;
import org.tradenet.atlas.SyntheticBaci;
import org.tradenet.data.DataSource;
import org.tradenet.data.Flow;
import org.tradenet.data.FlowTable;
import org.tradenet.data.ReadOptions;
import org.tradenet.report.atlas.AtlasTable;

/**
 * The Spark engine on the other inputs the atlas takes, edge lists and Comtrade files with
 * product and year columns, against the local engine: the same atlas.csv. The fixtures are
 * made here from BACI files (the real 2022 extract and a synthetic three-year file), so that
 * both engines meet what each format brings: ISO2 ids and a row without a product in the edge
 * list; in the Comtrade files both sides of most flows (the importer's CIF value 5% above the
 * exporter's FOB one), breakdown rows repeating a declaration, partner World totals and
 * re-exports, a panel (three years) and a snapshot (one year).
 */
@Tag("slow")
class SparkAtlasInputsTest {

    @TempDir
    static Path dir;
    static List<Flow> real;
    static List<Flow> synthetic;

    @BeforeAll
    static void flows() throws IOException {
        real = FlowTable.read(DataSource.of(Path.of(SparkAtlasEngineTest.REAL)), ReadOptions.defaults()).flows();
        Path baci = dir.resolve("synthetic.csv");
        SyntheticBaci.write(baci, new int[] {2020, 2021, 2022}, 6, 20, 0.15, 9);
        synthetic = FlowTable.read(DataSource.of(baci), ReadOptions.defaults()).flows();
    }

    @AfterAll
    static void stop() {
        SparkSession.active().stop();
    }

    static AtlasJob job(Path... inputs) {
        return AtlasJob.of(java.util.Arrays.stream(inputs).map(Path::toString).toList()).withThreads(2).withMaster("local[2]");
    }

    /** Runs both engines and checks the same rows and the same atlas.csv; returns the local result. */
    static AtlasResult sameOnBothEngines(AtlasJob job) throws IOException {
        AtlasResult local = new LocalAtlasEngine().run(job);
        AtlasResult spark = new SparkAtlasEngine().run(job);
        SparkAtlasEngineTest.assertSameRows(spark.rows(), local.rows());
        assertThat(AtlasTable.csv(spark)).isEqualTo(AtlasTable.csv(local));
        assertThat(spark.rowsRead()).isEqualTo(local.rowsRead());
        return local;
    }

    @Test
    void anEdgeListGivesTheSameAtlasOnBothEngines() throws IOException {
        Path edges = dir.resolve("edges.csv");
        List<String> lines = new ArrayList<>(List.of("exporter,importer,hs6,year,value_kusd,tonnes"));
        for (Flow f : synthetic) {
            // ISO2 ids for China and Germany, resolved to ISO3 by the reader in both engines.
            lines.add(String.join(",", iso2(f.exporter()), iso2(f.importer()), f.hs6(), String.valueOf(f.year()),
                    String.valueOf(f.valueUsd() / 1000), Double.isNaN(f.quantityTonnes()) ? "" : String.valueOf(f.quantityTonnes())));
        }
        lines.add("USA,CAN,,2022,5,1");   // no product: left out by both engines, and counted
        Files.write(edges, lines);
        AtlasResult local = sameOnBothEngines(job(edges));
        assertThat(local.rows()).hasSize(3 * 8);
        AtlasResult spark = new SparkAtlasEngine().run(job(edges));
        assertThat(spark.notes()).anyMatch(n -> n.startsWith("1 flow(s) without a six-digit HS code"));
        // The selection works on flows alike.
        sameOnBothEngines(job(edges).withYears(java.util.Set.of(2021)).withProducts(java.util.Set.of(SyntheticBaci.MONOPOLY)));
    }

    @Test
    void comtradeFilesGiveTheSameAtlasOnBothEngines() throws IOException {
        Path panel = comtrade("comtrade-panel.csv", synthetic, false);
        Path snapshot = comtrade("comtrade-latest.csv", known(real), true);
        AtlasResult local = sameOnBothEngines(job(panel, snapshot));
        assertThat(local.rows()).hasSizeGreaterThan(3 * 8);
        assertThat(local.notes()).anyMatch(x -> x.contains("one snapshot")).anyMatch(x -> x.contains("collapsed"))
                .anyMatch(x -> x.matches(".*, [1-9]\\d* from exporters' \\(FOB\\).*"));
        AtlasResult spark = new SparkAtlasEngine().run(job(panel, snapshot));
        assertThat(spark.notes()).anyMatch(x -> x.contains("a Comtrade snapshot")).anyMatch(x -> x.contains("within each product and year"));
    }

    @Test
    void aBadComtradeRowIsBadInputNamingTheReason() throws IOException {
        Path bad = dir.resolve("bad-comtrade.csv");
        Files.writeString(bad, "period,reporter,partner,flowCode,cmdCode,primaryValue\n2022,USA,CHN,M,850511,10\n2022,USA,XXX,M,850511,5\n");
        assertThatThrownBy(() -> new SparkAtlasEngine().run(job(bad)))
                .isInstanceOf(org.tradenet.data.DataFormatException.class)
                .hasMessageContaining("unknown country code 'XXX'").hasMessageContaining("bad-comtrade.csv");
    }

    /** The flows between countries Comtrade's alphabetic codes name (BACI's areas such as "Other Asia, nes" left out). */
    static List<Flow> known(List<Flow> flows) {
        var registry = org.tradenet.data.CountryRegistry.standard();
        return flows.stream().filter(f -> registry.byAlpha(f.exporter()).isPresent() && registry.byAlpha(f.importer()).isPresent())
                .toList();
    }

    static String iso2(String id) {
        return switch (id) {
            case "CHN" -> "CN";
            case "DEU" -> "DE";
            default -> id;
        };
    }

    /**
     * Comtrade's bulk layout from flows: the importer declares four flows in five (CIF, 5% above
     * FOB), the exporter every flow; every seventh importer declaration also comes as a breakdown
     * row of half the value; each reporter adds a World total and a re-export row. A snapshot
     * (a "latest available year" extract) has each reporter declare one period: 2021 for
     * reporters before D in the alphabet, 2022 for the others, so the two sides of a flow are
     * matched across periods.
     */
    static Path comtrade(String name, List<Flow> flows, boolean snapshot) throws IOException {
        Path file = dir.resolve(name);
        List<String> lines = new ArrayList<>(List.of("period,reporter,partner,flowCode,cmdCode,primaryValue,netWgt"));
        int n = 0;
        for (Flow f : flows) {
            String kg = Double.isNaN(f.quantityTonnes()) ? "" : String.valueOf(f.quantityTonnes() * 1000);
            int byImporter = snapshot ? (f.importer().compareTo("D") < 0 ? 2021 : 2022) : f.year();
            int byExporter = snapshot ? (f.exporter().compareTo("D") < 0 ? 2021 : 2022) : f.year();
            if (n % 5 != 0) {
                lines.add(line(byImporter, f.importer(), f.exporter(), "M", f.hs6(), f.valueUsd() * 1.05, kg));
                if (n % 7 == 0) {
                    lines.add(line(byImporter, f.importer(), f.exporter(), "M", f.hs6(), f.valueUsd() * 0.5, ""));
                }
            }
            lines.add(line(byExporter, f.exporter(), f.importer(), "X", f.hs6(), f.valueUsd(), kg));
            if (n % 11 == 0) {
                lines.add(line(byExporter, f.exporter(), "0", "X", f.hs6(), 10 * f.valueUsd(), ""));
                lines.add(line(byExporter, f.exporter(), f.importer(), "RX", f.hs6(), f.valueUsd(), ""));
            }
            n++;
        }
        Files.write(file, lines);
        return file;
    }

    static String line(int period, String reporter, String partner, String flow, String hs6, double value, String kg) {
        return String.join(",", String.valueOf(period), reporter, partner, flow, hs6, String.format(Locale.ROOT, "%.3f", value), kg);
    }
}
