package org.tradenet.atlas;

import java.util.Objects;

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
 */
public record AtlasParameters(long seed, int runs, double resolution, int hubs, double exportTaxRate,
                              Elasticities elasticities, String focus) {

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
     * @throws IllegalArgumentException when runs or hubs are below 1, the resolution is not positive and finite, or the export tax rate is not in (0, 10)
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
    }

    /**
     * Seed 42, 2 Leiden runs, γ = 1, 3 hubs per criterion, a 25% export tax, default elasticities, no focus.
     *
     * @return the default settings
     */
    public static AtlasParameters defaults() {
        return new AtlasParameters(42, 2, 1.0, 3, 0.25, Elasticities.defaults(), "");
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
        return new AtlasParameters(s, runs, resolution, hubs, exportTaxRate, elasticities, focus);
    }

    /**
     * {@return these settings with another number of Leiden runs}
     *
     * @param r runs, at least 1
     */
    public AtlasParameters withRuns(int r) {
        return new AtlasParameters(seed, r, resolution, hubs, exportTaxRate, elasticities, focus);
    }

    /**
     * {@return these settings with another resolution}
     *
     * @param g modularity resolution γ, positive
     */
    public AtlasParameters withResolution(double g) {
        return new AtlasParameters(seed, runs, g, hubs, exportTaxRate, elasticities, focus);
    }

    /**
     * {@return these settings with another number of hubs per criterion}
     *
     * @param h hubs, at least 1
     */
    public AtlasParameters withHubs(int h) {
        return new AtlasParameters(seed, runs, resolution, h, exportTaxRate, elasticities, focus);
    }

    /**
     * {@return these settings with another screening export tax}
     *
     * @param r the largest exporter's export tax, a fraction (0.25 = 25%)
     */
    public AtlasParameters withExportTaxRate(double r) {
        return new AtlasParameters(seed, runs, resolution, hubs, r, elasticities, focus);
    }

    /**
     * {@return these settings with another focus country}
     *
     * @param f an ISO3 country id, or empty for none
     */
    public AtlasParameters withFocus(String f) {
        return new AtlasParameters(seed, runs, resolution, hubs, exportTaxRate, elasticities, f);
    }
}
