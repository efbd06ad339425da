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
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.Fixtures;

class BaciReaderTest {

    @Test
    void readsTheMagnetMatrixWithTotalsOfTheIso3Version() throws IOException {
        FlowTable t = FlowTable.read(DataSource.of(Fixtures.path("data/baci-2024-850511-magnets-raw-layout.csv")),
                ReadOptions.defaults());
        assertThat(t.report().format()).isEqualTo(InputFormat.BACI);
        assertThat(t.flows()).hasSize(4415);

        // Independent totals: the same flows published with ISO3 codes and values in thousand USD.
        Map<String, Double> exports = new HashMap<>();
        Map<String, Double> imports = new HashMap<>();
        int missingQty = 0;
        CSVFormat f = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader r = Files.newBufferedReader(Fixtures.path("data/baci-2024-850511-magnets.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : f.parse(r)) {
                double usd = Double.parseDouble(rec.get("value_kusd")) * 1000;
                exports.merge(rec.get("exporter").replace("S19", "TWN"), usd, Double::sum);
                imports.merge(rec.get("importer").replace("S19", "TWN"), usd, Double::sum);
                missingQty += rec.get("qty_t").isEmpty() ? 1 : 0;
            }
        }
        Map<String, Double> ex = new HashMap<>();
        Map<String, Double> im = new HashMap<>();
        for (Flow fl : t.flows()) {
            ex.merge(fl.exporter(), fl.valueUsd(), Double::sum);
            im.merge(fl.importer(), fl.valueUsd(), Double::sum);
        }
        assertThat(ex.keySet()).isEqualTo(exports.keySet());
        assertThat(im.keySet()).isEqualTo(imports.keySet());
        exports.forEach((c, v) -> assertThat(ex.get(c)).as("exports of %s", c).isCloseTo(v, within(1e-6 * v + 1e-6)));
        imports.forEach((c, v) -> assertThat(im.get(c)).as("imports of %s", c).isCloseTo(v, within(1e-6 * v + 1e-6)));
        assertThat(exports).hasSize(145);
        assertThat(imports).hasSize(211);
        assertThat(t.totalValueUsd()).isCloseTo(4.96e9, within(0.005e9));
        assertThat(t.flows().stream().filter(x -> Double.isNaN(x.quantityTonnes())).count()).isEqualTo(missingQty);
        assertThat(t.nodes().get("TWN").name()).isEqualTo("Taiwan");
    }

    @Test
    void unknownCodeDuplicateKeyAndBadValueAreErrors(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("b.csv");
        Files.writeString(p, "t,i,j,k,v,q\n2024,156,276,850511,1.5,NA\n2024,156,276,850511,2.0,NA\n");
        assertThatThrownBy(() -> FlowTable.read(DataSource.of(p), ReadOptions.defaults()))
                .hasMessage(p + ":3: duplicate BACI key t,i,j,k = 2024,156,276,850511 (first on line 2)");
        Files.writeString(p, "t,i,j,k,v,q\n2024,156,1,850511,1.5,NA\n");
        assertThatThrownBy(() -> FlowTable.read(DataSource.of(p), ReadOptions.defaults()))
                .hasMessage(p + ":2: field 'j': unknown country code 1 (not in the BACI/Comtrade country table)");
        Files.writeString(p, "t,i,j,k,v,q\n2024,156,276,850511,abc,NA\n");
        assertThatThrownBy(() -> FlowTable.read(DataSource.of(p), ReadOptions.defaults()))
                .hasMessage(p + ":2: field 'v': 'abc' is not a number");
    }

    @Test
    void valuesAreThousandsOfUsdAndFiveDigitProductsArePadded(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("b.csv");
        Files.writeString(p, "t,i,j,k,v,q\n2024,842,490,10121,2.5,0.75\n");
        Flow f = FlowTable.read(DataSource.of(p), ReadOptions.defaults()).flows().get(0);
        assertThat(f.valueUsd()).isEqualTo(2500.0);
        assertThat(f.quantityTonnes()).isEqualTo(0.75);
        assertThat(f.hs6()).isEqualTo("010121");
        assertThat(f.exporter()).isEqualTo("USA");
        assertThat(f.importer()).isEqualTo("TWN");
    }
}
