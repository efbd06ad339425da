package org.tradenet.community;

import java.util.Objects;

/**
 * What {@link ModularitySignificance} found: the observed best modularity against the best
 * modularity of each null network.
 *
 * @param observed       best directed modularity found on the observed graph (NaN without weight)
 * @param nullQualities  best modularity found on each null draw, in draw order
 * @param nullMean       their mean
 * @param nullSd         their standard deviation (n − 1 in the denominator; 0 with one draw)
 * @param zScore         (observed − nullMean) / nullSd; NaN when nullSd is 0 or nothing is defined
 * @param pValue         empirical p-value (1 + #{null ≥ observed}) / (draws + 1): never 0, at
 *                       least 1 / (draws + 1); NaN when the observed modularity is undefined
 * @param meanNullLinks  mean number of links of the null networks (the observed graph's links
 *                       for comparison are in the caller's hands)
 * @param parameters     the settings, null model, draws and seed included
 */
public record SignificanceResult(double observed, double[] nullQualities, double nullMean, double nullSd, double zScore,
                                 double pValue, double meanNullLinks, SignificanceParameters parameters) {

    /**
     * Copies the null draws' modularities.
     *
     * @param observed       best directed modularity found on the observed graph (NaN without weight)
     * @param nullQualities  best modularity found on each null draw, in draw order
     * @param nullMean       their mean
     * @param nullSd         their standard deviation (n − 1 in the denominator; 0 with one draw)
     * @param zScore         (observed − nullMean) / nullSd; NaN when nullSd is 0 or nothing is defined
     * @param pValue         empirical p-value (1 + #{null ≥ observed}) / (draws + 1): never 0, at
     *                       least 1 / (draws + 1); NaN when the observed modularity is undefined
     * @param meanNullLinks  mean number of links of the null networks (the observed graph's links
     *                       for comparison are in the caller's hands)
     * @param parameters     the settings, null model, draws and seed included
     */
    public SignificanceResult {
        nullQualities = nullQualities.clone();
        Objects.requireNonNull(parameters, "parameters");
    }

    /** {@return A copy of the null draws' best modularities} */
    @Override
    public double[] nullQualities() {
        return nullQualities.clone();
    }

    /** {@return the null model used} */
    public NullModel nullModel() {
        return parameters.nullModel();
    }

    /** {@return how many null networks were drawn} */
    public int draws() {
        return nullQualities.length;
    }

    /** {@return whether the p-value is at most the parameters' level (false when it is undefined)} */
    public boolean significant() {
        return pValue <= parameters.level();
    }
}
