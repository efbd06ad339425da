package org.tradenet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeNetwork;

/** Every centrality through the one {@link NodeScoring} interface gives what its own class gives. */
class NodeScoringTest {

    @Test
    void everyMeasureThroughTheInterfaceMatchesTheNodeMetricsTable() throws IOException {
        TradeNetwork net = TradeNetwork.load("rare-earths");
        MetricsParameters p = MetricsParameters.defaults();
        ClosenessParameters cp = new ClosenessParameters(p.distance(), p.closeness(), p.threads());
        Map<String, NodeScoring> scorings = new LinkedHashMap<>();
        scorings.put("inStrength", Degree.strength(DegreeMode.IN));
        scorings.put("outDegree", Degree.of(DegreeMode.OUT));
        scorings.put("pagerank", new PageRank(p.pagerank()));
        scorings.put("hub", new Hits(p.iteration()).hubs());
        scorings.put("authority", new Hits(p.iteration()).authorities());
        scorings.put("betweenness", new Betweenness(new BetweennessParameters(p.distance(), true, p.threads())));
        scorings.put("closeness", new Closeness(cp));
        scorings.put("harmonic", new Harmonic(cp));
        scorings.put("eigenvector", new EigenvectorCentrality(p.iteration()));
        scorings.put("clustering", Clustering.weighted());
        scorings.put("kcore", new KCore(p.kcore()));
        NodeMetricTable table = new NodeMetrics(p).compute(net.compact());
        for (Map.Entry<String, NodeScoring> e : scorings.entrySet()) {
            NodeScores viaInterface = e.getValue().scores(net);
            assertThat(viaInterface).as(e.getKey()).isEqualTo(table.column(e.getKey()).orElseThrow());
            assertThat(viaInterface.size()).isEqualTo(net.nodeCount());
        }
    }

    @Test
    void degreeAndStrengthOnASmallDirectedGraph() {
        // 0 → 1 (2.0), 0 → 2 (3.0), 2 → 1 (5.0)
        CompactGraph g = Graphs.weighted(3, new int[][] {{0, 1}, {0, 2}, {2, 1}}, new double[] {2, 3, 5});
        assertThat(Degree.of(DegreeMode.IN).compute(g).values()).containsExactly(0, 2, 1);
        assertThat(Degree.of(DegreeMode.OUT).compute(g).values()).containsExactly(2, 0, 1);
        assertThat(Degree.of(DegreeMode.TOTAL).compute(g).values()).containsExactly(2, 2, 2);
        assertThat(Degree.strength(DegreeMode.IN).compute(g).values()).containsExactly(0, 7, 3);
        assertThat(Degree.strength(DegreeMode.OUT).compute(g).values()).containsExactly(5, 0, 5);
        assertThat(Degree.strength(DegreeMode.TOTAL).compute(g).values()).containsExactly(5, 7, 8);
        assertThat(List.of(Degree.strength(DegreeMode.TOTAL).measure(), Degree.of(DegreeMode.TOTAL).measure()))
                .containsExactly("strength", "degree");
        assertThat(Degree.of(DegreeMode.IN).compute(Graphs.empty()).size()).isZero();
    }
}
