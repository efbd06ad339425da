package org.tradenet.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.tradenet.RandomNetworks;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.XmlCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reading what {@code export} wrote gives the same network back: the CSV edge table read by
 * tradenet's own edge-list reader, and the GEXF file parsed as XML, hold the same countries and
 * the same links with the same weights, for random networks whose ids include markup, CSV
 * delimiters, quotes and spreadsheet formulas (which the CSV defuses and the reader restores).
 */
class ExportRoundTripPropertiesTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\")", "<script>alert(1)</script>", "a,b", "q\"t",
            "-5x", "@at", "'=q", "+1z", "&amp;", "CHN", "USA", "x;y");
    private static final ReportHeader HEADER = new ReportHeader("round trip", "random", Map.of(), List.of());

    private static TradeNetwork network(long seed, int n) {
        Random rnd = new Random(seed);
        List<String> pool = new ArrayList<>(HOSTILE);
        Collections.shuffle(pool, rnd);
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i < pool.size() && rnd.nextBoolean() ? pool.get(i) : String.format("N%02d", i);
        }
        double[][] v = RandomNetworks.values(rnd, n, 0.2 + 0.5 * rnd.nextDouble(), 0.0);
        v[0][n - 1] = 1 + rnd.nextInt(20);
        return RandomNetworks.network("random", ids, v, NetworkSpec.defaults());
    }

    private static Map<String, Double> links(TradeNetwork net) {
        Map<String, Double> m = new TreeMap<>();
        for (TradeLink l : net.links()) {
            m.put(l.exporter() + " -> " + l.importer(), l.weight());
        }
        return m;
    }

    @Property(tries = 30)
    void theCsvEdgeTableReadsBackAsTheSameNetwork(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int n) throws IOException {
        TradeNetwork net = network(seed, n);
        Path dir = Files.createTempDirectory("roundtrip");
        try {
            List<Path> files = NetworkExport.write(NodeAttributeProviders.standard().annotate(net, List.of("strength")), HEADER,
                    ExportFormat.CSV, dir.resolve("net.csv"));
            TradeNetwork back = TradeNetwork.load(files.get(1).toString());
            assertThat(back.countries().stream().map(c -> c.id()).sorted().toList())
                    .isEqualTo(net.countries().stream().map(c -> c.id()).sorted().toList());
            assertThat(links(back)).isEqualTo(links(net));
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Property(tries = 30)
    void theGexfFileHoldsTheSameNetwork(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int n) throws Exception {
        TradeNetwork net = network(seed, n);
        Document d = XmlCheck.parse(NetworkExport.gexf(NodeAttributeProviders.standard().annotate(net, List.of("strength")), HEADER));
        List<String> nodes = XmlCheck.elements(d, "node").stream().map(e -> e.getAttribute("id")).sorted().toList();
        assertThat(nodes).isEqualTo(net.countries().stream().map(c -> c.id()).sorted().toList());
        Map<String, Double> edges = new TreeMap<>();
        for (Element e : XmlCheck.elements(d, "edge")) {
            edges.put(e.getAttribute("source") + " -> " + e.getAttribute("target"), Double.parseDouble(e.getAttribute("weight")));
        }
        assertThat(edges).isEqualTo(links(net));
    }
}
