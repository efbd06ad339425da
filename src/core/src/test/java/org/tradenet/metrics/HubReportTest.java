package org.tradenet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradenet.network.TradeNetwork;

/** The shipped rare-earth network: the hubs the study names, and reasons that agree with the metrics. */
class HubReportTest {

    @Test
    void namesJapanMalaysiaAndVietnamWithReasons() throws Exception {
        TradeNetwork net = TradeNetwork.load("rare-earths");
        HubReport r = HubReport.of(net, HubParameters.defaults());
        List<String> ids = r.hubs().stream().map(HubReport.Hub::id).toList();
        assertThat(ids).contains("JPN", "MYS", "VNM", "CHN");
        HubReport.Hub jpn = r.hubs().stream().filter(h -> h.id().equals("JPN")).findFirst().orElseThrow();
        assertThat(jpn.reasons()).extracting(HubReport.Reason::criterion).contains(HubCriterion.THROUGHPUT, HubCriterion.BETWEENNESS);
        // Every reason's rank and value are those of the metric table.
        int[] throughputRanks = Ranking.ranks(r.throughput().values());
        for (HubReport.Hub h : r.hubs()) {
            assertThat(h.reasons()).isNotEmpty().allSatisfy(x -> assertThat(x.rank()).isBetween(1, 5));
            for (HubReport.Reason x : h.reasons()) {
                double v = x.criterion() == HubCriterion.THROUGHPUT ? r.throughput().value(x.node())
                        : r.metrics().value(x.criterion().column(), x.node());
                assertThat(x.value()).isEqualTo(v);
                if (x.criterion() == HubCriterion.THROUGHPUT) {
                    assertThat(x.rank()).isEqualTo(throughputRanks[x.node()]);
                    assertThat(v).isEqualTo(Math.min(net.compact().inStrength(x.node()), net.compact().outStrength(x.node())));
                }
            }
        }
        // Hubs are listed by number of reasons.
        for (int i = 1; i < r.hubs().size(); i++) {
            assertThat(r.hubs().get(i - 1).reasons().size()).isGreaterThanOrEqualTo(r.hubs().get(i).reasons().size());
        }
        assertThat(r.brokers().counts()).hasSize(net.nodeCount());
    }
}
