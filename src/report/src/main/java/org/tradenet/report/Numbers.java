package org.tradenet.report;

import java.util.Locale;

/** How numbers read in text and Markdown reports (JSON and CSV keep full precision). */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Amounts from this magnitude on print with an exponent ({@code 1.00e+300}): a thousand times
     * world trade in all goods (about 2.5e13 USD a year), where digits would only fill the line.
     */
    public static final double EXPONENT_FROM = 1e15;

    /**
     * USD with thousands separators and a magnitude: {@code 3.37 bn}, {@code 790.4 M}, {@code 12,345};
     * with an exponent from {@link #EXPONENT_FROM} on ({@code 1.00e+300}).
     *
     * @param v an amount in USD
     * @return the amount as text
     */
    public static String usd(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= EXPONENT_FROM) {
            return exponent(v);
        }
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2f bn", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.1f M", v / 1e6);
        }
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /**
     * A fraction as a percentage with one decimal: {@code 0.4321} → {@code 43.2%}.
     *
     * @param fraction a share, 1 being 100%
     * @return the percentage as text
     */
    public static String pct(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /**
     * A signed percentage change: {@code -0.123} → {@code -12.3%}.
     *
     * @param fraction a relative change, 0.1 being +10%
     * @return the signed percentage as text
     */
    public static String pctChange(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * fraction);
    }

    /**
     * A number with {@code digits} decimals; with an exponent from {@link #EXPONENT_FROM} on.
     *
     * @param v the number
     * @param digits decimals to show
     * @return the number as text
     */
    public static String fixed(double v, int digits) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return Math.abs(v) >= EXPONENT_FROM ? exponent(v) : String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    /**
     * A plain number for CSV: full precision, empty for NaN; from {@link #EXPONENT_FROM} on and
     * below 1e-6 (but not 0) in Java's exponent form ({@code 1.0E300}, {@code 3.0E-300}), which every
     * reader of numbers (tradenet's included) reads, instead of hundreds of digits.
     *
     * @param v the number
     * @return the number as text
     */
    public static String raw(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        double a = Math.abs(v);
        if (a >= EXPONENT_FROM || a < 1e-6 && a > 0) {
            return Double.toString(v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * Tonnes with thousands separators; with an exponent from {@link #EXPONENT_FROM} on.
     *
     * @param v a quantity in tonnes
     * @return the quantity as text
     */
    public static String tonnes(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return Math.abs(v) >= EXPONENT_FROM ? exponent(v) + " t" : String.format(Locale.ROOT, "%,.1f t", v);
    }

    /** Three significant digits and an exponent: {@code 1.00e+300}. */
    private static String exponent(double v) {
        return String.format(Locale.ROOT, "%.2e", v);
    }
}
