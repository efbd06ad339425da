package org.tradenet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradenet.network.CompactGraph;

/**
 * Optimised algorithms against plain second implementations on seeded random graphs:
 * betweenness and closeness against Floyd–Warshall with path counts, PageRank against a dense
 * linear solve, and thread-count independence of the parallel results.
 */
class OracleTest {

    /** Weights whose inverses are binary fractions, so that sums of lengths tie exactly. */
    private static final double[] WEIGHTS = {1, 2, 4, 8};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void betweennessAndClosenessEqualFloydWarshall(long seed) {
        int n = 25;
        CompactGraph g = Graphs.random(seed, n, 0.12, WEIGHTS);
        for (DistanceKind kind : new DistanceKind[] {DistanceKind.INVERSE, DistanceKind.HOPS}) {
            double[][] d = new double[n][n];
            double[][] sigma = new double[n][n];
            for (int u = 0; u < n; u++) {
                java.util.Arrays.fill(d[u], Double.POSITIVE_INFINITY);
                d[u][u] = 0;
                sigma[u][u] = 1;
                for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                    d[u][g.outTarget(p)] = kind.length(g.outWeight(p), g.totalWeight());
                    sigma[u][g.outTarget(p)] = 1;
                }
            }
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
                    }
                }
            }
            // Path counts by dynamic programming over nodes in order of distance from each source.
            for (int s = 0; s < n; s++) {
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                int src = s;
                java.util.Arrays.sort(order, (a, b) -> Double.compare(d[src][a], d[src][b]));
                java.util.Arrays.fill(sigma[s], 0);
                sigma[s][s] = 1;
                for (int v : order) {
                    if (v == s || d[s][v] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                        int u = g.inSource(p);
                        if (d[s][u] + kind.length(g.inWeight(p), g.totalWeight()) == d[s][v]) {
                            sigma[s][v] += sigma[s][u];
                        }
                    }
                }
            }
            double[] expected = new double[n];
            double[] close = new double[n];
            for (int s = 0; s < n; s++) {
                int reached = 0;
                double total = 0;
                for (int t = 0; t < n; t++) {
                    if (t != s && d[s][t] < Double.POSITIVE_INFINITY) {
                        reached++;
                        total += d[s][t];
                    }
                    for (int v = 0; v < n; v++) {
                        if (v != s && v != t && s != t && d[s][t] < Double.POSITIVE_INFINITY && d[s][v] + d[v][t] == d[s][t]) {
                            expected[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
                        }
                    }
                }
                close[s] = reached == 0 ? 0 : ((double) reached / (n - 1)) * (reached / total);
            }
            for (int v = 0; v < n; v++) {
                expected[v] /= (n - 1.0) * (n - 2);
            }
            NodeScores b = new Betweenness(BetweennessParameters.defaults().withDistance(kind)).compute(g);
            Fixtures.assertClose("betweenness " + kind, b.values(), expected, 1e-12, EdgeCaseLadderTest.ids(n));
            NodeScores c = new Closeness(ClosenessParameters.defaults().withDistance(kind)).compute(g);
            Fixtures.assertClose("closeness " + kind, c.values(), close, 1e-12, EdgeCaseLadderTest.ids(n));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void resultsDoNotDependOnTheThreadCount(long seed) {
        CompactGraph g = Graphs.random(seed, 300, 0.02, new double[] {1.5, 2.7, 1e3, 7e6});
        for (DistanceKind kind : DistanceKind.values()) {
            double[] one = new Betweenness(BetweennessParameters.defaults().withDistance(kind).withThreads(1)).compute(g).values();
            double[] three = new Betweenness(BetweennessParameters.defaults().withDistance(kind).withThreads(3)).compute(g).values();
            assertThat(three).as("bit-identical betweenness, " + kind).containsExactly(one);
            double[] h1 = new Harmonic(ClosenessParameters.defaults().withDistance(kind).withThreads(1)).compute(g).values();
            double[] h4 = new Harmonic(ClosenessParameters.defaults().withDistance(kind).withThreads(4)).compute(g).values();
            assertThat(h4).containsExactly(h1);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void pagerankSolvesTheLinearSystem(long seed) {
        int n = 20;
        CompactGraph g = Graphs.random(seed, n, 0.1, new double[] {0.5, 3, 10});
        double d = 0.7;
        // x = d (Pᵀ x + (dangling·x)/n) + (1-d)/n: (I - d M) x = (1-d)/n with M = Pᵀ + (1/n) 1 danglingᵀ.
        double[][] a = new double[n][n + 1];
        for (int v = 0; v < n; v++) {
            a[v][v] = 1;
            a[v][n] = (1 - d) / n;
        }
        for (int u = 0; u < n; u++) {
            if (g.outStrength(u) == 0) {
                for (int v = 0; v < n; v++) {
                    a[v][u] -= d / n;
                }
            }
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                a[g.outTarget(p)][u] -= d * g.outWeight(p) / g.outStrength(u);
            }
        }
        double[] x = gauss(a, n);
        NodeScores pr = new PageRank(PageRankParameters.defaults().withDamping(d).withTolerance(1e-15)).compute(g);
        assertThat(pr.converged()).isTrue();
        Fixtures.assertClose("pagerank", pr.values(), x, 1e-12, EdgeCaseLadderTest.ids(n));
    }

    private static double[] gauss(double[][] a, int n) {
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = a[r][c] / a[c][c];
                    for (int k = c; k <= n; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n] / a[i][i];
        }
        return x;
    }
}
