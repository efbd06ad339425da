package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeNetwork;

class ModularityTest {

    /** The definitions written out plainly, over all pairs (a second implementation). */
    static double plainModularity(CompactGraph g, Partition p, double gamma) {
        int n = g.n();
        double total = g.totalWeight();
        double q = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (p.together(i, j)) {
                    q += g.weight(i, j) - gamma * g.outStrength(i) * g.inStrength(j) / total;
                }
            }
        }
        return q / total;
    }

    static double plainCpm(CompactGraph g, Partition p, double gamma) {
        int n = g.n();
        double q = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (p.together(i, j)) {
                    q += g.weight(i, j) - (i == j ? 0 : gamma);
                }
            }
        }
        return q;
    }

    static CompactGraph randomGraph(SplittableRandom rng, int n, int m, boolean directed, boolean loops) {
        int[] s = new int[m];
        int[] t = new int[m];
        double[] w = new double[m];
        for (int e = 0; e < m; e++) {
            s[e] = rng.nextInt(n);
            t[e] = loops && rng.nextInt(5) == 0 ? s[e] : rng.nextInt(n);
            w[e] = rng.nextInt(4) == 0 ? 0.0 : rng.nextDouble() * 10;
        }
        return CompactGraph.of(n, s, t, w, directed);
    }

    static Partition randomPartition(SplittableRandom rng, int n, int k) {
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = rng.nextInt(k);
        }
        return Partition.of(l);
    }

    @Test
    void matchesNetworkxOnTheRareEarthNetworkDirectedAndUndirected() throws IOException {
        TradeNetwork net = TradeNetwork.load("rare-earths");
        JsonNode fx = Fixtures.read("modularity.json");
        JsonNode info = fx.get("graphs").get("rare-earths");
        assertThat(net.nodeCount()).isEqualTo(info.get("nodes").asInt());
        assertThat(net.linkCount()).isEqualTo(info.get("arcs").asInt());
        assertThat(net.compact().totalWeight()).isCloseTo(info.get("totalWeight").asDouble(), within(1e-3));
        int checked = 0;
        for (JsonNode c : fx.get("cases")) {
            String graph = c.get("graph").asText();
            if (!graph.startsWith("rare-earths")) {
                continue;
            }
            CompactGraph g = graph.equals("rare-earths") ? net.compact() : net.compact().symmetrized();
            Partition p = Fixtures.partition(net, c.get("partition").asText());
            double gamma = c.get("resolution").asDouble();
            assertThat(Modularity.of(g, p, gamma)).as(graph + " " + c.get("partition") + " γ=" + gamma)
                    .isCloseTo(c.get("modularity").asDouble(), within(1e-9));
            checked++;
        }
        assertThat(checked).isEqualTo(18);
    }

    @Test
    void matchesNetworkxOnTheBenchmarksGroundTruth() {
        JsonNode fx = Fixtures.read("modularity.json");
        int checked = 0;
        for (JsonNode c : fx.get("cases")) {
            String graph = c.get("graph").asText();
            TradeNetwork net;
            CompactGraph g;
            switch (graph) {
                case "polblogs" -> {
                    net = BenchmarkGraphs.network("polblogs", true);
                    g = net.compact();
                }
                case "karate" -> {
                    net = BenchmarkGraphs.network("karate", false);
                    g = net.compact().unweighted();
                }
                case "karate-weighted" -> {
                    net = BenchmarkGraphs.network("karate", false);
                    g = net.compact();
                }
                case "football" -> {
                    net = BenchmarkGraphs.network("football", false);
                    g = net.compact();
                }
                default -> {
                    continue;
                }
            }
            Partition p = Fixtures.partition(net, c.get("partition").asText());
            assertThat(Modularity.of(g, p, c.get("resolution").asDouble())).as(graph)
                    .isCloseTo(c.get("modularity").asDouble(), within(1e-9));
            checked++;
        }
        assertThat(checked).isEqualTo(5);
    }

    @Test
    void polblogsGroundTruthSplitHasThePublishedDirectedModularity() {
        TradeNetwork net = BenchmarkGraphs.network("polblogs", true);
        Partition truth = BenchmarkGraphs.truth(net, "polblogs", "value");
        assertThat(Modularity.directed(net.compact(), truth, 1.0)).isCloseTo(0.41111, within(5e-6));
    }

    @Test
    void cpmMatchesLeidenalg() {
        for (JsonNode c : Fixtures.read("cpm.json")) {
            String graph = c.get("graph").asText();
            TradeNetwork net = BenchmarkGraphs.network(graph.startsWith("karate") ? "karate" : graph, c.get("directed").asBoolean());
            CompactGraph g = graph.equals("karate") ? net.compact().unweighted() : net.compact();
            Partition p = Fixtures.partition(net, c.get("partition").asText());
            assertThat(Cpm.of(g, p, c.get("resolution").asDouble())).as(graph)
                    .isCloseTo(c.get("cpm").asDouble(), within(1e-9 * Math.abs(c.get("cpm").asDouble())));
        }
    }

    @Test
    void agreesWithThePlainDefinitionOnRandomGraphs() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 60; trial++) {
            boolean directed = trial % 2 == 0;
            CompactGraph g = randomGraph(rng, 2 + rng.nextInt(20), rng.nextInt(60) + 1, directed, true);
            Partition p = randomPartition(rng, g.n(), 1 + rng.nextInt(5));
            double gamma = rng.nextDouble() * 2;
            if (g.totalWeight() > 0) {
                assertThat(Modularity.of(g, p, gamma)).isCloseTo(plainModularity(g, p, gamma), within(1e-12));
            }
            assertThat(Cpm.of(g, p, gamma)).isCloseTo(plainCpm(g, p, gamma), within(1e-9));
        }
    }

    @Test
    void closedFormTwoTrianglesJoinedByOneEdge() {
        // Two triangles {0,1,2} and {3,4,5} and the bridge 2–3: m = 7, each side has degree sum 7.
        CompactGraph g = CompactGraph.of(6, new int[] {0, 0, 1, 3, 3, 4, 2}, new int[] {1, 2, 2, 4, 5, 5, 3}, null, false);
        Partition p = Partition.of(new int[] {0, 0, 0, 1, 1, 1});
        // Q = Σ_c [e_c/m − (K_c/2m)²] = 2 (3/7 − 1/4)
        assertThat(Modularity.undirected(g, p, 1.0)).isCloseTo(2 * (3.0 / 7 - 0.25), within(1e-15));
        assertThat(Modularity.of(g, Partition.whole(6))).isCloseTo(0.0, within(1e-15));
        // CPM with γ = 0.5 over ordered pairs: Σ_c 2 [3 − 0.5·3] = 6
        assertThat(Cpm.of(g, p, 0.5)).isCloseTo(6.0, within(1e-15));
    }

    @Test
    void directedModularityOfASymmetricGraphIsTheUndirectedOne() {
        SplittableRandom rng = new SplittableRandom(8);
        CompactGraph u = randomGraph(rng, 12, 30, false, true);
        CompactGraph d = u.symmetrized();
        Partition p = randomPartition(rng, 12, 3);
        // A directed graph holding both arcs of every edge has the same W as the undirected one.
        int[] s = new int[u.entries()];
        int[] t = new int[u.entries()];
        double[] w = new double[u.entries()];
        int k = 0;
        for (int i = 0; i < u.n(); i++) {
            for (int q = u.outStart(i); q < u.outEnd(i); q++) {
                s[k] = i;
                t[k] = u.outTarget(q);
                w[k++] = u.outWeight(q);
            }
        }
        CompactGraph asDirected = CompactGraph.of(u.n(), s, t, w, true);
        assertThat(Modularity.directed(asDirected, p, 1.0)).isCloseTo(Modularity.undirected(u, p, 1.0), within(1e-12));
        assertThat(d).isSameAs(u);
    }

    @Test
    void edgeCases() {
        CompactGraph empty = CompactGraph.of(0, new int[0], new int[0], null, true);
        assertThat(Modularity.of(empty, Partition.singletons(0))).isNaN();
        CompactGraph noEdges = CompactGraph.of(3, new int[0], new int[0], null, false);
        assertThat(Modularity.of(noEdges, Partition.singletons(3))).isNaN();
        assertThat(Cpm.of(noEdges, Partition.singletons(3), 1.0)).isZero();
        CompactGraph directed = CompactGraph.of(2, new int[] {0}, new int[] {1}, null, true);
        assertThatThrownBy(() -> Modularity.undirected(directed, Partition.singletons(2), 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symmetrized");
        assertThatThrownBy(() -> Modularity.of(directed, Partition.singletons(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Modularity.of(directed, Partition.singletons(2), -1))
                .isInstanceOf(IllegalArgumentException.class);
        // One arc 0 → 1: both together gives 1 − 1·1/1 = 0; apart −(0·0 + 1·... )/1: Q = −k0out k0in/m² ... = 0
        assertThat(Modularity.of(directed, Partition.whole(2))).isCloseTo(0.0, within(1e-15));
        assertThat(Modularity.of(directed, Partition.singletons(2))).isCloseTo(0.0, within(1e-15));
    }
}
