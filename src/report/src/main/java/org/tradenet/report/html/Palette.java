package org.tradenet.report.html;

import java.awt.Color;

/**
 * Colours for groups, safe for the common forms of colour blindness: the Okabe–Ito palette
 * (Okabe &amp; Ito 2008, "Color Universal Design"), ordered so that the strongest contrasts
 * come first and yellow last, extended by four colours of Paul Tol's "muted" scheme, then
 * grey for everything else ("other").
 */
public final class Palette {

    private static final String[] COLOURS = {
        "#0072B2", // blue
        "#D55E00", // vermillion
        "#009E73", // bluish green
        "#CC79A7", // reddish purple
        "#56B4E9", // sky blue
        "#E69F00", // orange
        "#882255", // wine (Tol)
        "#117733", // green (Tol)
        "#332288", // indigo (Tol)
        "#999933", // olive (Tol)
        "#F0E442", // yellow
    };

    /** The colour for groups beyond the palette and for unknown membership. */
    public static final String OTHER = "#B0B0B0";

    /** Positive values in charts. */
    public static final String POSITIVE = "#0072B2";
    /** Negative values in charts. */
    public static final String NEGATIVE = "#D55E00";

    private Palette() {
    }

    /**
     * How many groups get a colour of their own.
     *
     * @return the number of colours before {@link #OTHER}
     */
    public static int size() {
        return COLOURS.length;
    }

    /**
     * The colour of group {@code g} as {@code #RRGGBB}; {@link #OTHER} beyond the palette or for g &lt; 0.
     *
     * @param g group number, 0 the largest
     * @return the colour as {@code #RRGGBB}
     */
    public static String colour(int g) {
        return g >= 0 && g < COLOURS.length ? COLOURS[g] : OTHER;
    }

    /**
     * The same colour for Java2D (charts).
     *
     * @param g group number, 0 the largest
     * @return the colour
     */
    public static Color awt(int g) {
        return Color.decode(colour(g));
    }
}
