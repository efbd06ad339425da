package org.tradenet.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryRegistryTest {

    private final CountryRegistry reg = CountryRegistry.standard();

    @Test
    void comtradeAndBaciCodesThatDifferFromIsoNumeric() {
        assertThat(reg.byCode(842).orElseThrow().id()).isEqualTo("USA");
        assertThat(reg.byCode(251).orElseThrow().id()).isEqualTo("FRA");
        assertThat(reg.byCode(699).orElseThrow().id()).isEqualTo("IND");
        assertThat(reg.byCode(757).orElseThrow().id()).isEqualTo("CHE");
        assertThat(reg.byCode(579).orElseThrow().id()).isEqualTo("NOR");
    }

    @Test
    void taiwanHasOneIdWhateverTheSpelling() {
        assertThat(reg.byCode(490).orElseThrow().id()).isEqualTo("TWN");
        assertThat(reg.byAlpha("S19").orElseThrow().id()).isEqualTo("TWN");
        assertThat(reg.byAlpha("TW").orElseThrow().id()).isEqualTo("TWN");
        assertThat(reg.byAlpha("TWN").orElseThrow().region()).isEqualTo("Asia");
    }

    @Test
    void worldAndSpecialAreas() {
        assertThat(reg.byCode(0).orElseThrow().kind()).isEqualTo(Country.Kind.WORLD);
        assertThat(reg.byCode(899).orElseThrow().kind()).isEqualTo(Country.Kind.SPECIAL);
        assertThat(reg.byCode(234).orElseThrow().id()).isEqualTo("FRO");
    }

    @Test
    void replacedCodesResolveToTheirSuccessorAndNamibiaKeepsItsIso2() {
        assertThat(reg.byCode(280).orElseThrow()).isEqualTo(reg.byCode(276).orElseThrow());
        assertThat(reg.byCode(280).orElseThrow().name()).isEqualTo("Germany");
        assertThat(reg.byAlpha("NA").orElseThrow().id()).isEqualTo("NAM");
        assertThat(reg.byAlpha("US").orElseThrow().region()).isEqualTo("Americas");
        assertThat(reg.byAlpha("CSK").orElseThrow().kind()).isEqualTo(Country.Kind.HISTORICAL);
    }

    @Test
    void namesAreProperUtf8() {
        assertThat(reg.byAlpha("CUW").orElseThrow().name()).isEqualTo("Curaçao");
        assertThat(reg.byAlpha("TUR").orElseThrow().name()).isEqualTo("Türkiye");
        assertThat(reg.byAlpha("CIV").orElseThrow().name()).isEqualTo("Côte d'Ivoire");
        assertThat(reg.all()).allSatisfy(c -> assertThat(c.name()).doesNotContain("Ã"));
    }
}
