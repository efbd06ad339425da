package org.tradenet.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.tradenet.Fixtures;

/** A zero flow is no trade: zero-value links are left out of the network, and a note says how many. */
class ZeroValueLinksTest {

    @Test
    void zeroValueLinksAreLeftOutWithANote() throws IOException {
        TradeNetwork n = TradeNetwork.load(Fixtures.path("edge-cases/zero-weights.csv").toString());
        // CHN->USA 5, USA->DEU 2, DEU->JPN 1 stay; JPN->USA 0 and DEU->CHN 0 go.
        assertThat(n.linkCount()).isEqualTo(3);
        assertThat(n.links()).allSatisfy(l -> assertThat(l.valueUsd()).isPositive());
        assertThat(n.notes()).contains("2 links of zero value left out (a zero flow is no trade)");
        CompactGraph g = n.compact();
        for (int u = 0; u < g.n(); u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                assertThat(g.outWeight(p)).isPositive();
            }
        }
    }

    @Test
    void aFileOfZeroFlowsLeavesNoLinks() throws IOException {
        TradeNetwork n = TradeNetwork.load(Fixtures.path("edge-cases/all-zero-values.csv").toString());
        assertThat(n.nodeCount()).isZero();
        assertThat(n.notes()).anySatisfy(s -> assertThat(s).startsWith("NO LINKS LEFT"));
    }
}
