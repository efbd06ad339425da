package org.tradenet.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The compressed rows against a plain second implementation: a sorted map from (row, column)
 * to the running sum of the parallel arcs in the order they were given. Equality is exact, bit
 * for bit: the aggregation of Leiden and Louvain relies on these sums being the same whatever
 * way the rows are built.
 */
class CompactGraphParallelArcsTest {

    @Property(tries = 60)
    void rowsEqualSortedRunningSumsInInputOrder(@ForAll @IntRange(min = 1, max = 40) int n,
                                                 @ForAll @IntRange(min = 0, max = 400) int m,
                                                 @ForAll long seed, @ForAll boolean directed) {
        Random rnd = new Random(seed);
        int[] s = new int[m];
        int[] t = new int[m];
        double[] w = new double[m];
        for (int e = 0; e < m; e++) {
            // Few distinct nodes per row, so that parallel arcs are common; weights of mixed scale.
            s[e] = rnd.nextInt(n);
            t[e] = rnd.nextInt(Math.min(n, 1 + rnd.nextInt(8))) * (n > 8 ? n / 8 : 1) % n;
            w[e] = rnd.nextDouble() * Math.pow(10, rnd.nextInt(12) - 6);
        }
        check(n, s, t, w, directed);
    }

    /**
     * Arcs already in (row, column) order, parallel arcs in the order drawn, as a network's
     * sorted links give them: the rows are built without the pass by column, and must be the
     * same as the second implementation's all the same.
     */
    @Property(tries = 60)
    void sortedArcsGiveTheSameRows(@ForAll @IntRange(min = 1, max = 40) int n,
                                   @ForAll @IntRange(min = 0, max = 400) int m,
                                   @ForAll long seed, @ForAll boolean directed) {
        Random rnd = new Random(seed);
        List<double[]> arcs = new ArrayList<>();
        for (int e = 0; e < m; e++) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(Math.min(n, 1 + rnd.nextInt(8))) * (n > 8 ? n / 8 : 1) % n;
            // Undirected links as a network holds them: the lower index first.
            arcs.add(new double[] {directed ? a : Math.min(a, b), directed ? b : Math.max(a, b),
                    rnd.nextDouble() * Math.pow(10, rnd.nextInt(12) - 6)});
        }
        arcs.sort(java.util.Comparator.<double[]>comparingDouble(x -> x[0]).thenComparingDouble(x -> x[1]));
        int[] s = new int[m];
        int[] t = new int[m];
        double[] w = new double[m];
        for (int e = 0; e < m; e++) {
            s[e] = (int) arcs.get(e)[0];
            t[e] = (int) arcs.get(e)[1];
            w[e] = arcs.get(e)[2];
        }
        check(n, s, t, w, directed);
    }

    private static void check(int n, int[] s, int[] t, double[] w, boolean directed) {
        int m = s.length;
        CompactGraph g = CompactGraph.of(n, s, t, w, directed);

        Map<Long, Double> expected = new TreeMap<>();
        for (int e = 0; e < m; e++) {
            if (directed) {
                expected.merge(key(s[e], t[e]), w[e], Double::sum);
            } else if (s[e] == t[e]) {
                expected.merge(key(s[e], s[e]), 2 * w[e], Double::sum);
            } else {
                expected.merge(key(s[e], t[e]), w[e], Double::sum);
                expected.merge(key(t[e], s[e]), w[e], Double::sum);
            }
        }
        List<Long> keys = new ArrayList<>();
        List<Double> sums = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                keys.add(key(u, g.outTarget(p)));
                sums.add(g.outWeight(p));
            }
        }
        assertThat(keys).containsExactlyElementsOf(expected.keySet());
        assertThat(sums).containsExactlyElementsOf(expected.values());
        if (directed) {
            for (int v = 0; v < n; v++) {
                for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                    assertThat(g.inWeight(p)).isEqualTo(expected.get(key(g.inSource(p), v)));
                }
                for (int p = g.inStart(v) + 1; p < g.inEnd(v); p++) {
                    assertThat(g.inSource(p)).isGreaterThan(g.inSource(p - 1));
                }
            }
        }
    }

    private static long key(int u, int v) {
        return ((long) u << 32) | v;
    }
}
