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
