package org.tradenet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixReaderTest {

    @TempDir
    Path dir;

    private FlowTable read(String content) throws IOException {
        Path p = dir.resolve("m.csv");
        Files.writeString(p, content);
        return FlowTable.read(DataSource.of(p), ReadOptions.defaults());
    }

    @Test
    void readsCellsAsExporterToImporterWithTheDiagonalAsDomesticSales() throws IOException {
        FlowTable t = read("exporter\\importer,USA,JPN,EU27\nUSA,0,50,200\nJPN,500,,150\nEU27,300,100,200\n");
        assertThat(t.report().format()).isEqualTo(InputFormat.MATRIX);
        assertThat(t.flows()).hasSize(7);
        assertThat(t.totalValueUsd()).isEqualTo(1500.0);
        assertThat(t.flows()).filteredOn(Flow::isDomestic).singleElement()
                .satisfies(f -> assertThat(f.exporter()).isEqualTo("EU27"));
        assertThat(t.flows()).anySatisfy(f -> {
            assertThat(f.exporter()).isEqualTo("JPN");
            assertThat(f.importer()).isEqualTo("USA");
            assertThat(f.valueUsd()).isEqualTo(500.0);
        });
    }

    @Test
    void rowsMustMatchColumns() {
        assertThatThrownBy(() -> read(",USA,JPN\nUSA,0,1\nCHN,1,0\n"))
                .hasMessageEndingWith(":3: row id 'CHN' is not a column id: the matrix must be square");
        assertThatThrownBy(() -> read(",USA,JPN\nUSA,0,1\n"))
                .hasMessageEndingWith("the matrix has 2 columns but 1 rows; no row for JPN");
    }
}
