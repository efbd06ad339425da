package org.tradenet.atlas;

import java.util.Objects;

import org.tradenet.community.SignificanceParameters;
import org.tradenet.shock.Elasticities;

/**
 * Settings of the atlas. Immutable; {@code withX} returns a copy.
 *
 * @param seed          seed of community detection (run r uses seed + r)
 * @param runs          Leiden runs per product and year; the best modularity is kept
 * @param resolution    modularity resolution γ
 * @param hubs          how many hubs to list per criterion (throughput, PageRank)
 * @param exportTaxRate the screening shock: the largest exporter's export tax, a fraction
 *                      (0.25 = 25%), on all its exports of the product; linear GSIM, no base
 *                      tariffs
 * @param elasticities  the GSIM elasticities
 * @param focus         a country id (ISO3) whose dependence is reported in extra columns, or
 *                      empty for none
 * @param nullDraws     null networks drawn per product and year to test the communities'
 *                      significance ({@link org.tradenet.community.ModularitySignificance}, strength-preserving
 *                      rewiring, the same runs, resolution and seed); 0 leaves the test out
 */
public record AtlasParameters(long seed, int runs, double resolution, int hubs, double exportTaxRate,
                              Elasticities elasticities, String focus, int nullDraws) {

    /**
     * Default null draws: 19, the fewest with which the empirical p-value (1 + #{null ≥ observed}) / (draws + 1)
     * can reach the 0.05 level. Each draw costs about one more community detection ({@code runs} Leiden runs plus
     * a rewiring) per product and year; docs/atlas.md gives the measured cost.
     */
    public static final int DEFAULT_NULL_DRAWS = 19;

    /**
     * Checks the ranges and trims the focus.
     *
     * @param seed          seed of community detection (run r uses seed + r)
     * @param runs          Leiden runs per product and year; the best modularity is kept
     * @param resolution    modularity resolution γ
     * @param hubs          how many hubs to list per criterion (throughput, PageRank)
     * @param exportTaxRate the screening shock: the largest exporter's export tax, a fraction
     *                      (0.25 = 25%), on all its exports of the product; linear GSIM, no base
     *                      tariffs
     * @param elasticities  the GSIM elasticities
     * @param focus         a country id (ISO3) whose dependence is reported in extra columns, or
     *                      empty for none
     * @param nullDraws     null networks drawn per product and year to test the communities'
     *                      significance; 0 leaves the test out
     * @throws IllegalArgumentException when runs or hubs are below 1, the resolution is not positive and finite, the export tax rate is not in (0, 10), or the null draws are negative
     */
    public AtlasParameters {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be positive and finite, was " + resolution);
        }
        if (hubs < 1) {
            throw new IllegalArgumentException("hubs must be at least 1, was " + hubs);
        }
        if (!(exportTaxRate > 0) || exportTaxRate >= 10) {
            throw new IllegalArgumentException("the export tax rate must be a positive fraction below 10 (1000%), was " + exportTaxRate);
        }
        Objects.requireNonNull(elasticities, "elasticities");
        focus = focus == null ? "" : focus.trim();
        if (nullDraws < 0) {
            throw new IllegalArgumentException("null draws must be 0 (no significance test) or more, was " + nullDraws);
        }
    }

    /**
     * Seed 42, 2 Leiden runs, γ = 1, 3 hubs per criterion, a 25% export tax, default elasticities, no focus,
     * {@value #DEFAULT_NULL_DRAWS} null draws.
     *
     * @return the default settings
     */
    public static AtlasParameters defaults() {
        return new AtlasParameters(42, 2, 1.0, 3, 0.25, Elasticities.defaults(), "", DEFAULT_NULL_DRAWS);
    }

    /**
     * {@return these settings with another number of null draws}
     *
     * @param d null networks per product and year, 0 for no significance test
     */
    public AtlasParameters withNullDraws(int d) {
        return new AtlasParameters(seed, runs, resolution, hubs, exportTaxRate, elasticities, focus, d);
    }

    /**
     * The significance test's settings: strength-preserving rewiring, {@code nullDraws} draws,
     * and the atlas's own Leiden runs, resolution and seed, so that the test's observed
     * modularity is the {@code modularity} column's. Level 0.05.
     *
     * @return the settings, or empty when {@code nullDraws} is 0
     */
    public java.util.Optional<SignificanceParameters> significance() {
        if (nullDraws == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(SignificanceParameters.defaults().withDraws(nullDraws).withRuns(runs)
                .withResolution(resolution).withSeed(seed));
    }

    /** {@return true when a focus country is set} */
    public boolean hasFocus() {
        return !focus.isEmpty();
    }

    /**
     * {@return these settings with another seed}
     *
     * @param s seed of community detection
     */
    public AtlasParameters withSeed(long s) {
        return new AtlasParameters(s, runs, resolution, hubs, exportTaxRate, elasticities, focus, nullDraws);
    }

    /**
     * {@return these settings with another number of Leiden runs}
     *
     * @param r runs, at least 1
     */
    public AtlasParameters withRuns(int r) {
        return new AtlasParameters(seed, r, resolution, hubs, exportTaxRate, elasticities, focus, nullDraws);
    }

    /**
     * {@return these settings with another resolution}
     *
     * @param g modularity resolution γ, positive
     */
    public AtlasParameters withResolution(double g) {
        return new AtlasParameters(seed, runs, g, hubs, exportTaxRate, elasticities, focus, nullDraws);
    }

    /**
     * {@return these settings with another number of hubs per criterion}
     *
     * @param h hubs, at least 1
     */
    public AtlasParameters withHubs(int h) {
        return new AtlasParameters(seed, runs, resolution, h, exportTaxRate, elasticities, focus, nullDraws);
    }

    /**
     * {@return these settings with another screening export tax}
     *
     * @param r the largest exporter's export tax, a fraction (0.25 = 25%)
     */
    public AtlasParameters withExportTaxRate(double r) {
        return new AtlasParameters(seed, runs, resolution, hubs, r, elasticities, focus, nullDraws);
    }

    /**
     * {@return these settings with another focus country}
     *
     * @param f an ISO3 country id, or empty for none
     */
    public AtlasParameters withFocus(String f) {
        return new AtlasParameters(seed, runs, resolution, hubs, exportTaxRate, elasticities, f, nullDraws);
    }
}
