package org.tradenet.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.analysis.Analysis;
import org.tradenet.analysis.AnalysisParameters;
import org.tradenet.metrics.MetricsParameters;
import org.tradenet.metrics.NodeMetrics;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.XmlCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@code communities} and {@code metrics} attribute sets, read back from the written GEXF,
 * GraphML and CSV files and checked against independent values: the directed modularity of
 * the exported communities computed with a plain formula from the written edges, and the
 * centralities against networkx 2.8.8 (test-fixtures/metrics/rare-earths.json).
 */
class CommunityAndMetricAttributesTest {

    static TradeNetwork rare;
    static AttributedNetwork annotated;
    static JsonNode nx;
    static final ReportHeader HEADER = new ReportHeader("test", "rare-earths", Map.of(), List.of());

    @BeforeAll
    static void load() throws Exception {
        rare = TradeNetwork.load("rare-earths");
        annotated = NodeAttributeProviders.standard().annotate(rare, List.of("regions"))
                .with(NodeAttributeProviders.communityColumns(new Analysis(AnalysisParameters.defaults()).communities(rare)))
                .with(NodeAttributeProviders.metricColumns(new NodeMetrics(MetricsParameters.defaults()).compute(rare.compact())));
        nx = new ObjectMapper().readTree(Path.of("test-fixtures", "metrics", "rare-earths.json").toFile());
    }

    /** Node id → attribute title → value, from a GEXF document. */
    static Map<String, Map<String, String>> gexfNodes(Document d) {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        for (Element a : XmlCheck.elements(d, "attribute")) {
            if (((Element) a.getParentNode()).getAttribute("class").equals("node")) {
                titles.put(a.getAttribute("id"), a.getAttribute("title"));
                types.put(a.getAttribute("title"), a.getAttribute("type"));
            }
        }
        Map<String, Map<String, String>> nodes = new HashMap<>();
        for (Element n : XmlCheck.elements(d, "node")) {
            Map<String, String> m = new HashMap<>();
            for (Element v : XmlCheck.elements(d, "attvalue")) {
                if (v.getParentNode().getParentNode() == n) {
                    m.put(titles.get(v.getAttribute("for")), v.getAttribute("value"));
                }
            }
            nodes.put(n.getAttribute("id"), m);
        }
        nodes.put("#types", types);
        return nodes;
    }

    @Test
    void gexfHasTypedCommunityAndMetricAttributesAndValidates() throws Exception {
        String xml = NetworkExport.gexf(annotated, HEADER);
        XmlCheck.validate(xml, "gexf.xsd");
        Map<String, Map<String, String>> nodes = gexfNodes(XmlCheck.parse(xml));
        assertThat(nodes.remove("#types")).containsEntry("community", "integer").containsEntry("stability", "double")
                .containsEntry("pagerank", "double").containsEntry("betweenness", "double").containsEntry("kcore", "integer")
                .containsEntry("supplierHhi", "double");
        assertThat(nodes).hasSize(117);
        // The written communities have the modularity analyze reports for this network, by a plain formula on the edges.
        Map<String, Integer> community = new HashMap<>();
        nodes.forEach((id, m) -> community.put(id, Integer.parseInt(m.get("community"))));
        double expected = new Analysis(AnalysisParameters.defaults()).communities(rare).modularity();
        assertThat(plainDirectedModularity(rare.links(), community)).isCloseTo(expected, within(1e-12));
        assertThat(expected).isCloseTo(0.2674, within(5e-5));
        for (Map<String, String> m : nodes.values()) {
            assertThat(Double.parseDouble(m.get("stability"))).isBetween(0.0, 1.0);
        }
        // Centralities equal networkx's.
        for (String key : List.of("pagerank", "betweenness", "closeness", "kcore", "largestSupplierShare", "supplierHhi",
                "clustering")) {
            String ref = switch (key) {
                case "betweenness" -> "betweenness_inverse";
                case "closeness" -> "closeness_outgoing_inverse";
                default -> key;
            };
            nodes.forEach((id, m) -> {
                JsonNode r = nx.get(ref).get(id);
                if (r == null || r.isNull() || m.get(key) == null) {
                    assertThat(m.get(key)).as(key + " " + id).isNull();
                    return;
                }
                double want = r.asDouble();
                assertThat(Double.parseDouble(m.get(key))).as(key + " " + id).isCloseTo(want, within(1e-6 * Math.max(1, Math.abs(want))));
            });
        }
        nodes.forEach((id, m) -> {
            assertThat(Double.parseDouble(m.get("hub"))).as("hub " + id).isCloseTo(nx.get("hub").get(id).asDouble(), within(1e-6));
            assertThat(Double.parseDouble(m.get("authority"))).isCloseTo(nx.get("authority").get(id).asDouble(), within(1e-6));
        });
    }

    /** Q = Σ_c [ w_cc / W − S_out(c) S_in(c) / W² ] over links exporter → importer (Leicht–Newman, γ = 1). */
    static double plainDirectedModularity(List<TradeLink> links, Map<String, Integer> community) {
        double w = 0;
        Map<Integer, Double> inside = new HashMap<>();
        Map<Integer, Double> out = new HashMap<>();
        Map<Integer, Double> in = new HashMap<>();
        for (TradeLink l : links) {
            int a = community.get(l.exporter());
            int b = community.get(l.importer());
            w += l.weight();
            out.merge(a, l.weight(), Double::sum);
            in.merge(b, l.weight(), Double::sum);
            if (a == b) {
                inside.merge(a, l.weight(), Double::sum);
            }
        }
        double q = 0;
        for (int c : out.keySet()) {
            q += inside.getOrDefault(c, 0.0) / w - out.get(c) * in.getOrDefault(c, 0.0) / (w * w);
        }
        return q;
    }

    @Test
    void graphmlDeclaresTheKeysAndValidates() throws Exception {
        String xml = NetworkExport.graphml(annotated, HEADER);
        XmlCheck.validate(xml, "graphml.xsd");
        Document d = XmlCheck.parse(xml);
        List<String> keys = XmlCheck.elements(d, "key").stream()
                .map(k -> k.getAttribute("for") + ":" + k.getAttribute("attr.name") + ":" + k.getAttribute("attr.type")).toList();
        assertThat(keys).contains("node:community:int", "node:stability:double", "node:pagerank:double", "node:hub:double",
                "node:authority:double", "node:betweenness:double", "node:closeness:double", "node:harmonic:double",
                "node:eigenvector:double", "node:clustering:double", "node:kcore:int", "node:largestSupplierShare:double");
    }

    @Test
    void csvHasTheColumnsAndPageRankSumsToOne(@TempDir Path dir) throws Exception {
        List<Path> files = NetworkExport.write(annotated, HEADER, ExportFormat.CSV, dir.resolve("re.csv"));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Files.readString(files.get(0)))).getRecords();
        assertThat(rows).hasSize(117);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsSubsequence("id", "name", "region", "subregion", "community",
                "stability", "pagerank", "hub", "authority", "betweenness", "closeness", "harmonic", "eigenvector", "clustering",
                "kcore", "largestSupplierShare", "supplierHhi");
        double sum = rows.stream().mapToDouble(r -> Double.parseDouble(r.get("pagerank"))).sum();
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        assertThat(rows.stream().map(r -> r.get("community")).distinct().count()).isGreaterThanOrEqualTo(4);
    }
}
