package org.tradenet.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradenet.data.DataFormatException;

class LocalAtlasEngineTest {

    static final Path REAL = Path.of("test-fixtures/atlas/baci-2022-30hs6-critical-materials.csv");
    static final Path EXPECTED = Path.of("test-fixtures/atlas/expected-2022.csv");

    @TempDir
    static Path dir;
    static Path synthetic;
    static long syntheticRows;

    @BeforeAll
    static void writeSynthetic() throws IOException {
        synthetic = dir.resolve("baci-synthetic.csv");
        syntheticRows = SyntheticBaci.write(synthetic, new int[] {2021, 2022}, 25, 30, 0.05, 11);
    }

    static AtlasResult run(AtlasJob job) throws IOException {
        return new LocalAtlasEngine().run(job);
    }

    static AtlasJob job(Path... inputs) {
        return AtlasJob.of(java.util.Arrays.stream(inputs).map(Path::toString).toList()).withThreads(2);
    }

    @Test
    void theRealExtractMatchesThePythonOracle() throws IOException {
        AtlasResult r = run(job(REAL));
        assertThat(r.rowsRead()).isEqualTo(23_167);
        List<String> lines = Files.readAllLines(EXPECTED);
        assertThat(r.rows()).hasSize(lines.size() - 1).hasSize(30);
        Map<String, AtlasRow> byCode = r.rows().stream().collect(Collectors.toMap(AtlasRow::hs6, Function.identity()));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            AtlasRow row = byCode.get(f[0]);
            assertThat(row).as(f[0]).isNotNull();
            assertThat(row.year()).isEqualTo(Integer.parseInt(f[1]));
            assertThat(row.countries()).as(f[0]).isEqualTo(Integer.parseInt(f[2]));
            assertThat(row.links()).as(f[0]).isEqualTo(Integer.parseInt(f[3]));
            assertThat(row.valueUsd()).as(f[0]).isCloseTo(Double.parseDouble(f[4]), within(1e-6 * Double.parseDouble(f[4]) + 1e-3));
            assertThat(row.exporterHhi()).as(f[0]).isCloseTo(Double.parseDouble(f[5]), within(1e-12));
            assertThat(row.topExporter()).as(f[0]).isEqualTo(f[6]);
            assertThat(row.topExporterShare()).as(f[0]).isCloseTo(Double.parseDouble(f[7]), within(1e-12));
            assertThat(row.top3Share()).as(f[0]).isCloseTo(Double.parseDouble(f[8]), within(1e-12));
            assertThat(row.importersOver50Pct()).as(f[0]).isCloseTo(Double.parseDouble(f[9]), within(1e-9));
            assertThat(row.communities()).as(f[0]).isPositive();
            assertThat(row.modularity()).as(f[0]).isBetween(0.0, 1.0);
            assertThat(row.shockTopExporterTax25Pct()).as(f[0] + ": a tax on the largest exporter cuts world trade").isNegative();
        }
    }

    @Test
    void theKnownGroupsOfTheSyntheticFileComeOutExactly() throws IOException {
        AtlasResult r = run(job(synthetic));
        assertThat(r.rowsRead()).isEqualTo(syntheticRows);
        assertThat(r.rows()).hasSize(2 * 27);
        String first = SyntheticBaci.id(SyntheticBaci.countryCodes(30)[0]);
        for (int year : new int[] {2021, 2022}) {
            AtlasRow mono = find(r, SyntheticBaci.MONOPOLY, year);
            assertThat(mono.countries()).isEqualTo(11);
            assertThat(mono.links()).isEqualTo(10);
            assertThat(mono.valueUsd()).isEqualTo(10_000.0);
            assertThat(mono.exporterHhi()).isEqualTo(1.0);
            assertThat(mono.topExporter()).isEqualTo(first);
            assertThat(mono.topExporterShare()).isEqualTo(1.0);
            assertThat(mono.importersOver50Pct()).isEqualTo(100.0);
            assertThat(mono.quantityTonnes()).as("all NA").isZero();
            AtlasRow four = find(r, SyntheticBaci.FOUR_EQUAL, year);
            assertThat(four.countries()).isEqualTo(9);
            assertThat(four.links()).isEqualTo(20);
            assertThat(four.valueUsd()).isEqualTo(20_000.0);
            assertThat(four.quantityTonnes()).isCloseTo(20 * 0.5, within(1e-12));
            assertThat(four.exporterHhi()).isCloseTo(0.25, within(1e-15));
            assertThat(four.topExporterShare()).isCloseTo(0.25, within(1e-15));
            assertThat(four.top3Share()).isCloseTo(0.75, within(1e-15));
            assertThat(four.importersOver50Pct()).isZero();
        }
    }

    static AtlasRow find(AtlasResult r, String hs6, int year) {
        return r.rows().stream().filter(x -> x.hs6().equals(hs6) && x.year() == year).findFirst().orElseThrow();
    }

    @Test
    void spillingThreadsAndCompressionDoNotChangeTheRows() throws IOException {
        List<AtlasRow> reference = run(job(synthetic).withThreads(1)).rows();
        AtlasResult spilled = run(job(synthetic).withThreads(2).withMemory(500, 5));
        assertThat(spilled.rows()).isEqualTo(reference);
        assertThat(spilled.notes()).anyMatch(n -> n.contains("temporary partition files"));

        Path gz = dir.resolve("baci-synthetic.csv.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(synthetic, out);
        }
        assertThat(run(job(gz)).rows()).isEqualTo(reference);
    }

    @Test
    void aReleaseZipWithOneFilePerYearAndProductCodesGivesDescriptions() throws IOException {
        List<String> lines = Files.readAllLines(synthetic);
        Path zip = dir.resolve("BACI_HS17_V000000.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int year : new int[] {2021, 2022}) {
                z.putNextEntry(new ZipEntry("BACI_HS17_Y" + year + "_V000000.csv"));
                StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
                lines.stream().skip(1).filter(l -> l.startsWith(year + ",")).forEach(l -> sb.append(l).append('\n'));
                z.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("product_codes_HS17_V000000.csv"));
            z.write("code,description\n10121,\"Horses, pure-bred breeding animals\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        AtlasResult r = run(job(zip));
        assertThat(r.sources()).hasSize(2).allMatch(s -> s.contains(".zip!/BACI_HS17_Y"));
        assertThat(r.metadata()).singleElement().asString().endsWith("product_codes_HS17_V000000.csv");
        assertThat(find(r, SyntheticBaci.MONOPOLY, 2022).description()).isEqualTo("Horses, pure-bred breeding animals");
        List<AtlasRow> plain = run(job(synthetic)).rows();
        assertThat(r.rows().stream().map(x -> new AtlasRow(x.hs6(), x.year(), "", x.countries(), x.links(), x.valueUsd(),
                x.quantityTonnes(), x.exporterHhi(), x.topExporter(), x.topExporterShare(), x.top3Share(), x.importersOver50Pct(),
                x.communities(), x.modularity(), x.modularityZ(), x.modularityP(), x.topHubs(), x.shockTopExporterTax25Pct(), x.focusCountry(),
                x.focusLargestSupplierShare(), x.focusTopExporterShare(), x.notes())).toList()).isEqualTo(plain);
    }

    @Test
    void theSelectionKeepsTheProductsAndYearsAskedFor() throws IOException {
        AtlasResult r = run(job(synthetic).withProducts(Set.of(SyntheticBaci.MONOPOLY)).withYears(Set.of(2022)));
        assertThat(r.rows()).singleElement().satisfies(x -> {
            assertThat(x.hs6()).isEqualTo(SyntheticBaci.MONOPOLY);
            assertThat(x.year()).isEqualTo(2022);
        });
        assertThat(r.notes()).anyMatch(n -> n.startsWith((syntheticRows - 10) + " flow(s) outside the products/years"));
    }

    @Test
    void aBadRowIsNamedWithFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "t,i,j,k,v,q\n2022,156,842,850511,1.5,NA\n2022,156,999,850511,2,NA\n");
        assertThatThrownBy(() -> run(job(bad))).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("bad.csv:3").hasMessageContaining("unknown country code 999");
    }
}
