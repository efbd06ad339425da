package org.tradenet.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradenet.network.CompactGraph;

/**
 * The edge-case ladder for every metric: empty graph, one node, two nodes, star, path, ring,
 * then zero-weight links and all-equal weights, against closed forms.
 */
class EdgeCaseLadderTest {

    private static final double EPS = 1e-12;

    private static NodeScores pr(CompactGraph g) {
        return new PageRank(PageRankParameters.defaults().withTolerance(1e-15)).compute(g);
    }

    private static NodeScores betweenness(CompactGraph g, DistanceKind d) {
        return new Betweenness(BetweennessParameters.defaults().withDistance(d)).compute(g);
    }

    private static NodeScores closeness(CompactGraph g, PathDirection dir) {
        return new Closeness(ClosenessParameters.defaults().withDistance(DistanceKind.HOPS).withDirection(dir)).compute(g);
    }

    private static NodeScores harmonic(CompactGraph g, PathDirection dir) {
        return new Harmonic(ClosenessParameters.defaults().withDistance(DistanceKind.HOPS).withDirection(dir)).compute(g);
    }

    private static void allClose(double[] v, double expected) {
        for (double x : v) {
            assertThat(x).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void emptyGraphGivesEmptyResultsAndNoErrors() {
        CompactGraph g = Graphs.empty();
        assertThat(pr(g).values()).isEmpty();
        assertThat(new Hits(IterationParameters.defaults()).compute(g).hub().values()).isEmpty();
        assertThat(betweenness(g, DistanceKind.INVERSE).values()).isEmpty();
        assertThat(closeness(g, PathDirection.OUTGOING).values()).isEmpty();
        assertThat(harmonic(g, PathDirection.OUTGOING).values()).isEmpty();
        assertThat(new EigenvectorCentrality(IterationParameters.defaults()).compute(g).values()).isEmpty();
        assertThat(Clustering.weighted().compute(g).values()).isEmpty();
        assertThat(new KCore(DegreeMode.TOTAL).compute(g).values()).isEmpty();
        assertThat(SupplierDependence.of(g).hhi().values()).isEmpty();
        NetworkMeasures m = NetworkMeasures.of(g, DistanceKind.HOPS, new NodeGroups("none", java.util.List.of(), new int[0]), 1);
        assertThat(m.density()).isNaN();
        assertThat(m.reciprocity()).isNaN();
        assertThat(m.averageShortestPath()).isNaN();
        assertThat(m.weakComponents()).isZero();
        assertThat(BrokerRoles.compute(g, new NodeGroups("none", java.util.List.of(), new int[0]), true).counts()).isEmpty();
    }

    @Test
    void oneNode() {
        CompactGraph g = Graphs.directed(1);
        assertThat(pr(g).values()).containsExactly(1.0);
        assertThat(new Hits(IterationParameters.defaults()).compute(g).hub().value(0)).isNaN();
        assertThat(betweenness(g, DistanceKind.INVERSE).values()).containsExactly(0.0);
        assertThat(closeness(g, PathDirection.OUTGOING).values()).containsExactly(0.0);
        assertThat(harmonic(g, PathDirection.OUTGOING).values()).containsExactly(0.0);
        NodeScores ev = new EigenvectorCentrality(IterationParameters.defaults()).compute(g);
        assertThat(ev.value(0)).isNaN();
        assertThat(ev.note()).contains("no cycle");
        assertThat(Clustering.weighted().compute(g).values()).containsExactly(0.0);
        assertThat(new KCore(DegreeMode.TOTAL).compute(g).values()).containsExactly(0.0);
        assertThat(SupplierDependence.of(g).largestShare().value(0)).isNaN();
    }

    @Test
    void twoNodesOneLink() {
        // 0 → 1; node 1 is dangling. x1 = (1-d)/2 + d x1/2 + d x0 and x0 = (1-d)/2 + d x1/2.
        CompactGraph g = Graphs.directed(2, new int[] {0, 1});
        double d = 0.85;
        double x0 = 1 / (2 + d);
        double x1 = 1 - x0;
        double[] p = pr(g).values();
        assertThat(p[0]).isCloseTo(x0, within(1e-12));
        assertThat(p[1]).isCloseTo(x1, within(1e-12));
        // Check the closed form itself: x0 = (1-d)/2 + d x1 / 2.
        assertThat(x0).isCloseTo((1 - d) / 2 + d * x1 / 2, within(1e-15));
        Hits.Scores h = new Hits(IterationParameters.defaults()).compute(g);
        assertThat(h.hub().values()).containsExactly(1.0, 0.0);
        assertThat(h.authority().values()).containsExactly(0.0, 1.0);
        assertThat(betweenness(g, DistanceKind.HOPS).values()).containsExactly(0.0, 0.0);
        // Out-closeness: 0 reaches 1 at distance 1 → (1/1)(1/1) = 1; 1 reaches no one.
        assertThat(closeness(g, PathDirection.OUTGOING).values()).containsExactly(1.0, 0.0);
        assertThat(closeness(g, PathDirection.INCOMING).values()).containsExactly(0.0, 1.0);
        assertThat(new KCore(DegreeMode.TOTAL).compute(g).values()).containsExactly(1.0, 1.0);
        assertThat(SupplierDependence.of(g).largestShare().values()[1]).isEqualTo(1.0);
    }

    @Test
    void twoNodesBothWays() {
        CompactGraph g = Graphs.weighted(2, new int[][] {{0, 1}, {1, 0}}, new double[] {3, 1});
        assertThat(pr(g).values()).containsExactly(0.5, 0.5);
        double[] ev = new EigenvectorCentrality(IterationParameters.defaults()).compute(g).values();
        // W = [[0,3],[1,0]]: λ = √3, x1 = √3 x0.
        assertThat(ev[1] / ev[0]).isCloseTo(Math.sqrt(3), within(1e-9));
        assertThat(ev[0] * ev[0] + ev[1] * ev[1]).isCloseTo(1.0, within(1e-12));
        NetworkMeasures m = NetworkMeasures.of(g, DistanceKind.HOPS, new NodeGroups("g", java.util.List.of("a"), new int[] {0, 0}), 1);
        assertThat(m.reciprocity()).isEqualTo(1.0);
        assertThat(m.weightedReciprocity()).isCloseTo(2.0 / 4.0, within(EPS));
        assertThat(m.density()).isEqualTo(1.0);
        assertThat(m.withinGroupShare()).isEqualTo(1.0);
        assertThat(m.averageShortestPath()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 5, 8})
    void ringClosedForms(int n) {
        CompactGraph g = Graphs.ring(n);
        allClose(pr(g).values(), 1.0 / n);
        Hits.Scores h = new Hits(IterationParameters.defaults()).compute(g);
        allClose(h.hub().values(), 1.0 / n);
        allClose(h.authority().values(), 1.0 / n);
        // Each node is inside the paths of length k >= 2 that cross it: sum (k-1) = (n-1)(n-2)/2 pairs.
        allClose(betweenness(g, DistanceKind.HOPS).values(), 0.5);
        allClose(betweenness(g, DistanceKind.INVERSE).values(), 0.5);
        // Distances 1..n-1 sum to n(n-1)/2: closeness 2/n either way; harmonic H(n-1).
        allClose(closeness(g, PathDirection.OUTGOING).values(), 2.0 / n);
        allClose(closeness(g, PathDirection.INCOMING).values(), 2.0 / n);
        double hn = 0;
        for (int k = 1; k < n; k++) {
            hn += 1.0 / k;
        }
        allClose(harmonic(g, PathDirection.OUTGOING).values(), hn);
        NodeScores ev = new EigenvectorCentrality(IterationParameters.defaults()).compute(g);
        assertThat(ev.converged()).isTrue();
        allClose(ev.values(), 1 / Math.sqrt(n));
        // A directed 3-cycle is one of Fagiolo's four triangle kinds: C = 2 / 4; longer rings have no triangle.
        allClose(Clustering.weighted().compute(g).values(), n == 3 ? 0.5 : 0.0);
        allClose(new KCore(DegreeMode.TOTAL).compute(g).values(), 2.0);
        allClose(new KCore(DegreeMode.IN).compute(g).values(), 1.0);
        NetworkMeasures m = NetworkMeasures.of(g, DistanceKind.HOPS, new NodeGroups("g", java.util.List.of(), minusOnes(n)), 1);
        assertThat(m.averageShortestPath()).isCloseTo(n / 2.0, within(EPS));
        assertThat(m.diameter()).isEqualTo(n - 1.0);
        assertThat(m.strongComponents()).isEqualTo(1);
        assertThat(m.reciprocity()).isZero();
        assertThat(m.assortativityOutIn()).as("all strengths equal: no variance").isNaN();
        assertThat(m.withinGroupShare()).as("unknown groups share nothing").isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 7})
    void pathClosedForms(int n) {
        CompactGraph g = Graphs.path(n);
        double[] b = betweenness(g, DistanceKind.HOPS).values();
        double[] c = closeness(g, PathDirection.OUTGOING).values();
        double[] h = harmonic(g, PathDirection.OUTGOING).values();
        for (int i = 0; i < n; i++) {
            // i lies inside the paths from the i nodes before it to the n-1-i after it.
            double pairs = (double) i * (n - 1 - i);
            assertThat(b[i]).isCloseTo(n > 2 ? pairs / ((n - 1.0) * (n - 2)) : 0.0, within(EPS));
            int r = n - 1 - i;
            assertThat(c[i]).isCloseTo(r == 0 ? 0.0 : (r / (n - 1.0)) * (2.0 / (r + 1)), within(EPS));
            double hr = 0;
            for (int k = 1; k <= r; k++) {
                hr += 1.0 / k;
            }
            assertThat(h[i]).isCloseTo(hr, within(EPS));
        }
        assertThat(Arrays.stream(new EigenvectorCentrality(IterationParameters.defaults()).compute(g).values()).allMatch(Double::isNaN)).isTrue();
        assertThat(pr(g).values()).satisfies(p -> assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-12)));
        assertThat(new KCore(DegreeMode.TOTAL).compute(g).values()).containsOnly(1.0);
        NetworkMeasures m = NetworkMeasures.of(g, DistanceKind.HOPS, new NodeGroups("g", java.util.List.of(), minusOnes(n)), 1);
        assertThat(m.strongComponents()).isEqualTo(n);
        assertThat(m.weakComponents()).isEqualTo(1);
        assertThat(m.averageShortestPath()).as("largest SCC has one node").isNaN();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 6})
    void starClosedForms(int k) {
        CompactGraph out = Graphs.outStar(k);
        Hits.Scores h = new Hits(IterationParameters.defaults()).compute(out);
        assertThat(h.hub().value(0)).isCloseTo(1.0, within(EPS));
        for (int i = 1; i <= k; i++) {
            assertThat(h.authority().value(i)).isCloseTo(1.0 / k, within(EPS));
            assertThat(SupplierDependence.of(out).hhi().value(i)).isEqualTo(1.0);
        }
        assertThat(betweenness(out, DistanceKind.HOPS).values()).containsOnly(0.0);
        assertThat(closeness(out, PathDirection.OUTGOING).value(0)).isCloseTo(1.0, within(EPS));
        assertThat(new EigenvectorCentrality(IterationParameters.defaults()).compute(out).value(0)).isNaN();
        assertThat(Clustering.weighted().compute(out).values()).containsOnly(0.0);
        // PageRank: leaves are dangling. Centre x_c = (1-d)/n + d L/n, leaf x_l = x_c + d x_c / k, L = k x_l.
        double d = 0.85;
        int n = k + 1;
        double[] p = pr(out).values();
        double leaf = p[1];
        assertThat(p[0]).isCloseTo((1 - d) / n + d * k * leaf / n, within(1e-12));
        assertThat(leaf).isCloseTo(p[0] + d * p[0] / k, within(1e-12));

        CompactGraph two = Graphs.twoWayStar(k);
        // The centre is on every leaf → leaf path: k(k-1) of the (n-1)(n-2) pairs.
        double[] b = betweenness(two, DistanceKind.INVERSE).values();
        assertThat(b[0]).isCloseTo(k > 1 ? 1.0 : 0.0, within(EPS));
        BrokerRoles roles = BrokerRoles.compute(two, new NodeGroups("g", java.util.List.of("a", "b"), everyOther(n)), true);
        assertThat(roles.of(0).total()).isEqualTo((long) k * (k - 1));
        assertThat(new KCore(DegreeMode.TOTAL).compute(two).values()).containsOnly(2.0);
    }

    @Test
    void zeroWeightLinksExistButCarryNothing() {
        // 0 → 1 (weight 0), 1 → 2 (1), 0 → 2 (1).
        CompactGraph g = Graphs.weighted(3, new int[][] {{0, 1}, {1, 2}, {0, 2}}, new double[] {0, 1, 1});
        // No path runs over the zero link, so node 1 brokers nothing.
        assertThat(betweenness(g, DistanceKind.HOPS).values()).containsOnly(0.0);
        assertThat(closeness(g, PathDirection.INCOMING).value(1)).isZero();
        // The zero link counts as a partner for degree-based measures.
        assertThat(new KCore(DegreeMode.TOTAL).compute(g).values()).containsOnly(2.0);
        assertThat(Clustering.binary().compute(g).values()).containsOnly(1.0 / 2.0);
        assertThat(Clustering.weighted().compute(g).values()).containsOnly(0.0);
        assertThat(SupplierDependence.of(g).largestShare().value(1)).isNaN();
        // A node whose only out-link weighs 0 is dangling for PageRank.
        CompactGraph h = Graphs.weighted(2, new int[][] {{0, 1}, {1, 0}}, new double[] {1, 0});
        double[] p = pr(h).values();
        assertThat(p[0] + p[1]).isCloseTo(1.0, within(EPS));
        assertThat(p[1]).isCloseTo(1 - 1 / (2 + 0.85), within(1e-12));
        assertThat(new EigenvectorCentrality(IterationParameters.defaults()).compute(h).value(0)).isNaN();
    }

    @Test
    void allEqualWeightsGiveTheBinaryMeasures() {
        CompactGraph bin = Graphs.random(7, 30, 0.15, new double[] {1});
        CompactGraph eq = Graphs.random(7, 30, 0.15, new double[] {2.5e6});
        assertThat(Clustering.weighted().compute(eq).values()).containsExactly(Clustering.binary().compute(bin).values());
        Fixtures.assertClose("pagerank", pr(eq).values(), pr(bin).values(), 1e-12, ids(30));
        double[] hops = betweenness(bin, DistanceKind.HOPS).values();
        Fixtures.assertClose("betweenness inverse", betweenness(eq, DistanceKind.INVERSE).values(), hops, 1e-12, ids(30));
        Fixtures.assertClose("betweenness neglog", betweenness(eq, DistanceKind.NEGLOG).values(), hops, 1e-12, ids(30));
    }

    static java.util.List<String> ids(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(String::valueOf).toList();
    }

    static int[] minusOnes(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    private static int[] everyOther(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i % 2;
        }
        return a;
    }
}
