package org.tradenet.analysis;

import java.util.Objects;

import org.tradenet.community.SignificanceParameters;
import org.tradenet.shock.Elasticities;
import org.tradenet.shock.Form;
import org.tradenet.shock.ShockSolver;
import org.tradenet.shock.TariffSchedule;

/**
 * Settings of an {@link Analysis}. Immutable; {@code withX} returns a copy.
 *
 * @param solver       the GSIM solver, which fixes the model form (linear by default)
 * @param elasticities the GSIM elasticities
 * @param tariffs      base tariffs; {@code null} takes the schedule shipped for the data set, if any
 * @param seed         seed of community detection (run k uses seed + k) and of the drawing layout
 * @param runs         community detection runs per network (Leiden unless the Analysis was given
 *                     another detection); the best is kept, the spread and each node's
 *                     stability are reported
 * @param resolution   modularity resolution γ
 * @param top          how many countries per hub criterion and per table
 * @param moveThreshold the verdict's smallest change of the share of trade inside communities
 *                     that counts, whatever the optimiser's noise (a fraction; 0.01 = one
 *                     percentage point; see {@link NoiseBand})
 * @param significance the test of the baseline community structure (null model, draws, level);
 *                     its seed and resolution are replaced by this analysis's
 * @param nmiThreshold the verdict's smallest NMI drop that counts as a changed partition,
 *                     whatever the optimiser's noise (default 0.05: NMI below 0.95; see {@link NoiseBand})
 */
