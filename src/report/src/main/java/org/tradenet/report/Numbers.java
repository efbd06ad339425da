package org.tradenet.report;

import java.util.Locale;

/** How numbers read in text and Markdown reports (JSON and CSV keep full precision). */
public final class Numbers {

    private Numbers() {
    }

    /** USD with thousands separators and a magnitude: {@code 3.37 bn}, {@code 790.4 M}, {@code 12,345}. */
    public static String usd(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2f bn", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.1f M", v / 1e6);
        }
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** A fraction as a percentage with one decimal: {@code 0.4321} → {@code 43.2%}. */
    public static String pct(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /** A signed percentage change: {@code -0.123} → {@code -12.3%}. */
    public static String pctChange(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * fraction);
    }

    /** A number with {@code digits} decimals. */
    public static String fixed(double v, int digits) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    /** A plain number for CSV: full precision, empty for NaN. */
    public static String raw(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Tonnes with thousands separators. */
    public static String tonnes(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%,.1f t", v);
    }
}
