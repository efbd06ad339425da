package org.tradenet.community;

import org.tradenet.network.CompactGraph;

/**
 * One level of the multi-level algorithms: a graph whose nodes stand for groups of original
 * nodes, with the node weights the quality function needs.
 *
 * <p>{@code out[v]} and {@code in[v]} are the weights the penalty term uses: for modularity
 * the out- and in-strengths (the degree twice for undirected graphs), for CPM the number of
 * original nodes v stands for (both arrays). Aggregation sums them over members.
 */
record Level(CompactGraph graph, double[] out, double[] in) {

    /** The original graph with the node weights of {@code function}. */
    static Level of(CompactGraph g, QualityFunction function) {
        int n = g.n();
        double[] a = new double[n];
        double[] b = new double[n];
        for (int v = 0; v < n; v++) {
            if (function == QualityFunction.MODULARITY) {
                a[v] = g.outStrength(v);
                b[v] = g.inStrength(v);
            } else {
                a[v] = 1.0;
                b[v] = 1.0;
            }
        }
        return new Level(g, a, b);
    }

    int n() {
        return graph.n();
    }
}
