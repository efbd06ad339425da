package org.tradenet.analysis;

/**
 * Settings of a {@link Timeline}. Immutable; {@code withX} returns a copy. The community
 * settings default to those of {@link AnalysisParameters#defaults()}, so a year of the
 * timeline is measured exactly as {@code analyze} measures a network.
 *
 * @param seed       seed of community detection (run k uses seed + k), the same for every year
 * @param runs       Leiden restarts per year; the best is kept
 * @param resolution modularity resolution γ
 * @param top        how many countries per hub criterion, and exporters listed, per year
 */
public record TimelineParameters(long seed, int runs, double resolution, int top) {

    /**
     * Checks the components.
     *
     * @param seed       seed of community detection (run k uses seed + k), the same for every year
     * @param runs       Leiden restarts per year; the best is kept
     * @param resolution modularity resolution γ
     * @param top        how many countries per hub criterion, and exporters listed, per year
     */
    public TimelineParameters {
        AnalysisParameters.checkViewSettings(runs, resolution, top);
    }

    /**
     * {@return the community settings of {@link AnalysisParameters#defaults()} (seed 42, 10 runs, γ = 1);
     * top 3 hubs per year}
     */
    public static TimelineParameters defaults() {
        AnalysisParameters a = AnalysisParameters.defaults();
        return new TimelineParameters(a.seed(), a.runs(), a.resolution(), 3);
    }

    /**
     * {@return a copy with {@code seed} replaced, the other settings unchanged}
     *
     * @param s seed of community detection (run k uses seed + k), the same for every year
     */
    public TimelineParameters withSeed(long s) {
        return new TimelineParameters(s, runs, resolution, top);
    }

    /**
     * {@return a copy with {@code runs} replaced, the other settings unchanged}
     *
     * @param r Leiden restarts per year; the best is kept
     */
    public TimelineParameters withRuns(int r) {
        return new TimelineParameters(seed, r, resolution, top);
    }

    /**
     * {@return a copy with {@code resolution} replaced, the other settings unchanged}
     *
     * @param g modularity resolution γ
     */
    public TimelineParameters withResolution(double g) {
        return new TimelineParameters(seed, runs, g, top);
    }

    /**
     * {@return a copy with {@code top} replaced, the other settings unchanged}
     *
     * @param t how many countries per hub criterion, and exporters listed, per year
     */
    public TimelineParameters withTop(int t) {
        return new TimelineParameters(seed, runs, resolution, t);
    }
}
