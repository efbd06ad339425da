package org.tradenet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CompactGraphTest {

    @Test
    void emptyAndSingleNode() {
        CompactGraph g = CompactGraph.of(0, new int[0], new int[0], null, true);
        assertThat(g.n()).isZero();
        assertThat(g.totalWeight()).isZero();
        CompactGraph one = CompactGraph.of(1, new int[0], new int[0], null, true);
        assertThat(one.outDegree(0)).isZero();
        assertThat(one.outStart(0)).isEqualTo(one.outEnd(0));
    }

    @Test
    void directedArcsAreRowsAndColumnsWithParallelArcsSummed() {
        CompactGraph g = CompactGraph.of(3, new int[] {0, 0, 2, 0}, new int[] {1, 2, 0, 1}, new double[] {1, 2, 3, 4}, true);
        assertThat(g.weight(0, 1)).isEqualTo(5.0);
        assertThat(g.weight(1, 0)).isZero();
        assertThat(g.outDegree(0)).isEqualTo(2);
        assertThat(g.inDegree(0)).isEqualTo(1);
        assertThat(g.outStrength(0)).isEqualTo(7.0);
        assertThat(g.inStrength(1)).isEqualTo(5.0);
        assertThat(g.totalWeight()).isEqualTo(10.0);
        assertThat(g.outTarget(g.outStart(0))).isEqualTo(1);
        assertThat(g.inSource(g.inStart(0))).isEqualTo(2);
    }

    @Test
    void undirectedLoopCountsTwiceInTheDegreeAsNetworkxDoes() {
        CompactGraph g = CompactGraph.of(2, new int[] {0, 1}, new int[] {1, 1}, new double[] {3, 2}, false);
        assertThat(g.weight(0, 1)).isEqualTo(3.0);
        assertThat(g.weight(1, 0)).isEqualTo(3.0);
        assertThat(g.weight(1, 1)).isEqualTo(4.0);
        assertThat(g.outStrength(1)).isEqualTo(7.0);
        assertThat(g.totalWeight()).isEqualTo(2 * (3 + 2));
    }

    @Test
    void symmetrizedIsWPlusWTransposed() {
        CompactGraph g = CompactGraph.of(3, new int[] {0, 1, 2, 2}, new int[] {1, 0, 0, 2}, new double[] {1, 2, 5, 1}, true);
        CompactGraph s = g.symmetrized();
        assertThat(s.directed()).isFalse();
        assertThat(s.weight(0, 1)).isEqualTo(3.0);
        assertThat(s.weight(1, 0)).isEqualTo(3.0);
        assertThat(s.weight(0, 2)).isEqualTo(5.0);
        assertThat(s.weight(2, 2)).isEqualTo(2.0);
        assertThat(s.totalWeight()).isEqualTo(2 * g.totalWeight());
    }

    @Test
    void rejectsBadArcs() {
        assertThatThrownBy(() -> CompactGraph.of(2, new int[] {0}, new int[] {2}, null, true))
                .hasMessageContaining("outside 0..1");
        assertThatThrownBy(() -> CompactGraph.of(2, new int[] {0}, new int[] {1}, new double[] {-1}, true))
                .hasMessageContaining("non-negative");
        assertThatThrownBy(() -> CompactGraph.of(2, new int[] {0}, new int[] {1}, new double[] {Double.NaN}, true))
                .hasMessageContaining("non-negative");
    }

    /** The CSR agrees with a dense matrix built the plain way, for random multigraphs. */
    @Property(tries = 60)
    void agreesWithADenseMatrix(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll @IntRange(min = 0, max = 60) int m,
                                @ForAll long seed, @ForAll boolean directed) {
        Random rnd = new Random(seed);
        int[] s = new int[m];
        int[] t = new int[m];
        double[] w = new double[m];
        double[][] dense = new double[n][n];
        for (int e = 0; e < m; e++) {
            s[e] = rnd.nextInt(n);
            t[e] = rnd.nextInt(n);
            w[e] = rnd.nextInt(5);
            if (directed) {
                dense[s[e]][t[e]] += w[e];
            } else if (s[e] == t[e]) {
                dense[s[e]][s[e]] += 2 * w[e];
            } else {
                dense[s[e]][t[e]] += w[e];
                dense[t[e]][s[e]] += w[e];
            }
        }
        CompactGraph g = CompactGraph.of(n, s, t, w, directed);
        double total = 0;
        for (int u = 0; u < n; u++) {
            double row = 0;
            double col = 0;
            for (int v = 0; v < n; v++) {
                assertThat(g.weight(u, v)).isEqualTo(dense[u][v]);
                row += dense[u][v];
                col += dense[v][u];
            }
            assertThat(g.outStrength(u)).isEqualTo(row);
            assertThat(g.inStrength(u)).isEqualTo(col);
            total += row;
            for (int p = g.outStart(u) + 1; p < g.outEnd(u); p++) {
                assertThat(g.outTarget(p)).isGreaterThan(g.outTarget(p - 1));
            }
        }
        assertThat(g.totalWeight()).isEqualTo(total);
    }
}
