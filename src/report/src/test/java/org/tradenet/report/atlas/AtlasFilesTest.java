package org.tradenet.report.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tradenet.atlas.AtlasJob;
import org.tradenet.atlas.AtlasResult;
import org.tradenet.atlas.AtlasRow;

class AtlasFilesTest {

    static final AtlasRow ROW = new AtlasRow("850511", 2022, "Permanent magnets </script><b>", 3, 2, 1500.0, 0, 0.5, "CHN", 0.5,
            1.0, 100.0, 1, 0.25, 3.5, 0.05, "throughput: CHN USA DEU; pagerank: USA DEU CHN", -12.5, "", Double.NaN, Double.NaN, "");
    static final AtlasResult RESULT = new AtlasResult("local", AtlasJob.of(List.of("in.csv")),
            List.of(ROW, new AtlasRow("010121", 2021, "", 0, 0, 0, 0, Double.NaN, "", Double.NaN, Double.NaN, Double.NaN, 0,
                    Double.NaN, Double.NaN, Double.NaN, "", Double.NaN, "", Double.NaN, Double.NaN, "no trade between countries")),
            List.of("in.csv"), List.of(), 7, List.of());

    @Test
    void theCsvHasTheIssuesColumnsFullPrecisionAndEmptyCellsForNaN() {
        String[] lines = AtlasTable.csv(RESULT).split("\n");
        assertThat(lines[0]).isEqualTo("hs6,year,description,countries,links,valueUsd,quantityTonnes,exporterHhi,topExporter,"
                + "topExporterShare,top3Share,importersOver50Pct,communities,modularity,modularityZ,modularityP,topHubs,shockTopExporterTax25Pct,notes");
        assertThat(lines[1]).as("sorted by product").startsWith("010121,2021,,0,0,0,0,,,,,,0,,,,,,no trade");
        assertThat(lines[2]).contains(",-12.5,");
    }

    @Test
    void thePageIsSelfContainedAndItsDataCannotCloseTheScript() {
        String html = AtlasPage.render(RESULT);
        assertThat(html).doesNotContain("<link").doesNotContain(" src=").doesNotContain("https://");
        assertThat(html).contains("Permanent magnets <\\/script>").doesNotContain("magnets </script>");
        assertThat(html).contains("screening figure").contains("seed 42");
    }

    @Test
    void theParquetFileHasTheFormatsFrameAndFooter() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtlasParquet.write(RESULT, out);
        byte[] b = out.toByteArray();
        assertThat(new String(b, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(new String(b, b.length - 4, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        int footer = ByteBuffer.wrap(b, b.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertThat(footer).isBetween(100, b.length - 12);
        String meta = new String(b, b.length - 8 - footer, footer, StandardCharsets.ISO_8859_1);
        for (String c : AtlasRow.columns(false)) {
            assertThat(meta).contains(c);
        }
        // The first column's first page starts right after the magic; its PLAIN values hold the codes in row order.
        String body = new String(b, 4, b.length - 12 - footer, StandardCharsets.ISO_8859_1);
        assertThat(body.indexOf("010121")).isLessThan(body.indexOf("850511"));
        // Spark reads these files back value for value: see tradenet-spark's SparkAtlasEngineTest.
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        assertThatThrownBy(() -> ParquetFile.write(List.of(new ParquetFile.Column("x", ParquetFile.Type.INT32)),
                List.of(List.of("text")), "test", new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column x");
    }
}
