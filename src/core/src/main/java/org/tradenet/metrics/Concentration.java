package org.tradenet.metrics;

import java.util.Arrays;

/**
 * Concentration of a set of non-negative amounts (exports by country, a country's imports
 * by supplier).
 *
 * <ul>
 * <li>Herfindahl–Hirschman index {@code HHI = sum_i s_i^2} of the shares
 *     {@code s_i = x_i / sum x}, in [1/n, 1] (1 = a single holder). Reported as a fraction;
 *     multiply by 10,000 for the antitrust convention.</li>
 * <li>Top-k share: the share of the k largest.</li>
 * <li>Gini coefficient {@code G = sum_i (2i - n - 1) x_(i) / (n sum x)} over the amounts sorted
 *     ascending, in [0, 1 - 1/n].</li>
 * </ul>
 * All are O(n log n) at most. Empty input or a zero total gives NaN: concentration is
 * undefined there.
 */
public final class Concentration {

    private Concentration() {
    }

    /**
     * {@return Herfindahl–Hirschman index of the shares, in [1/n, 1]; NaN when the total is 0}
     *
     * @param amounts non-negative amounts (for instance export values, USD)
     */
    public static double hhi(double[] amounts) {
        double total = total(amounts);
        if (!(total > 0)) {
            return Double.NaN;
        }
        double h = 0;
        for (double x : amounts) {
            double s = x / total;
            h += s * s;
        }
        return h;
    }

    /**
     * {@return the share of the {@code k} largest amounts; NaN when the total is 0}
     *
     * @param amounts non-negative amounts (for instance export values, USD)
     * @param k       how many of the largest count
     */
    public static double topShare(double[] amounts, int k) {
        double total = total(amounts);
        if (!(total > 0)) {
            return Double.NaN;
        }
        double[] sorted = amounts.clone();
        Arrays.sort(sorted);
        double top = 0;
        for (int i = sorted.length - 1; i >= Math.max(0, sorted.length - k); i--) {
            top += sorted[i];
        }
        return top / total;
    }

    /**
     * {@return Gini coefficient of the amounts, in [0, 1 - 1/n]; NaN when empty or the total is 0}
     *
     * @param amounts non-negative amounts (for instance export values, USD)
     */
    public static double gini(double[] amounts) {
        double total = total(amounts);
        int n = amounts.length;
        if (n == 0 || !(total > 0)) {
            return Double.NaN;
        }
        double[] sorted = amounts.clone();
        Arrays.sort(sorted);
        double g = 0;
        for (int i = 0; i < n; i++) {
            g += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        return g / (n * total);
    }

    private static double total(double[] amounts) {
        double t = 0;
        for (double x : amounts) {
            if (x < 0 || Double.isNaN(x)) {
                throw new IllegalArgumentException("amounts must be non-negative numbers, found " + x);
            }
            t += x;
        }
        return t;
    }
}
