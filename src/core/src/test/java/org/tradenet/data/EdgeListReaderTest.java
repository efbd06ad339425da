package org.tradenet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeListReaderTest {

    @TempDir
    Path dir;

    private FlowTable read(String content) throws IOException {
        Path p = dir.resolve("e.csv");
        Files.writeString(p, content);
        return FlowTable.read(DataSource.of(p), ReadOptions.defaults());
    }

    @Test
    void resolvesIsoCodesAndKeepsUnknownIdsAsCustomRegionsWithAWarning() throws IOException {
        FlowTable t = read("exporter,importer,value,quantity,hs6,year\nCN,USA,100,2,284690,2025\nS19,EU27,50,,284690,2025\nROW,usa,1.5e3,,,\n");
        assertThat(t.flows()).extracting(Flow::exporter).containsExactly("CHN", "TWN", "ROW");
        assertThat(t.flows()).extracting(Flow::importer).containsExactly("USA", "EU27", "USA");
        assertThat(t.nodes().get("EU27").kind()).isEqualTo(Country.Kind.CUSTOM);
        assertThat(t.report().notes()).anyMatch(n -> n.contains("kept as custom regions: EU27, ROW"));
        assertThat(t.flows().get(1).quantityTonnes()).isNaN();
        assertThat(t.flows().get(2).valueUsd()).isEqualTo(1500.0);
        assertThat(t.countryIds()).isTrue();
    }

    @Test
    void genericGraphKeepsIdsAndDefaultsWeightToOne() throws IOException {
        FlowTable t = read("source,target\n0,1\n1,2\n");
        assertThat(t.countryIds()).isFalse();
        assertThat(t.flows()).extracting(Flow::exporter).containsExactly("0", "1");
        assertThat(t.flows()).extracting(Flow::valueUsd).containsExactly(1.0, 1.0);
        assertThat(t.nodes().get("0").kind()).isEqualTo(Country.Kind.CUSTOM);
    }

    @Test
    void duplicateFlowIsAnErrorNamingBothLines() {
        assertThatThrownBy(() -> read("exporter,importer,value,hs6\nCHN,USA,1,284690\nCHN,USA,2,284690\n"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageEndingWith(":3: duplicate flow CHN→USA 284690 (first on line 2); if the file lists several "
                        + "shipments of one pair, add them up with --duplicates sum");
    }

    @Test
    void withDuplicatesSumRepeatsAreAddedUpAndCounted() throws Exception {
        String csv = "exporter,importer,value,tonnes,hs6\n\nCHN,USA,1,2,284690\nCHN,JPN,4,,284690\nCHN,USA,2,3,284690\n";
        FlowTable t = FlowTable.read(DataSource.of("d.csv", () -> new java.io.ByteArrayInputStream(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))), ReadOptions.defaults().withDuplicates(DuplicateRows.SUM));
        assertThat(t.flows()).extracting(Flow::valueUsd).containsExactly(3.0, 4.0);
        assertThat(t.flows()).extracting(Flow::quantityTonnes).containsExactly(5.0, Double.NaN);
        assertThat(t.flows().get(0).line()).as("the physical line of the first row").isEqualTo(3);
        assertThat(t.report().notes()).contains("1 row(s) repeated the exporter, importer, product and year of an earlier row "
                + "and were added to it (--duplicates sum)");
    }

    @Test
    void worldIsNotATradePartner() {
        assertThatThrownBy(() -> read("exporter,importer,value\nWLD,USA,1\n"))
                .hasMessageEndingWith(":2: field 'exporter': 'WLD' is the World total, not a trade partner");
    }

    @Test
    void missingValueColumnIsNamed() {
        assertThatThrownBy(() -> read("exporter,importer,amount\nCHN,USA,1\n"))
                .hasMessageEndingWith(":1: field 'value': missing: a trade edge list needs a value column (USD)");
    }

    @Test
    void quotedFieldsMayHoldCommasAndLineBreaks() throws IOException {
        FlowTable t = read("exporter,importer,value\n\"Firm, Inc.\",\"A\nB\",7\nCHN,USA,1\n");
        assertThat(t.flows()).hasSize(2);
        assertThat(t.flows().get(0).exporter()).isEqualTo("Firm, Inc.");
        assertThat(t.flows().get(1).line()).isEqualTo(4);
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        FlowTable t = read("\uFEFFexporter,importer,value\nCHN,USA,1\n");
        assertThat(t.flows()).hasSize(1);
    }
}
