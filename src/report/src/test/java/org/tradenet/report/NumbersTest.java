package org.tradenet.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How amounts read: with a magnitude in the ordinary range, with an exponent beyond it (never 300 digits). */
class NumbersTest {

    @Test
    void ordinaryAmountsReadWithTheirMagnitude() {
        assertThat(Numbers.usd(3.37e9)).isEqualTo("3.37 bn");
        assertThat(Numbers.usd(790.4e6)).isEqualTo("790.4 M");
        assertThat(Numbers.usd(12345)).isEqualTo("12,345");
        assertThat(Numbers.usd(2.5e13)).as("world trade in all goods").isEqualTo("25000.00 bn");
        assertThat(Numbers.tonnes(1234.5)).isEqualTo("1,234.5 t");
        assertThat(Numbers.raw(1234.5)).isEqualTo("1234.5");
        assertThat(Numbers.raw(0)).isEqualTo("0");
    }

    @Test
    void hugeAndTinyAmountsPrintWithAnExponent() {
        assertThat(Numbers.usd(1e300)).isEqualTo("1.00e+300");
        assertThat(Numbers.usd(-2.5e20)).isEqualTo("-2.50e+20");
        assertThat(Numbers.usd(1e15)).isEqualTo("1.00e+15");
        assertThat(Numbers.usd(9.99e14)).isEqualTo("999000.00 bn");
        assertThat(Numbers.tonnes(1e300)).isEqualTo("1.00e+300 t");
        assertThat(Numbers.fixed(1e300, 4)).isEqualTo("1.00e+300");
        assertThat(Numbers.raw(1e300)).isEqualTo("1.0E300");
        assertThat(Numbers.raw(3e-300)).isEqualTo("3.0E-300");
        assertThat(Double.parseDouble(Numbers.raw(1e300))).isEqualTo(1e300);
        for (double v : new double[] {1e300, 1e15, 3e-300, 1e-320}) {
            assertThat(Numbers.usd(v).length() + Numbers.raw(v).length()).as("%s", v).isLessThan(30);
        }
    }
}
