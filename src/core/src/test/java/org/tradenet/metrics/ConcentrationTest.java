package org.tradenet.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConcentrationTest {

    @Test
    void closedForms() {
        assertThat(Concentration.hhi(new double[] {5, 5, 5, 5})).isCloseTo(0.25, within(1e-15));
        assertThat(Concentration.hhi(new double[] {1, 0, 0})).isEqualTo(1.0);
        assertThat(Concentration.hhi(new double[] {3, 1})).isCloseTo(0.625, within(1e-15));
        assertThat(Concentration.topShare(new double[] {3, 1, 6}, 1)).isCloseTo(0.6, within(1e-15));
        assertThat(Concentration.topShare(new double[] {3, 1, 6}, 5)).isCloseTo(1.0, within(1e-15));
        assertThat(Concentration.gini(new double[] {2, 2, 2})).isCloseTo(0.0, within(1e-15));
        // One holder of everything among n: G = 1 - 1/n.
        assertThat(Concentration.gini(new double[] {0, 0, 0, 8})).isCloseTo(0.75, within(1e-15));
    }

    @Test
    void undefinedWithoutAmounts() {
        assertThat(Concentration.hhi(new double[0])).isNaN();
        assertThat(Concentration.gini(new double[] {0, 0})).isNaN();
    }
}
