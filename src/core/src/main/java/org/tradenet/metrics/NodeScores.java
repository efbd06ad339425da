package org.tradenet.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * One score per node (index {@code i} is node {@code i} of the network's compact graph),
 * with the diagnostics of the algorithm that produced them. Immutable: the array is copied
 * in and out.
 *
 * @param measure    what the scores are, e.g. {@code "pagerank"}
 * @param values     the scores; NaN where the measure is undefined (see {@code note})
 * @param iterations iterations an iterative method ran (0 for exact methods)
 * @param converged  whether an iterative method met its tolerance (true for exact methods)
 * @param note       why scores are NaN or special, empty when nothing needs saying
 */
public record NodeScores(String measure, double[] values, int iterations, boolean converged, String note) {

    /**
     * Checks the components and copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param measure    what the scores are, e.g. {@code "pagerank"}
     * @param values     the scores; NaN where the measure is undefined (see {@code note})
     * @param iterations iterations an iterative method ran (0 for exact methods)
     * @param converged  whether an iterative method met its tolerance (true for exact methods)
     * @param note       why scores are NaN or special, empty when nothing needs saying
     */
    public NodeScores {
        Objects.requireNonNull(measure, "measure");
        values = values.clone();
        note = note == null ? "" : note;
    }

    /** Scores of an exact (non-iterative) method. */
    static NodeScores exact(String measure, double[] values, String note) {
        return new NodeScores(measure, values, 0, true, note);
    }

    /** Scores that are all undefined (NaN), with the reason. */
    static NodeScores undefined(String measure, int n, String reason) {
        double[] nan = new double[n];
        Arrays.fill(nan, Double.NaN);
        return exact(measure, nan, reason);
    }

    /** The largest arc weight of {@code g}; 0 when it has no arcs. */
    /**
     * Relative weights below this (2^-960, about 1e-289) count as zero in products of scores:
     * a score times such a weight falls below double precision's normal range, where its few
     * remaining bits make power iterations wander instead of converge.
     */
    static final double NEGLIGIBLE_RELATIVE_WEIGHT = 0x1p-960;

    /** {@code w / max}, or 0 when that is {@linkplain #NEGLIGIBLE_RELATIVE_WEIGHT negligible}. */
    static double relativeWeight(double w, double max) {
        double r = w / max;
        return r < NEGLIGIBLE_RELATIVE_WEIGHT ? 0 : r;
    }

    /** The number of links whose weight relative to the largest is negligible but not zero. */
    static int negligibleLinks(org.tradenet.network.CompactGraph g, double max) {
        int k = 0;
        for (int u = 0; u < g.n(); u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                k += g.outWeight(p) > 0 && relativeWeight(g.outWeight(p), max) == 0 ? 1 : 0;
            }
        }
        return k;
    }

    /** The note for links left out as negligible, or empty. */
    static String negligibleNote(org.tradenet.network.CompactGraph g, double max) {
        int k = negligibleLinks(g, max);
        return k == 0 ? "" : k + " link(s) weigh less than 1e-289 of the largest and count as 0 here "
                + "(their products with scores fall below double precision)";
    }

    static double maxWeight(org.tradenet.network.CompactGraph g) {
        double max = 0;
        for (int u = 0; u < g.n(); u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                max = Math.max(max, g.outWeight(p));
            }
        }
        return max;
    }

    /** {@return a copy of the scores} */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * {@return the score of node {@code i}}
     *
     * @param i a node index
     */
    public double value(int i) {
        return values[i];
    }

    /** {@return the number of nodes} */
    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeScores s && measure.equals(s.measure) && Arrays.equals(values, s.values)
                && iterations == s.iterations && converged == s.converged && note.equals(s.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, Arrays.hashCode(values), iterations, converged, note);
    }

    @Override
    public String toString() {
        return "NodeScores[" + measure + ", n=" + values.length + ", iterations=" + iterations + ", converged=" + converged + "]";
    }
}
