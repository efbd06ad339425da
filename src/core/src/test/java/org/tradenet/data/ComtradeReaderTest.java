package org.tradenet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tradenet.Fixtures;

class ComtradeReaderTest {

    private static final Path BOTH_SIDES = Fixtures.path("data/comtrade-2025-rare-earth-both-sides.csv");
    private static final Path RAW_2022 = Fixtures.path("data/comtrade-raw-2022-850511-magnets.csv");

    private static FlowTable read(Path p, MirrorRule rule) throws IOException {
        return FlowTable.read(DataSource.of(p), ReadOptions.defaults().withMirrorRule(rule));
    }

    private static Set<List<String>> pairs(FlowTable t) {
        Set<List<String>> s = new HashSet<>();
        t.flows().forEach(f -> s.add(List.of(f.exporter(), f.importer())));
        return s;
    }

    @Test
    void importerFirstGivesTheShippedNetworkFlowForFlow() throws IOException {
        FlowTable t = read(BOTH_SIDES, MirrorRule.IMPORTER_FIRST);
        assertThat(t.report().format()).isEqualTo(InputFormat.COMTRADE);
        assertThat(t.flows()).hasSize(1556);
        assertThat(pairs(t)).hasSize(893);
        assertThat(t.nodes()).hasSize(117);
        assertThat(t.totalValueUsd()).isCloseTo(3.370e9, within(0.0005e9));
        assertThat(t.report().mirror().fromImporter()).isEqualTo(1285);
        assertThat(t.report().mirror().fromExporter()).isEqualTo(271);
        assertThat(t.report().mirror().declarationsUnused()).isEqualTo(2058 - 1556);

        // The shipped file was made independently (it is the merged file of the source, converted).
        FlowTable shipped = FlowTable.read(Datasets.source("rare-earths"), ReadOptions.defaults());
        Map<List<Object>, Double> expected = new HashMap<>();
        shipped.flows().forEach(f -> expected.put(List.of(f.exporter(), f.importer(), f.hs6(), f.year()), f.valueUsd()));
        Map<List<Object>, Double> actual = new HashMap<>();
        t.flows().forEach(f -> actual.put(List.of(f.exporter(), f.importer(), f.hs6(), f.year()), f.valueUsd()));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        actual.forEach((k, v) -> assertThat(v).as("value of %s", k).isCloseTo(expected.get(k), within(1e-6)));
    }

    @Test
    void perFlowTakesTheExporterWhereTheImporterIsSilentOnThatFlow() throws IOException {
        FlowTable t = read(BOTH_SIDES, MirrorRule.PER_FLOW);
        assertThat(t.flows()).hasSize(1617);
        assertThat(pairs(t)).hasSize(917);
        assertThat(t.totalValueUsd()).isCloseTo(3.384e9, within(0.0005e9));
        assertThat(t.report().mirror().fromImporter()).isEqualTo(1285);
        assertThat(t.report().mirror().fromExporter()).isEqualTo(1617 - 1285);
    }

    @Test
    void neverAddsBothSidesOfOneFlow() throws IOException {
        for (MirrorRule rule : MirrorRule.values()) {
            FlowTable t = read(BOTH_SIDES, rule);
            Set<List<Object>> keys = new HashSet<>();
            t.flows().forEach(f -> assertThat(keys.add(List.of(f.exporter(), f.importer(), f.hs6(), f.year())))
                    .as("flow %s→%s %s counted once", f.exporter(), f.importer(), f.hs6()).isTrue());
        }
    }

