package org.tradenet.shock;

import java.util.Locale;

/** Ad valorem rates written as fractions ({@code 0.25}) or percent strings ({@code "25%"}). */
public final class Rates {

    /**
     * The highest rate accepted, 1000%. Beyond it a rate only says "prohibitive": the linear
     * form leaves its range and the levels form answers with flows of practically zero; an
     * embargo measure says so exactly.
     */
    public static final double MAX_RATE = 10.0;

    private Rates() {
    }

    /**
     * Parses a rate: {@code "0.25"} and {@code "25%"} both give 0.25.
     *
     * @param text the rate as written
     * @return the rate as a fraction
     * @throws IllegalArgumentException when the text is no finite number, the rate is -100% or lower (a
     *                                  price wedge must stay positive) or above {@link #MAX_RATE}
     */
    public static double parse(String text) {
        String s = text == null ? "" : text.trim();
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).trim();
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a rate (write 0.25 or \"25%\")");
        }
        return check(percent ? v / 100.0 : v, text);
    }

    /**
     * Checks a rate given as a fraction: finite, above -100%, at most {@link #MAX_RATE}.
     *
     * @param rate    the rate as a fraction
     * @param shownAs how the message shows the rate (for instance the text it was parsed from)
     * @return {@code rate}
     * @throws IllegalArgumentException when it is not
     */
    public static double check(double rate, Object shownAs) {
        if (!Double.isFinite(rate)) {
            throw new IllegalArgumentException("rate " + shownAs + " is not a finite number");
        }
        if (rate <= -1.0) {
            throw new IllegalArgumentException("rate " + shownAs + " is -100% or lower; a tariff or tax must be above -100%");
        }
        if (rate > MAX_RATE) {
            throw new IllegalArgumentException("rate " + shownAs + " is above " + show(MAX_RATE) + ": a prohibitive rate; "
                    + "model a ban with an embargo measure");
        }
        return rate;
    }

    /**
     * {@return a rate as a percent string for messages: {@code 0.25} → {@code 25%}}
     *
     * @param rate the rate as a fraction
     */
    public static String show(double rate) {
        String s = String.format(Locale.ROOT, "%.4f", 100 * rate).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + "%";
    }
}
