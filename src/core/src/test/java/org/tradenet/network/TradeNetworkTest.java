package org.tradenet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.Flow;
import org.tradenet.data.FlowTable;

class TradeNetworkTest {

    private static Flow flow(String e, String i, String hs, int year, double v, double q) {
        return new Flow(e, i, hs, year, v, q, Flow.Side.SINGLE, 0);
    }

    private static final FlowTable TABLE = FlowTable.of(List.of(
            flow("CHN", "USA", "284690", 2024, 100, 10),
            flow("CHN", "USA", "280530", 2024, 50, Double.NaN),
            flow("CHN", "USA", "284690", 2025, 70, 7),
            flow("USA", "CHN", "284690", 2024, 20, 2),
            flow("JPN", "USA", "284690", 2024, 30, 3),
            flow("USA", "USA", "284690", 2024, 500, 50),
            flow("CHN", "X899", "284690", 2024, 5, 1)), CountryRegistry.standard(), "test");

    @Test
    void sumsProductsAndYearsPerPairAndLeavesOutDomesticAndAreasByDefault() {
        TradeNetwork n = TradeNetwork.build("t", TABLE, NetworkSpec.defaults());
        assertThat(n.nodeCount()).isEqualTo(3);
        assertThat(n.linkCount()).isEqualTo(3);
        TradeLink cu = n.links().stream().filter(l -> l.exporter().equals("CHN") && l.importer().equals("USA")).findFirst().orElseThrow();
        assertThat(cu.valueUsd()).isEqualTo(220.0);
        assertThat(cu.quantityTonnes()).isEqualTo(17.0);
        assertThat(cu.productFlows()).isEqualTo(3);
        assertThat(n.notes()).anyMatch(s -> s.contains("1 domestic flows")).anyMatch(s -> s.contains("non-country areas"))
                .anyMatch(s -> s.contains("flows of 2 years summed"));
        assertThat(n.countries()).extracting(c -> c.id()).containsExactly("CHN", "JPN", "USA");
        assertThat(n.compact().weight(0, 2)).isEqualTo(220.0);
    }

    @Test
    void filtersYearsProductsThresholdAndKeepsSelfLoopsWhenAsked() {
        TradeNetwork n = TradeNetwork.build("t", TABLE, NetworkSpec.defaults().withYears(Set.of(2024))
                .withProducts(Set.of("284690")).withSelfLoops(true).withMinValueUsd(25));
        assertThat(n.links()).extracting(l -> l.exporter() + ">" + l.importer()).containsExactly("CHN>USA", "JPN>USA", "USA>USA");
        assertThat(n.totalValueUsd()).isEqualTo(630.0);
    }

    @Test
    void shareWeightsSumToOneAndGraphFaceMatches() {
        TradeNetwork n = TradeNetwork.build("t", TABLE, NetworkSpec.defaults().withWeight(WeightKind.SHARE));
        assertThat(n.links().stream().mapToDouble(TradeLink::weight).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(n.graph().vertexSet()).containsExactlyInAnyOrder("CHN", "JPN", "USA");
        assertThat(n.graph().getEdgeWeight(n.graph().getEdge("JPN", "USA"))).isCloseTo(30.0 / 270, within(1e-12));
    }

    @Test
    void undirectedSumsBothDirections() {
        TradeNetwork n = TradeNetwork.build("t", TABLE, NetworkSpec.defaults().withDirected(false));
        assertThat(n.graph().getEdgeWeight(n.graph().getEdge("USA", "CHN"))).isEqualTo(240.0);
        assertThat(n.compact().directed()).isFalse();
    }

    @Test
    void topPartnersKeepsEachSidesLargest() {
        TradeNetwork n = TradeNetwork.build("t", TABLE, NetworkSpec.defaults().withTopPartners(1));
        // CHN's top customer is USA; USA's top supplier CHN and top customer CHN; JPN's only customer USA.
        assertThat(n.linkCount()).isEqualTo(3);
    }

    @Test
    void shippedRareEarthNetwork() throws IOException {
        TradeNetwork n = TradeNetwork.load("rare-earths");
        assertThat(n.nodeCount()).isEqualTo(117);
        assertThat(n.linkCount()).isEqualTo(893);
        assertThat(n.totalValueUsd()).isCloseTo(3.37e9, within(0.005e9));
        assertThat(n.compact().totalWeight()).isCloseTo(n.totalValueUsd(), within(1e-3));
        assertThat(n.country(n.indexOf("MMR").orElseThrow()).name()).isEqualTo("Myanmar");
    }
}
