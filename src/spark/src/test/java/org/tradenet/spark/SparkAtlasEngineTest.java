package org.tradenet.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradenet.atlas.AtlasJob;
import org.tradenet.atlas.AtlasParameters;
import org.tradenet.atlas.AtlasResult;
import org.tradenet.atlas.AtlasRow;
import org.tradenet.atlas.LocalAtlasEngine;
import org.tradenet.atlas.SyntheticBaci;
import org.tradenet.report.atlas.AtlasOutputs;
import org.tradenet.report.atlas.AtlasTable;

/**
 * The Spark engine in-process ({@code local[2]}) against the local engine: same rows, row for
 * row, numbers to 1e-9, and the same atlas.csv; and tradenet's own Parquet writer read back by
 * Spark's Parquet reader.
 */
@Tag("slow")
class SparkAtlasEngineTest {

    static final String REAL = "test-fixtures/atlas/baci-2022-30hs6-critical-materials.csv";

    @TempDir
    static Path dir;
    static Path synthetic;

    @BeforeAll
    static void start() throws IOException {
        synthetic = dir.resolve("synthetic.csv.gz");
        SyntheticBaci.write(synthetic, new int[] {2020, 2021, 2022}, 12, 25, 0.08, 5);
    }

    @AfterAll
    static void stop() {
        SparkSession.active().stop();
    }

    static AtlasJob job(String... inputs) {
        return AtlasJob.of(List.of(inputs)).withThreads(2).withMaster("local[2]");
    }

    static void assertSameRows(List<AtlasRow> spark, List<AtlasRow> local) {
        assertThat(spark).hasSameSizeAs(local);
        for (int n = 0; n < local.size(); n++) {
            List<Object> a = spark.get(n).values(true);
            List<Object> b = local.get(n).values(true);
            for (int c = 0; c < a.size(); c++) {
                String what = local.get(n).hs6() + "/" + local.get(n).year() + " column " + AtlasRow.columns(true).get(c);
                if (b.get(c) instanceof Double y) {
                    double x = (Double) a.get(c);
                    assertThat(Double.isNaN(x)).as(what).isEqualTo(Double.isNaN(y));
                    if (!Double.isNaN(y)) {
                        assertThat(Math.abs(x - y)).as(what).isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(y)));
                    }
                } else {
                    assertThat(a.get(c)).as(what).isEqualTo(b.get(c));
                }
            }
        }
    }

    @Test
    void sparkGivesTheLocalEnginesRowsAndTheSameAtlasCsv() throws IOException {
        AtlasJob job = job(REAL, synthetic.toString()).withParameters(AtlasParameters.defaults().withFocus("USA"))
                .withEngineOutput(dir.resolve("spark-out").toString());
        AtlasResult local = new LocalAtlasEngine().run(job);
        AtlasResult spark = new SparkAtlasEngine().run(job);
        assertThat(spark.rows()).hasSize(30 + 3 * 14);
        assertThat(spark.rowsRead()).isEqualTo(local.rowsRead());
        assertSameRows(spark.rows(), local.rows());
        assertThat(AtlasTable.csv(spark)).isEqualTo(AtlasTable.csv(local));
        // Spark's own part files hold the same rows.
        SparkSession s = SparkSession.active();
        assertThat(s.read().parquet(dir.resolve("spark-out/parquet").toString()).count()).isEqualTo(local.rows().size());
        assertThat(s.read().option("header", true).csv(dir.resolve("spark-out/csv").toString()).count()).isEqualTo(local.rows().size());
    }

    @Test
    void aParquetBaciInputGivesTheSameRowsAsItsCsv() throws IOException {
        SparkSession s = SparkSession.active().getActiveSession().isDefined() ? SparkSession.active()
                : SparkSession.builder().master("local[2]").getOrCreate();
        Path parquet = dir.resolve("real.parquet");
        SparkAtlasEngine.read(s, List.of(REAL)).write().parquet(parquet.toString());
        AtlasResult fromParquet = new SparkAtlasEngine().run(job(parquet.toString()));
        AtlasResult fromCsv = new LocalAtlasEngine().run(job(REAL));
        assertSameRows(fromParquet.rows(), fromCsv.rows());
    }

    @Test
    void sparkReadsTradenetsOwnParquetFileBack() throws IOException {
        AtlasResult local = new LocalAtlasEngine().run(job(REAL).withParameters(AtlasParameters.defaults().withFocus("DEU")));
        Path out = dir.resolve("outputs");
        AtlasOutputs.write(out, local);
        SparkSession s = SparkSession.builder().master("local[2]").getOrCreate();
        var df = s.read().parquet(out.resolve("atlas.parquet").toString());
        StructType schema = df.schema();
        assertThat(schema.fieldNames()).containsExactlyElementsOf(AtlasRow.columns(true));
        assertThat(schema.apply("hs6").dataType()).isEqualTo(DataTypes.StringType);
        assertThat(schema.apply("year").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(schema.apply("valueUsd").dataType()).isEqualTo(DataTypes.DoubleType);
        List<Row> rows = df.collectAsList();
        assertThat(rows).hasSize(local.rows().size());
        for (int n = 0; n < rows.size(); n++) {
            assertThat(SparkAtlasEngine.toAtlasRow(rows.get(n), true)).isEqualTo(local.rows().get(n));
        }
        assertThat(Files.size(out.resolve("atlas.parquet"))).isPositive();
    }

    @Test
    void aBadRowIsBadInputNamingTheRow() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "t,i,j,k,v,q\n2022,156,842,850511,1.5,NA\n2022,156,999,850511,2,NA\n");
        assertThatThrownBy(() -> new SparkAtlasEngine().run(job(bad.toString())))
                .isInstanceOf(org.tradenet.data.DataFormatException.class)
                .hasMessageContaining("unknown country code 999").hasMessageContaining("2022,156,999,850511");
    }

    @Test
    void aZipIsRefusedWithAClearMessage() throws IOException {
        Path zip = dir.resolve("release.zip");
        Files.write(zip, new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThatThrownBy(() -> new SparkAtlasEngine().run(job(zip.toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not zip archives");
    }
}
