package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ElasticitiesTest {

    @Test
    void defaultsAreFrancoisHalls() {
        Elasticities e = Elasticities.defaults();
        assertThat(e.importDemand("USA")).isEqualTo(-1.25);
        assertThat(e.substitution("USA")).isEqualTo(5.0);
        assertThat(e.exportSupply("USA")).isEqualTo(1.5);
    }

    @Test
    void perCountryOverridesWin() {
        Elasticities e = Elasticities.defaults().withImportDemand("CHN", -0.8).withExportSupply("MMR", Double.POSITIVE_INFINITY);
        assertThat(e.importDemand("CHN")).isEqualTo(-0.8);
        assertThat(e.importDemand("USA")).isEqualTo(-1.25);
        assertThat(e.exportSupply("MMR")).isInfinite();
        assertThat(e.describe()).contains("import demand CHN=-0.8").contains("export supply MMR=infinite");
    }

    @Test
    void wrongSignsAndZeroAreRefused() {
        assertThatThrownBy(() -> Elasticities.defaults().withImportDemand(0.5)).hasMessageContaining("import-demand").hasMessageContaining("negative");
        assertThatThrownBy(() -> Elasticities.defaults().withImportDemand(0)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Elasticities.defaults().withSubstitution(-2)).hasMessageContaining("substitution");
        assertThatThrownBy(() -> Elasticities.defaults().withExportSupply(0)).hasMessageContaining("export-supply");
        assertThatThrownBy(() -> Elasticities.defaults().withSubstitution("USA", 0)).hasMessageContaining("(USA)");
        assertThatThrownBy(() -> Elasticities.defaults().withImportDemand(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void infiniteExportSupplyFixesTheWorldPrice() throws java.io.IOException {
        GsimModel m = FrancoisHall.model().withElasticities(Elasticities.defaults().withExportSupply("JP", Double.POSITIVE_INFINITY));
        for (ShockSolver s : java.util.List.of(LinearSolver.create(), LevelsSolver.defaults())) {
            ShockResult r = s.solve(m, FrancoisHall.usEuFta());
            assertThat(r.worldPriceChange().get("JP")).isZero();
            assertThat(r.worldPriceChange().get("US")).isPositive();
        }
    }
}
