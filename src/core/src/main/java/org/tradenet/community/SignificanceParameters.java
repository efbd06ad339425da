package org.tradenet.community;

import java.util.Objects;

/**
 * Settings of {@link ModularitySignificance}. Immutable; {@code withX} returns a copy.
 *
 * @param nullModel    the random networks compared with (default strength-preserving rewiring)
 * @param draws        how many null networks are drawn (default 100; at least 1)
 * @param swapsPerLink rewiring swaps attempted per link of the observed graph, per draw
 *                     (default 10; rejected swaps count)
 * @param runs         Leiden runs per network, the observed one and each null draw alike, best
 *                     kept (default 1: the same effort on both sides of the comparison)
 * @param resolution   modularity resolution γ (default 1)
 * @param seed         seed of the draws and of Leiden (default 42)
 * @param level        significance level: the structure is significant when the empirical
 *                     p-value is at most this (default 0.05)
 */
public record SignificanceParameters(NullModel nullModel, int draws, int swapsPerLink, int runs, double resolution, long seed,
                                     double level) {

    /**
     * Checks the ranges.
     *
     * @param nullModel    the random networks compared with (default strength-preserving rewiring)
     * @param draws        how many null networks are drawn (default 100; at least 1)
     * @param swapsPerLink rewiring swaps attempted per link of the observed graph, per draw
     *                     (default 10; rejected swaps count)
     * @param runs         Leiden runs per network, the observed one and each null draw alike, best
     *                     kept (default 1: the same effort on both sides of the comparison)
     * @param resolution   modularity resolution γ (default 1)
     * @param seed         seed of the draws and of Leiden (default 42)
     * @param level        significance level: the structure is significant when the empirical
     *                     p-value is at most this (default 0.05)
     * @throws IllegalArgumentException when draws, swaps per link or runs are below 1, the resolution is negative, or the level is not in (0, 1)
     */
    public SignificanceParameters {
        Objects.requireNonNull(nullModel, "nullModel");
        if (draws < 1) {
            throw new IllegalArgumentException("null-model draws must be at least 1, was " + draws);
        }
        if (swapsPerLink < 1) {
            throw new IllegalArgumentException("swaps per link must be at least 1, was " + swapsPerLink);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        ParameterChecks.nonNegative("resolution", resolution);
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("significance level must be between 0 and 1, was " + level);
        }
    }

    /**
     * Strength-preserving rewiring, 100 draws, 10 swaps per link, 1 Leiden run per network, γ = 1, seed 42, level 0.05.
     *
     * @return the default settings
     */
    public static SignificanceParameters defaults() {
        return new SignificanceParameters(NullModel.STRENGTH_PRESERVING_REWIRING, 100, 10, 1, 1.0, 42L, 0.05);
    }

    /**
     * {@return these settings with another null model}
     *
     * @param m the random networks compared with
     */
    public SignificanceParameters withNullModel(NullModel m) {
        return new SignificanceParameters(m, draws, swapsPerLink, runs, resolution, seed, level);
    }

    /**
     * {@return these settings with another number of null draws}
     *
     * @param d draws, at least 1
     */
    public SignificanceParameters withDraws(int d) {
        return new SignificanceParameters(nullModel, d, swapsPerLink, runs, resolution, seed, level);
    }

    /**
     * {@return these settings with another number of rewiring swaps per link}
     *
     * @param s swaps per link, at least 1
     */
    public SignificanceParameters withSwapsPerLink(int s) {
        return new SignificanceParameters(nullModel, draws, s, runs, resolution, seed, level);
    }

    /**
     * {@return these settings with another number of Leiden runs per network}
     *
     * @param r runs, at least 1
     */
    public SignificanceParameters withRuns(int r) {
        return new SignificanceParameters(nullModel, draws, swapsPerLink, r, resolution, seed, level);
    }

    /**
     * {@return these settings with another resolution}
     *
     * @param g modularity resolution γ, non-negative
     */
    public SignificanceParameters withResolution(double g) {
        return new SignificanceParameters(nullModel, draws, swapsPerLink, runs, g, seed, level);
    }

    /**
     * {@return these settings with another seed}
     *
     * @param s seed of the draws and of Leiden
     */
    public SignificanceParameters withSeed(long s) {
        return new SignificanceParameters(nullModel, draws, swapsPerLink, runs, resolution, s, level);
    }

    /**
     * {@return these settings with another significance level}
     *
     * @param a the level, in (0, 1)
     */
    public SignificanceParameters withLevel(double a) {
        return new SignificanceParameters(nullModel, draws, swapsPerLink, runs, resolution, seed, a);
    }
}