    /**
     * Independent check of the raw 2022 declarations: for every reporter and flow, the sum of
     * what the reader kept over partners equals the reporter's own World row, which the reader
     * drops. Breakdown rows (same key) collapse to their total.
     */
    @Test
    void rawDeclarationsAddUpToEachReportersWorldTotal() throws IOException {
        FlowTable t = FlowTable.read(DataSource.of(RAW_2022), ReadOptions.defaults().withMirrorRule(MirrorRule.PER_FLOW));
        assertThat(t.report().mirror().worldRowsDropped()).isEqualTo(7264);
        assertThat(t.nodes()).doesNotContainKey("WLD");
        assertThat(t.nodes().get("USA").name()).isEqualTo("USA");

        // World totals straight from the file (largest World row per reporter and flow = the total).
        Map<List<String>, Double> world = new HashMap<>();
        CSVFormat f = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader r = Files.newBufferedReader(RAW_2022, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : f.parse(r)) {
                if (rec.get("partner").equals("0")) {
                    world.merge(List.of(rec.get("reporter"), rec.get("flow")), Double.parseDouble(rec.get("value")), Math::max);
                }
            }
        }
        // What per-flow kept, re-grouped by declaring side. Under per-flow every importer
        // declaration is kept, so import totals must match exactly.
        CountryRegistry reg = CountryRegistry.standard();
        Map<String, Double> importsByReporter = new HashMap<>();
        t.flows().stream().filter(x -> x.side() == Flow.Side.IMPORTER)
                .forEach(x -> importsByReporter.merge(x.importer(), x.valueUsd(), Double::sum));
        int checked = 0;
        for (Map.Entry<List<String>, Double> e : world.entrySet()) {
            if (!e.getKey().get(1).equals("M")) {
                continue;
            }
            String id = reg.byCode(Integer.parseInt(e.getKey().get(0))).orElseThrow().id();
            assertThat(importsByReporter.getOrDefault(id, 0.0)).as("imports of %s", id)
                    .isCloseTo(e.getValue(), within(1e-6 * e.getValue() + 0.5));
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void rawWeightsBecomeTonnes() throws IOException {
        FlowTable t = FlowTable.read(DataSource.of(RAW_2022), ReadOptions.defaults());
        // Armenia (51) imports from the USA (842): rows 203.03 + 240.43 = 443.46 (the total), net weight 1.97 kg.
        Flow f = t.flows().stream().filter(x -> x.exporter().equals("USA") && x.importer().equals("ARM")
                && x.side() == Flow.Side.IMPORTER).findFirst().orElseThrow();
        assertThat(f.valueUsd()).isEqualTo(443.46);
        assertThat(f.quantityTonnes()).isCloseTo(0.00197, within(1e-12));
    }

    @Test
    void unknownCodesAndFlowCodesAreErrorsNamingLineAndField(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "year,reporter,partner,cmd,flow,value,netwgt,qty,qtyunit\n"
                + "2022,56,372,850511,M,214.0,56.2,56.2,8\n"
                + "2022,56,123456,850511,M,1.0,1,1,8\n");
        assertThatThrownBy(() -> FlowTable.read(DataSource.of(bad), ReadOptions.defaults()))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(bad + ":3: field 'partner': unknown country code 123456 (not in the BACI/Comtrade country table)");
        Files.writeString(bad, "year,reporter,partner,cmd,flow,value,netwgt,qty,qtyunit\n"
                + "2022,56,372,850511,Q,214.0,56.2,56.2,8\n");
        assertThatThrownBy(() -> FlowTable.read(DataSource.of(bad), ReadOptions.defaults()))
                .hasMessageContaining(":2: field 'flow': 'Q' is not a Comtrade flow code");
    }

    @Test
    void lenientSkipsAndListsBadRows(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "year,reporter,partner,cmd,flow,value,netwgt,qty,qtyunit\n"
                + "2022,56,372,850511,M,214.0,56.2,56.2,8\n"
                + "2022,56,999999,850511,M,1.0,1,1,8\n"
                + "2022,56,276,850511,M,-5,1,1,8\n"
                + "2022,56,0,850511,M,300,1,1,8\n");
        FlowTable t = FlowTable.read(DataSource.of(bad), ReadOptions.defaults().withLenient(true));
        assertThat(t.flows()).hasSize(1);
        assertThat(t.report().skipped()).extracting(ReadProblem::line).containsExactly(3L, 4L);
        assertThat(t.report().skipped().get(1).field()).isEqualTo("value");
        assertThat(t.report().mirror().worldRowsDropped()).isEqualTo(1);
    }
}
