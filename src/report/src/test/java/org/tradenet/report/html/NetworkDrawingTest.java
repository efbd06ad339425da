package org.tradenet.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.TestNetworks;
import org.tradenet.report.XmlCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class NetworkDrawingTest {

    static TradeNetwork rare;
    static NetworkLayout layout;

    @BeforeAll
    static void load() throws Exception {
        rare = TradeNetwork.load("rare-earths");
        layout = NetworkLayout.of(rare);
    }

    @Test
    void theLayoutIsDeterministicPerSeedAndFillsTheUnitSquare() {
        assertThat(NetworkLayout.of(rare)).isEqualTo(layout);
        NetworkLayout other = NetworkLayout.of(rare, NetworkLayout.Parameters.defaults().withSeed(7));
        assertThat(other.x()).isNotEqualTo(layout.x());
        double[] x = layout.x();
        double[] y = layout.y();
        assertThat(x).hasSize(rare.nodeCount());
        assertThat(java.util.Arrays.stream(x).min().orElseThrow()).isEqualTo(0.0);
        assertThat(java.util.Arrays.stream(x).max().orElseThrow()).isEqualTo(1.0);
        assertThat(java.util.Arrays.stream(y).allMatch(v -> v >= 0 && v <= 1)).isTrue();
        assertThat(layout.indexOf("CHN")).isEqualTo(rare.indexOf("CHN").orElseThrow());
        assertThat(layout.indexOf("nowhere")).isEqualTo(-1);
    }

    /**
     * Fruchterman–Reingold's defining balance, on two 6-cliques joined by one edge: linked
     * nodes settle near the optimal distance k = C·√(1/n) while unlinked ones are pushed apart,
     * so every clique's nodes end nearer each other than to any node of the other clique but
     * the bridge's ends; and no node leaves the frame.
     */
    @Test
    void forcesDrawCliquesTogetherAndKeepTheFrame() {
        int n = 12;
        List<Integer> ends = new java.util.ArrayList<>();
        for (int side = 0; side < 2; side++) {
            for (int a = 0; a < 6; a++) {
                for (int b = a + 1; b < 6; b++) {
                    ends.add(6 * side + a);
                    ends.add(6 * side + b);
                }
            }
        }
        ends.add(5);
        ends.add(6);
        double[] x = new double[n];
        double[] y = new double[n];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
        }
        NetworkLayout.forceDirected(x, y, ends.stream().mapToInt(Integer::intValue).toArray(), 400);
        double widestInside = 0;
        double nearestAcross = Double.POSITIVE_INFINITY;
        for (int a = 0; a < n; a++) {
            assertThat(x[a]).isBetween(0.0, 1.0);
            assertThat(y[a]).isBetween(0.0, 1.0);
            for (int b = a + 1; b < n; b++) {
                double d = Math.hypot(x[a] - x[b], y[a] - y[b]);
                if (a / 6 == b / 6) {
                    widestInside = Math.max(widestInside, d);
                } else if (!(a == 5 && b == 6)) {
                    nearestAcross = Math.min(nearestAcross, d);
                }
            }
        }
        assertThat(widestInside).isLessThan(nearestAcross);
    }

    /** The quick coordinate format against the formatter it stands in for, ties and near-ties included. */
    @Test
    void coordinatesPrintAsTheFormatterPrintsThem() {
        java.util.Random random = new java.util.Random(11);
        List<Double> values = new java.util.ArrayList<>(List.of(0.0, -0.0, 0.05, 0.15, 0.25, -0.05, -0.25, 1.45, 2.35,
                -1.25, 999.95, 0.04999999, 0.0500001, -0.04, 123456.75, 1e12, -3e10, Double.NaN));
        for (int k = 0; k < 20_000; k++) {
            double scale = Math.pow(10, random.nextInt(8) - 3);
            double v = (random.nextDouble() - 0.3) * scale;
            values.add(v);
            values.add(Math.round(v * 100) / 100.0); // two decimals: every fifth one a tie
        }
        for (double v : values) {
            String expected = String.format(java.util.Locale.ROOT, "%.1f", v);
            assertThat(NetworkDrawing.f(v)).as("%s", v).isEqualTo(expected.equals("-0.0") ? "0.0" : expected);
        }
    }

    @Test
    void theBackboneKeepsEachCountrysLargestPartners() {
        var g = NetworkLayout.backbone(rare, 3);
        assertThat(g.vertexSet()).hasSize(rare.nodeCount());
        assertThat(g.edgeSet().size()).isLessThanOrEqualTo(3 * rare.nodeCount());
        assertThat(new ConnectivityInspector<>(g).isConnected()).isTrue();
        // Myanmar's largest partner is China (USD 790 M of rare-earth compounds).
        assertThat(g.containsEdge("CHN", "MMR")).isTrue();
        var one = NetworkLayout.backbone(TestNetworks.hostile(), 1);
        // CHN: largest partner USA (100 + 40); EVL: CHN (50); HYP: EVL (25.5); USA: CHN.
        assertThat(one.edgeSet()).hasSize(3);
        assertThat(one.containsEdge("CHN", "USA") && one.containsEdge("CHN", "EVL") && one.containsEdge("EVL", "HYP")).isTrue();
    }

    @Test
    void compressionKeepsDirectionsAndTakesTheSquareRootOfDistances() {
        double[] x = {0, 4, 0, 0, -9};
        double[] y = {0, 0, 0, 0, 0};
        NetworkLayout.compress(x, y); // median centre (0, 0)
        assertThat(x).containsExactly(0, 2, 0, 0, -3);
    }

    @Test
    void theDrawingHasOneCircleAndOneTooltipPerCountryAndTheHeaviestLinks() throws Exception {
        NetworkDrawing.Options o = NetworkDrawing.Options.defaults().withMaxLinks(50).withLabels(5);
        String svg = NetworkDrawing.svg("d1", "rare earths", rare, layout, Grouping.byRegion(rare), NetworkDrawing.Scale.of(rare), o);
        Document d = XmlCheck.parse(svg);
        List<Element> circles = XmlCheck.elements(d, "circle").stream().filter(c -> c.getAttribute("class").equals("node")).toList();
        assertThat(circles).hasSize(rare.nodeCount());
        Element china = circles.stream().filter(c -> c.getAttribute("data-id").equals("CHN")).findFirst().orElseThrow();
        assertThat(china.getTextContent()).startsWith("China (CHN)\nUN region: Asia\nexports: USD 554.8 M\nimports: USD 1.57 bn");
        // China is the largest node: the largest radius.
        double maxR = circles.stream().mapToDouble(c -> Double.parseDouble(c.getAttribute("r"))).max().orElseThrow();
        assertThat(Double.parseDouble(china.getAttribute("r"))).isEqualTo(maxR);
        List<Element> links = XmlCheck.elements(d, "path").stream().filter(p -> p.hasAttribute("marker-end")).toList();
        assertThat(links).hasSize(50);
        assertThat(links.get(links.size() - 1).getTextContent()).isEqualTo("Myanmar \u2192 China: USD 790.4 M");
        Element caption = XmlCheck.elements(d, "text").stream().filter(t -> t.getAttribute("class").equals("caption"))
                .findFirst().orElseThrow();
        String words = String.join(" ", XmlCheck.children(caption, "tspan").stream().map(Element::getTextContent).toList());
        assertThat(words).contains("The 50 heaviest of 893 links are drawn");
        assertThat(XmlCheck.elements(d, "marker").get(0).getAttribute("id")).startsWith("d1-");
        assertThat(NetworkDrawing.svg("d1", "rare earths", rare, layout, Grouping.byRegion(rare), NetworkDrawing.Scale.of(rare), o))
                .isEqualTo(svg);
    }

    @Test
    void curvesStartAndEndOnTheNodeCircles() {
        String d = NetworkDrawing.curve(0, 0, 5, 100, 0, 10);
        String[] nums = d.replaceAll("[MQ]", "").trim().split("[ ,]+");
        double sx = Double.parseDouble(nums[0]);
        double sy = Double.parseDouble(nums[1]);
        double ex = Double.parseDouble(nums[4]);
        double ey = Double.parseDouble(nums[5]);
        assertThat(Math.hypot(sx, sy)).isCloseTo(5, within(0.1));
        assertThat(Math.hypot(ex - 100, ey)).isCloseTo(10, within(0.1));
        // Travelling along +x, the curve bends to +y (to the right on screen, where y grows downwards).
        assertThat(Double.parseDouble(nums[3])).isEqualTo(18.0);
    }

    @Test
    void groupsAreNumberedLargestFirstAndChecked() {
        Grouping g = Grouping.ofKeys("k", new String[] {"b", "a", "a", null, "c", "b", "a"});
        assertThat(g.labels()).containsExactly("a", "b", "c");
        assertThat(g.membership()).containsExactly(1, 0, 0, -1, 2, 1, 0);
        assertThat(Grouping.byRegion(rare).labels()).containsExactly("Asia", "Europe", "Africa", "Americas", "Oceania");
        assertThatThrownBy(() -> new Grouping("x", new int[] {0, 3}, List.of("a"))).hasMessageContaining("group 3 has no label");
        assertThatThrownBy(() -> NetworkDrawing.svg("x", "t", rare, layout, g)).hasMessageContaining("the grouping has 7 nodes");
        TradeNetwork small = TestNetworks.hostile();
        assertThatThrownBy(() -> NetworkDrawing.svg("x", "t", small, layout, Grouping.byRegion(small)))
                .hasMessageContaining("has no position");
    }

    @Test
    void aGroupingCarriesOverByCountryId() {
        TradeNetwork net = TestNetworks.hostile();
        Grouping g = Grouping.byRegion(net);
        Grouping same = NetworkPage.regroup(g, net, net);
        assertThat(same).isEqualTo(g);
    }
}
