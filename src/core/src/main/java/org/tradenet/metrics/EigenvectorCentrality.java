package org.tradenet.metrics;

import java.util.Arrays;
import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * Weighted eigenvector centrality on in-links: a country is central when it buys much from
 * central countries.
 *
 * <p>Definition: {@code x} is the non-negative eigenvector of {@code Wᵀ} for its largest
 * eigenvalue λ, {@code λ x(v) = sum over u → v of w(u,v) x(u)}, scaled to Euclidean norm 1.
 * This is networkx {@code eigenvector_centrality(G, weight=...)} and
 * {@code eigenvector_centrality_numpy} (in-edges on a directed graph); for exporter
 * prestige, run it on the reversed network. Nodes that no strongly connected part with the
 * largest eigenvalue reaches score 0. An acyclic network (λ = 0, for instance a star or a
 * path) has no such eigenvector: every score is NaN. When several strongly connected
 * parts share the largest eigenvalue the eigenvector is not unique.
 *
 * <p>Algorithm: power iteration on {@code Wᵀ/wmax + I} (the shift by the identity makes it
 * converge on periodic networks such as rings and bipartite trade; it does not change the
 * eigenvector) from the uniform vector, normalised each step, until the L1 change is below
 * {@code n · tolerance}. O(m) per iteration. Not randomised.
 *
 * <p>Reference: P. Bonacich (1987), Power and centrality: a family of measures, American
 * Journal of Sociology 92(5):1170–1182, doi:10.1086/228631.
 */
public final class EigenvectorCentrality implements NodeScoring {

    private final IterationParameters parameters;

    /**
     * Eigenvector centrality with these settings; the graph goes in per call.
     *
     * @param parameters tolerance and iteration limit of the power iteration
     */
    public EigenvectorCentrality(IterationParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** {@return the settings} */
    public IterationParameters parameters() {
        return parameters;
    }

    /** Eigenvector centrality of every node of {@code g}. */
    @Override
    public NodeScores compute(CompactGraph g) {
        int n = g.n();
        if (n == 0) {
            return NodeScores.exact("eigenvector", new double[0], "empty graph");
        }
        double max = NodeScores.maxWeight(g);
        if (!hasCycle(g, max)) {
            String note = NodeScores.negligibleNote(g, max);
            return NodeScores.undefined("eigenvector", n, "no cycle of positive-weight links (largest eigenvalue 0): undefined"
                    + (note.isEmpty() ? "" : "; " + note));
        }
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / Math.sqrt(n));
        double[] next = new double[n];
        int it = 0;
        boolean converged = false;
        while (it < parameters.maxIterations()) {
            it++;
            double norm = 0;
            for (int v = 0; v < n; v++) {
                double s = x[v];
                for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                    s += NodeScores.relativeWeight(g.inWeight(p), max) * x[g.inSource(p)];
                }
                next[v] = s;
                norm += s * s;
            }
            norm = Math.sqrt(norm);
            double err = 0;
            for (int v = 0; v < n; v++) {
                next[v] /= norm;
                err += Math.abs(next[v] - x[v]);
            }
            double[] t = x;
            x = next;
            next = t;
            if (err < n * parameters.tolerance()) {
                converged = true;
                break;
            }
        }
        return new NodeScores("eigenvector", x, it, converged, NodeScores.negligibleNote(g, max));
    }

    /** Whether the positive-weight links contain a directed cycle (a self-loop counts): Kahn's algorithm. */
    static boolean hasCycle(CompactGraph g, double max) {
        int n = g.n();
        if (!g.directed()) {
            for (int u = 0; u < n; u++) {
                for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                    if (NodeScores.relativeWeight(g.outWeight(p), max) > 0) {
                        return true; // an undirected edge is a 2-cycle u → v → u
                    }
                }
            }
            return false;
        }
        int[] indeg = new int[n];
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                if (NodeScores.relativeWeight(g.outWeight(p), max) > 0) {
                    indeg[g.outTarget(p)]++;
                }
            }
        }
        int[] queue = new int[n];
        int tail = 0;
        for (int u = 0; u < n; u++) {
            if (indeg[u] == 0) {
                queue[tail++] = u;
            }
        }
        for (int head = 0; head < tail; head++) {
            int u = queue[head];
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                if (NodeScores.relativeWeight(g.outWeight(p), max) > 0 && --indeg[g.outTarget(p)] == 0) {
                    queue[tail++] = g.outTarget(p);
                }
            }
        }
        return tail < n;
    }
}
