package org.tradenet.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompactGraphUnweightedTest {

    @Test
    void undirectedEdgesAndLoopsBecomeWeightOneWithDegreesAsRowSums() {
        CompactGraph g = CompactGraph.of(3, new int[] {0, 1, 2, 0}, new int[] {1, 2, 2, 1}, new double[] {4, 2.5, 7, 1}, false);
        CompactGraph u = g.unweighted();
        assertThat(u.directed()).isFalse();
        assertThat(u.weight(0, 1)).isEqualTo(1.0);
        assertThat(u.weight(1, 0)).isEqualTo(1.0);
        assertThat(u.weight(2, 2)).isEqualTo(2.0);
        assertThat(u.outStrength(1)).isEqualTo(2.0);
        assertThat(u.outStrength(2)).isEqualTo(3.0);
        assertThat(u.totalWeight()).isEqualTo(6.0);
    }

    @Test
    void directedArcsKeepTheirDirection() {
        CompactGraph g = CompactGraph.of(3, new int[] {0, 1, 1}, new int[] {1, 0, 1}, new double[] {9, 0, 3}, true);
        CompactGraph u = g.unweighted();
        assertThat(u.directed()).isTrue();
        assertThat(u.weight(0, 1)).isEqualTo(1.0);
        assertThat(u.weight(1, 0)).isEqualTo(1.0);
        assertThat(u.weight(1, 1)).isEqualTo(1.0);
        assertThat(u.weight(2, 0)).isZero();
        assertThat(u.entries()).isEqualTo(3);
    }
}
