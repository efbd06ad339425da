package org.tradenet.metrics;

import java.util.Arrays;
import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * Weighted HITS hub and authority scores (Kleinberg). In trade: a good hub exports much to
 * good authorities (large buyers), a good authority imports much from good hubs (large
 * suppliers). JGraphT has no HITS.
 *
 * <p>Definition: with W the weighted adjacency matrix (row = exporter), the authority vector
 * {@code a} is the principal eigenvector of {@code WᵀW} (the top right singular vector of W)
 * and the hub vector {@code h = W a}; both are scaled to sum 1. This is networkx {@code hits}
 * (which takes the top singular vector of W with {@code svds}). The scores do not change
 * when all weights are multiplied by one factor; weights are divided by the largest one
 * before iterating, to keep the numbers small.
 *
 * <p>Algorithm: power iteration {@code a ← Wᵀ(W a)}, normalised to sum 1, from the uniform
 * vector, until the L1 change is below {@code n · tolerance}; O(m) per iteration, rate
 * {@code (σ2/σ1)²}. When the top singular value is repeated (for instance two disconnected
 * parts of equal strength) the scores are not unique; the iteration returns the projection
 * of the uniform vector, which may differ from another tool's. A graph with no positive
 * weight has no scores (NaN). Not randomised.
 *
 * <p>Reference: J. M. Kleinberg (1999), Authoritative sources in a hyperlinked environment,
 * Journal of the ACM 46(5):604–632, doi:10.1145/324133.324140.
 */
public final class Hits {

    /**
     * Hub and authority scores.
     *
     * @param hub       hub scores (exporter side), summing to 1
     * @param authority authority scores (importer side), summing to 1
     */
    public record Scores(NodeScores hub, NodeScores authority) {
    }

    private final IterationParameters parameters;

    /**
     * HITS with these settings; the graph goes in per call.
     *
     * @param parameters tolerance and iteration limit of the power iteration
     */
    public Hits(IterationParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** {@return the settings} */
    public IterationParameters parameters() {
        return parameters;
    }

    /**
     * Hub scores alone, as a {@link NodeScoring} (one HITS run per call).
     *
     * @return a scoring whose result is {@code compute(g).hub()}
     */
    public NodeScoring hubs() {
        return g -> compute(g).hub();
    }

    /**
     * Authority scores alone, as a {@link NodeScoring} (one HITS run per call).
     *
     * @return a scoring whose result is {@code compute(g).authority()}
     */
    public NodeScoring authorities() {
        return g -> compute(g).authority();
    }

    /**
     * {@return hub and authority scores of every node of {@code g}; check {@link NodeScores#converged()}}
     *
     * @param g the graph; links run exporter → importer, weights as built
     */
    public Scores compute(CompactGraph g) {
        int n = g.n();
        double max = NodeScores.maxWeight(g);
        if (!(max > 0)) {
            String why = n == 0 ? "empty graph" : "no link with positive weight: hubs and authorities undefined";
            return new Scores(NodeScores.undefined("hub", n, why), NodeScores.undefined("authority", n, why));
        }
        double[] a = new double[n];
        Arrays.fill(a, 1.0 / n);
        double[] h = new double[n];
        double[] next = new double[n];
        int it = 0;
        boolean converged = false;
        while (it < parameters.maxIterations()) {
            it++;
            multiply(g, a, h, max);
            multiplyTransposed(g, h, next, max);
            normalise(next);
            double err = 0;
            for (int v = 0; v < n; v++) {
                err += Math.abs(next[v] - a[v]);
            }
            double[] t = a;
            a = next;
            next = t;
            if (err < n * parameters.tolerance()) {
                converged = true;
                break;
            }
        }
        multiply(g, a, h, max);
        normalise(h);
        String note = NodeScores.negligibleNote(g, max);
        return new Scores(new NodeScores("hub", h, it, converged, note), new NodeScores("authority", a, it, converged, note));
    }

    /** {@code h = (W / max) a}: each exporter sums the authority of its buyers. */
    private static void multiply(CompactGraph g, double[] a, double[] h, double max) {
        for (int u = 0; u < g.n(); u++) {
            double s = 0;
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                s += NodeScores.relativeWeight(g.outWeight(p), max) * a[g.outTarget(p)];
            }
            h[u] = s;
        }
    }

    /** {@code a = (W / max)ᵀ h}: each importer sums the hub score of its suppliers. */
    private static void multiplyTransposed(CompactGraph g, double[] h, double[] a, double max) {
        for (int v = 0; v < g.n(); v++) {
            double s = 0;
            for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                s += NodeScores.relativeWeight(g.inWeight(p), max) * h[g.inSource(p)];
            }
            a[v] = s;
        }
    }

    private static void normalise(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        if (s > 0) {
            for (int i = 0; i < x.length; i++) {
                x[i] /= s;
            }
        }
    }
}
