package org.tradenet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradenet.network.CompactGraph;

/** Gould–Fernandez roles on hand-made two-paths, one per role, and the open/closed rule. */
class BrokerRolesTest {

    @Test
    void classifiesEachRole() {
        assertThat(BrokerRole.of(0, 0, 0)).isEqualTo(BrokerRole.COORDINATOR);
        assertThat(BrokerRole.of(0, 1, 0)).isEqualTo(BrokerRole.ITINERANT);
        assertThat(BrokerRole.of(0, 0, 1)).isEqualTo(BrokerRole.REPRESENTATIVE);
        assertThat(BrokerRole.of(1, 0, 0)).isEqualTo(BrokerRole.GATEKEEPER);
        assertThat(BrokerRole.of(0, 1, 2)).isEqualTo(BrokerRole.LIAISON);
        assertThat(BrokerRole.of(-1, -1, -1)).as("unknown groups are each their own").isEqualTo(BrokerRole.LIAISON);
    }

    @Test
    void countsTwoPathsThroughTheBroker() {
        // Broker 0 in group A; suppliers 1 (A), 2 (B); customers 3 (A), 4 (B), 5 (C).
        CompactGraph g = Graphs.directed(6, new int[] {1, 0}, new int[] {2, 0}, new int[] {0, 3}, new int[] {0, 4}, new int[] {0, 5},
                new int[] {2, 4});
        NodeGroups groups = new NodeGroups("test", List.of("A", "B", "C"), new int[] {0, 0, 1, 0, 1, 2});
        BrokerRoles open = BrokerRoles.compute(g, groups, true);
        BrokerRoles.Counts c = open.of(0);
        // 1→0→3 coordinator; 1→0→4, 1→0→5 representative; 2→0→3 gatekeeper;
        // 2→0→4 itinerant but closed by 2→4; 2→0→5 liaison.
        assertThat(c).isEqualTo(new BrokerRoles.Counts(1, 0, 2, 1, 1));
        assertThat(BrokerRoles.compute(g, groups, false).of(0)).isEqualTo(new BrokerRoles.Counts(1, 1, 2, 1, 1));
        assertThat(open.of(2).total()).isZero();
    }
}
