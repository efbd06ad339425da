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

    /** Seed 42, 2 Leiden runs, γ = 1, 3 hubs per criterion, a 25% export tax, default elasticities, no focus. */
    public static AtlasParameters defaults() {
        return new AtlasParameters(42, 2, 1.0, 3, 0.25, Elasticities.defaults(), "");
    }

    /** True when a focus country is set. */
    public boolean hasFocus() {
        return !focus.isEmpty();
    }

    public AtlasParameters withSeed(long s) {
        return new AtlasParameters(s, runs, resolution, hubs, exportTaxRate, elasticities, focus);
    }

    public AtlasParameters withRuns(int r) {
        return new AtlasParameters(seed, r, resolution, hubs, exportTaxRate, elasticities, focus);
    }

    public AtlasParameters withResolution(double g) {
        return new AtlasParameters(seed, runs, g, hubs, exportTaxRate, elasticities, focus);
    }

    public AtlasParameters withHubs(int h) {
        return new AtlasParameters(seed, runs, resolution, h, exportTaxRate, elasticities, focus);
    }

    public AtlasParameters withExportTaxRate(double r) {
        return new AtlasParameters(seed, runs, resolution, hubs, r, elasticities, focus);
    }

    public AtlasParameters withFocus(String f) {
        return new AtlasParameters(seed, runs, resolution, hubs, exportTaxRate, elasticities, f);
    }
}
