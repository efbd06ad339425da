package org.tradenet.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tradenet.Fixtures;

/**
 * The Comtrade partner codes that are not plain countries, as Comtrade's own partnerAreas.json
 * lists them ({@code test-fixtures/data/comtrade-partner-areas.csv}, source in
 * {@code networks/build-countries.py}): every one is known to the standard registry, with the
 * kind that decides whether the readers keep it as a country.
 */
class CountryRegistryComtradeTest {

    @Test
    void everyNonCountryAndFormerPartnerCodeOfComtradeIsKnownWithItsKind() throws IOException {
        CountryRegistry registry = CountryRegistry.standard();
        int checked = 0;
        for (CSVRecord r : Fixtures.records("data/comtrade-partner-areas.csv")) {
            int code = Integer.parseInt(r.get("code"));
            Country c = registry.byCode(code).orElseThrow(() -> new AssertionError("code " + code + " (" + r.get("name")
                    + ") is unknown"));
            assertThat(c.kind()).as("%d %s", code, r.get("name"))
                    .isEqualTo(Country.Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)));
            checked++;
        }
        assertThat(checked).isEqualTo(57);
    }

    @Test
    void theAreasNotElsewhereSpecifiedCarryComtradesNames() {
        CountryRegistry registry = CountryRegistry.standard();
        assertThat(registry.byCode(129).orElseThrow().name()).isEqualTo("Caribbean, nes");
        assertThat(registry.byCode(492).orElseThrow().name()).isEqualTo("Europe EU, nes");
        assertThat(registry.byCode(637).orElseThrow().name()).isEqualTo("North America and Central America, nes");
        assertThat(registry.byCode(879).orElseThrow().name()).isEqualTo("Western Asia, nes");
        assertThat(registry.byCode(490).orElseThrow().id()).as("'Other Asia, nes' is Taiwan in practice").isEqualTo("TWN");
        assertThat(registry.byCode(841).orElseThrow().isCountry()).as("a former entity is a trade partner").isTrue();
    }
}