public record AnalysisParameters(ShockSolver solver, Elasticities elasticities, TariffSchedule tariffs, long seed,
                                 int runs, double resolution, int top, double moveThreshold,
                                 SignificanceParameters significance, double nmiThreshold) {

    /**
     * Checks the components.
     *
     * @param solver        the GSIM solver, which fixes the model form (linear by default)
     * @param elasticities  the GSIM elasticities
     * @param tariffs       base tariffs; {@code null} takes the schedule shipped for the data set, if any
     * @param seed          seed of community detection (run k uses seed + k) and of the drawing layout
     * @param runs          community detection runs per network (Leiden unless the Analysis was given
     *                      another detection); the best is kept, the spread and each node's stability
     *                      are reported
     * @param resolution    modularity resolution γ
     * @param top           how many countries per hub criterion and per table
     * @param moveThreshold the verdict's threshold on the change of the share of trade inside communities (a
     *                      fraction; 0.01 = one percentage point)
     * @param significance the test of the baseline community structure (null model, draws, level);
     *                     its seed and resolution are replaced by this analysis's
     * @param nmiThreshold the verdict's smallest NMI drop that counts as a changed partition,
     *                     whatever the optimiser's noise (default 0.05: NMI below 0.95; see {@link NoiseBand})
     */
    public AnalysisParameters {
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(elasticities, "elasticities");
        checkViewSettings(runs, resolution, top);
        if (!(moveThreshold >= 0)) {
            throw new IllegalArgumentException("move threshold must be non-negative, was " + moveThreshold);
        }
        Objects.requireNonNull(significance, "significance");
        if (!(nmiThreshold >= 0 && nmiThreshold <= 1)) {
            throw new IllegalArgumentException("NMI threshold must be between 0 and 1, was " + nmiThreshold);
        }
    }

    /** Checks the settings a {@link NetworkView} is made with (shared with {@link TimelineParameters}). */
    static void checkViewSettings(int runs, double resolution, int top) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be positive and finite, was " + resolution);
        }
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, was " + top);
        }
    }

    /**
     * {@return the defaults: linear GSIM with default elasticities and the data set's tariffs, seed 42, 10 Leiden runs,
     * γ = 1, top 5, verdict threshold one percentage point}
     */
    public static AnalysisParameters defaults() {
        return new AnalysisParameters(org.tradenet.shock.LinearSolver.create(), Elasticities.defaults(), null, 42, 10, 1.0, 5, 0.01,
                SignificanceParameters.defaults(), 0.05);
    }

    /** {@return the model form of the solver} */
    public Form form() {
        return solver.form();
    }

    /**
     * {@return a copy with {@code solver} replaced, the other settings unchanged}
     *
     * @param s the GSIM solver, which fixes the model form (linear by default)
     */
    public AnalysisParameters withSolver(ShockSolver s) {
        return new AnalysisParameters(s, elasticities, tariffs, seed, runs, resolution, top, moveThreshold, significance, nmiThreshold);
    }

    /**
     * {@return a copy with {@code elasticities} replaced, the other settings unchanged}
     *
     * @param e the GSIM elasticities
     */
    public AnalysisParameters withElasticities(Elasticities e) {
        return new AnalysisParameters(solver, e, tariffs, seed, runs, resolution, top, moveThreshold, significance, nmiThreshold);
    }

    /**
     * {@return a copy with {@code tariffs} replaced, the other settings unchanged}
     *
     * @param t base tariffs; {@code null} takes the schedule shipped for the data set, if any
     */
    public AnalysisParameters withTariffs(TariffSchedule t) {
        return new AnalysisParameters(solver, elasticities, t, seed, runs, resolution, top, moveThreshold, significance, nmiThreshold);
    }

    /**
     * {@return a copy with {@code seed} replaced, the other settings unchanged}
     *
     * @param s seed of community detection (run k uses seed + k) and of the drawing layout
     */
    public AnalysisParameters withSeed(long s) {
        return new AnalysisParameters(solver, elasticities, tariffs, s, runs, resolution, top, moveThreshold, significance, nmiThreshold);
    }

    /**
     * {@return a copy with {@code runs} replaced, the other settings unchanged}
     *
     * @param r community detection runs per network; the best is kept, the spread and each node's
     *          stability are reported
     */
    public AnalysisParameters withRuns(int r) {
        return new AnalysisParameters(solver, elasticities, tariffs, seed, r, resolution, top, moveThreshold, significance, nmiThreshold);
    }

    /**
     * {@return a copy with {@code resolution} replaced, the other settings unchanged}
     *
     * @param g modularity resolution γ
     */
    public AnalysisParameters withResolution(double g) {
        return new AnalysisParameters(solver, elasticities, tariffs, seed, runs, g, top, moveThreshold, significance, nmiThreshold);
    }

    /**
     * {@return a copy with {@code moveThreshold} replaced, the other settings unchanged}
     *
     * @param t the smallest change of the share of trade inside communities that counts (a fraction; 0.01 = one percentage point)
     */
    public AnalysisParameters withMoveThreshold(double t) {
        return new AnalysisParameters(solver, elasticities, tariffs, seed, runs, resolution, top, t, significance, nmiThreshold);
    }

    /**
     * {@return a copy with {@code significance} replaced, the other settings unchanged}
     *
     * @param s the test of the baseline community structure
     */
    public AnalysisParameters withSignificance(SignificanceParameters s) {
        return new AnalysisParameters(solver, elasticities, tariffs, seed, runs, resolution, top, moveThreshold, s, nmiThreshold);
    }

    /**
     * {@return a copy with {@code nmiThreshold} replaced, the other settings unchanged}
     *
     * @param t the smallest NMI drop that counts as a changed partition, in [0, 1]
     */
    public AnalysisParameters withNmiThreshold(double t) {
        return new AnalysisParameters(solver, elasticities, tariffs, seed, runs, resolution, top, moveThreshold, significance, t);
    }

    /**
     * {@return a copy with {@code top} replaced, the other settings unchanged}
     *
     * @param t how many countries per hub criterion and per table
     */
    public AnalysisParameters withTop(int t) {
        return new AnalysisParameters(solver, elasticities, tariffs, seed, runs, resolution, t, moveThreshold, significance, nmiThreshold);
    }
}
