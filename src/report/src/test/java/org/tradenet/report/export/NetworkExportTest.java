package org.tradenet.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.TestNetworks;
import org.tradenet.report.XmlCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class NetworkExportTest {

    static TradeNetwork rare;
    static final ReportHeader HEADER = new ReportHeader("test <export>", "data & more", Map.of("weight", "trade value (USD)"),
            List.of("a note"));

    @BeforeAll
    static void load() throws Exception {
        rare = TradeNetwork.load("rare-earths");
    }

    static AttributedNetwork hostile() {
        TradeNetwork net = TestNetworks.hostile();
        return NodeAttributeProviders.standard().annotate(net, List.of("regions", "strength", "degree"))
                .with(NodeColumn.ofIntegers("community", "test groups", new int[] {0, 1, 0, 1}))
                .with(NodeColumn.ofDoubles("pagerank", "test scores", new double[] {0.4, Double.NaN, 0.25, 0.35}));
    }

    // ---- GEXF ----

    @Test
    void gexfOfTheHostileNetworkIsValidAndReadsBackExactly() throws Exception {
        AttributedNetwork net = hostile();
        String xml = NetworkExport.gexf(net, HEADER);
        XmlCheck.validate(xml, "gexf.xsd");
        assertThat(xml).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;");
        Document d = XmlCheck.parse(xml);
        Map<String, String> titles = new HashMap<>();
        for (Element a : XmlCheck.elements(d, "attribute")) {
            String cls = ((Element) a.getParentNode()).getAttribute("class");
            titles.put(cls + ":" + a.getAttribute("id"), a.getAttribute("title") + "/" + a.getAttribute("type"));
        }
        assertThat(titles).containsValues("region/string", "community/integer", "pagerank/double", "outDegree/integer",
                "valueUsd/double", "quantityTonnes/double", "productFlows/integer");
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        for (Element n : XmlCheck.elements(d, "node")) {
            Map<String, String> attrs = new HashMap<>();
            attrs.put("label", n.getAttribute("label"));
            for (Element v : XmlCheck.elements(d, "attvalue")) {
                if (v.getParentNode().getParentNode() == n) {
                    attrs.put(titles.get("node:" + v.getAttribute("for")).split("/")[0], v.getAttribute("value"));
                }
            }
            nodes.put(n.getAttribute("id"), attrs);
        }
        assertThat(nodes.keySet()).containsExactly("CHN", "EVL", "HYP", "USA");
        // node order is by id: CHN, EVL, HYP, USA; community {0, 1, 0, 1}, pagerank {0.4, NaN, 0.25, 0.35}
        assertThat(nodes.get("EVL")).containsEntry("label", TestNetworks.SCRIPT).containsEntry("region", "Asia & \"Pacific\"")
                .containsEntry("subregion", "<b>bold</b>").containsEntry("community", "1").containsEntry("outStrength", "25.5")
                .doesNotContainKey("pagerank");
        assertThat(nodes.get("HYP")).containsEntry("label", TestNetworks.FORMULA).containsEntry("subregion", "bell\uFFFDring")
                .containsEntry("community", "0").containsEntry("pagerank", "0.25");
        assertThat(nodes.get("CHN")).containsEntry("outStrength", "150").containsEntry("inStrength", "50")
                .containsEntry("outDegree", "2").containsEntry("inDegree", "2").containsEntry("label", "China")
                .containsEntry("pagerank", "0.4");
        List<Element> edges = XmlCheck.elements(d, "edge");
        assertThat(edges).hasSize(5);
        Element chnEvl = edges.stream().filter(e -> e.getAttribute("source").equals("CHN") && e.getAttribute("target").equals("EVL"))
                .findFirst().orElseThrow();
        assertThat(Double.parseDouble(chnEvl.getAttribute("weight"))).isEqualTo(50.0);
        assertThat(XmlCheck.children(XmlCheck.children(chnEvl, "attvalues").get(0), "attvalue")).hasSize(2); // no quantity
        assertThat(XmlCheck.elements(d, "graph").get(0).getAttribute("defaultedgetype")).isEqualTo("directed");
        assertThat(XmlCheck.elements(d, "description").get(0).getTextContent()).startsWith("test <export>. Data: data & more.");
    }

    @Test
    void missingDoubleValuesAreLeftOut() throws Exception {
        String xml = NetworkExport.gexf(hostile(), HEADER);
        Document d = XmlCheck.parse(xml);
        String pagerankId = XmlCheck.elements(d, "attribute").stream().filter(a -> a.getAttribute("title").equals("pagerank"))
                .findFirst().orElseThrow().getAttribute("id");
        Element evl = XmlCheck.elements(d, "node").stream().filter(n -> n.getAttribute("id").equals("EVL")).findFirst().orElseThrow();
        Element hyp = XmlCheck.elements(d, "node").stream().filter(n -> n.getAttribute("id").equals("HYP")).findFirst().orElseThrow();
        // node order CHN, EVL, HYP, USA: the NaN is EVL's (index 1)
        assertThat(attvalue(evl, pagerankId)).isNull();
        assertThat(attvalue(hyp, pagerankId)).isEqualTo("0.25");
    }

    private static String attvalue(Element node, String forId) {
        for (Element v : XmlCheck.children(XmlCheck.children(node, "attvalues").get(0), "attvalue")) {
            if (v.getAttribute("for").equals(forId)) {
                return v.getAttribute("value");
            }
        }
        return null;
    }

    @Test
    void gexfOfTheRareEarthNetworkIsValidAndItsStrengthsMatchItsEdges() throws Exception {
        AttributedNetwork net = NodeAttributeProviders.standard().annotate(rare, NodeAttributeProviders.DEFAULT);
        String xml = NetworkExport.gexf(net, HEADER);
        XmlCheck.validate(xml, "gexf.xsd");
        Document d = XmlCheck.parse(xml);
        assertThat(XmlCheck.elements(d, "node")).hasSize(117);
        assertThat(XmlCheck.elements(d, "edge")).hasSize(rare.linkCount());
        // A second computation of strength, from the written edges alone.
        Map<String, Double> out = new HashMap<>();
        double total = 0;
        for (Element e : XmlCheck.elements(d, "edge")) {
            double w = Double.parseDouble(e.getAttribute("weight"));
            out.merge(e.getAttribute("source"), w, Double::sum);
            total += w;
        }
        assertThat(total).isCloseTo(rare.totalValueUsd(), within(1e-3));
        String outId = XmlCheck.elements(d, "attribute").stream().filter(a -> a.getAttribute("title").equals("outStrength"))
                .findFirst().orElseThrow().getAttribute("id");
        for (Element n : XmlCheck.elements(d, "node")) {
            double written = Double.parseDouble(attvalue(n, outId));
            assertThat(written).isCloseTo(out.getOrDefault(n.getAttribute("id"), 0.0), within(1e-6 * Math.max(1, written)));
        }
        assertThat(NetworkExport.gexf(net, HEADER)).isEqualTo(xml); // deterministic
    }

    @Test
    void theSchemasRejectWhatTheyShould() throws Exception {
        String gexf = NetworkExport.gexf(hostile(), HEADER);
        assertThatThrownBy(() -> XmlCheck.validate(gexf.replace("defaultedgetype=\"directed\"", "defaultedgetype=\"sideways\""),
                "gexf.xsd")).hasMessageContaining("sideways");
        String graphml = NetworkExport.graphml(hostile(), HEADER);
        assertThatThrownBy(() -> XmlCheck.validate(graphml.replace("<data key=\"e_weight\">", "<datum key=\"e_weight\">")
                .replace("</data>\n    </edge>", "</datum>\n    </edge>"), "graphml.xsd")).isInstanceOf(org.xml.sax.SAXException.class);
    }

    // ---- GraphML ----

    @Test
    void graphmlOfTheHostileNetworkIsValidAndReadsBackExactly() throws Exception {
        String xml = NetworkExport.graphml(hostile(), HEADER);
        XmlCheck.validate(xml, "graphml.xsd");
        assertThat(xml).doesNotContain("<script>").doesNotContain("<b>");
        Document d = XmlCheck.parse(xml);
        Map<String, String> keys = new HashMap<>();
        for (Element k : XmlCheck.elements(d, "key")) {
            keys.put(k.getAttribute("id"), k.getAttribute("for") + ":" + k.getAttribute("attr.name") + ":" + k.getAttribute("attr.type"));
        }
        assertThat(keys.values()).contains("node:name:string", "node:community:int", "node:pagerank:double",
                "edge:weight:double", "edge:valueUsd:double", "edge:quantityTonnes:double", "edge:productFlows:int",
                "graph:description:string");
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        for (Element n : XmlCheck.elements(d, "node")) {
            Map<String, String> m = new HashMap<>();
            for (Element x : XmlCheck.children(n, "data")) {
                m.put(keys.get(x.getAttribute("key")).split(":")[1], x.getTextContent());
            }
            nodes.put(n.getAttribute("id"), m);
        }
        assertThat(nodes.keySet()).containsExactly("CHN", "EVL", "HYP", "USA");
        assertThat(nodes.get("EVL")).containsEntry("name", TestNetworks.SCRIPT).containsEntry("subregion", "<b>bold</b>")
                .doesNotContainKey("pagerank");
        assertThat(nodes.get("HYP")).containsEntry("name", TestNetworks.FORMULA).containsEntry("pagerank", "0.25")
                .containsEntry("subregion", "bell\uFFFDring");
        Map<String, Double> weights = new HashMap<>();
        for (Element e : XmlCheck.elements(d, "edge")) {
            for (Element x : XmlCheck.children(e, "data")) {
                if (keys.get(x.getAttribute("key")).startsWith("edge:weight")) {
                    weights.put(e.getAttribute("source") + ">" + e.getAttribute("target"), Double.parseDouble(x.getTextContent()));
                }
            }
        }
        assertThat(weights).containsExactlyInAnyOrderEntriesOf(Map.of("CHN>USA", 100.0, "CHN>EVL", 50.0, "EVL>HYP", 25.5,
                "HYP>CHN", 10.0, "USA>CHN", 40.0));
        assertThat(XmlCheck.elements(d, "graph").get(0).getAttribute("edgedefault")).isEqualTo("directed");
    }

    @Test
    void graphmlOfTheRareEarthNetworkIsValid() throws Exception {
        AttributedNetwork net = NodeAttributeProviders.standard().annotate(rare, List.of("regions", "strength", "degree"));
        String xml = NetworkExport.graphml(net, HEADER);
        XmlCheck.validate(xml, "graphml.xsd");
        Document d = XmlCheck.parse(xml);
        assertThat(XmlCheck.elements(d, "node")).hasSize(rare.nodeCount());
        assertThat(XmlCheck.elements(d, "edge")).hasSize(rare.linkCount());
    }

    @Test
    void anUndirectedNetworkIsWrittenUndirected() throws Exception {
        TradeNetwork und = TradeNetwork.load("rare-earths", org.tradenet.network.NetworkSpec.defaults().withDirected(false));
        AttributedNetwork net = AttributedNetwork.of(und);
        Document g = XmlCheck.parse(NetworkExport.graphml(net, HEADER));
        assertThat(XmlCheck.elements(g, "graph").get(0).getAttribute("edgedefault")).isEqualTo("undirected");
        String gexf = NetworkExport.gexf(net, HEADER);
        XmlCheck.validate(gexf, "gexf.xsd");
        assertThat(XmlCheck.elements(XmlCheck.parse(gexf), "graph").get(0).getAttribute("defaultedgetype")).isEqualTo("undirected");
    }

    // ---- CSV ----

    @Test
    void csvTablesDefuseFormulasAndRoundTripValues(@TempDir Path dir) throws Exception {
        List<Path> files = NetworkExport.write(hostile(), HEADER, ExportFormat.CSV, dir.resolve("out.csv"));
        assertThat(files).containsExactly(dir.resolve("out-nodes.csv"), dir.resolve("out-edges.csv"));
        List<CSVRecord> nodes = csv(files.get(0));
        assertThat(nodes.get(0).toList()).containsExactly("id", "name", "region", "subregion", "outStrength", "inStrength",
                "outDegree", "inDegree", "community", "pagerank");
        CSVRecord hyp = nodes.stream().filter(r -> r.get(0).equals("HYP")).findFirst().orElseThrow();
        assertThat(hyp.get(1)).isEqualTo("'" + TestNetworks.FORMULA);
        CSVRecord evl = nodes.stream().filter(r -> r.get(0).equals("EVL")).findFirst().orElseThrow();
        assertThat(evl.get(1)).isEqualTo(TestNetworks.SCRIPT);
        assertThat(evl.get(2)).isEqualTo("Asia & \"Pacific\"");
        assertThat(evl.get(9)).isEmpty(); // NaN pagerank
        List<CSVRecord> edges = csv(files.get(1));
        assertThat(edges.get(0).toList()).containsExactly("source", "target", "weight", "valueUsd", "quantityTonnes", "productFlows");
        assertThat(edges).hasSize(6);
        CSVRecord chnEvl = edges.stream().filter(r -> r.get(0).equals("CHN") && r.get(1).equals("EVL")).findFirst().orElseThrow();
        assertThat(chnEvl.get(3)).isEqualTo("50");
        assertThat(chnEvl.get(4)).isEmpty();
    }

    @Test
    void csvOfTheRareEarthNetworkSumsToItsTotal(@TempDir Path dir) throws Exception {
        List<Path> files = NetworkExport.write(AttributedNetwork.of(rare), HEADER, ExportFormat.CSV, dir);
        assertThat(files).containsExactly(dir.resolve("rare-earths-nodes.csv"), dir.resolve("rare-earths-edges.csv"));
        double total = 0;
        List<CSVRecord> edges = csv(files.get(1));
        for (CSVRecord r : edges.subList(1, edges.size())) {
            total += Double.parseDouble(r.get(3)); // valueUsd
        }
        assertThat(total).isCloseTo(rare.totalValueUsd(), within(1e-3));
        assertThat(csv(files.get(0))).hasSize(rare.nodeCount() + 1);
        try (var s = Files.list(dir)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    private static List<CSVRecord> csv(Path p) throws Exception {
        return CSVFormat.DEFAULT.parse(new StringReader(Files.readString(p))).getRecords();
    }

    @Test
    void csvFileNames() {
        assertThat(NetworkExport.csvFiles(Path.of("a", "net.csv"), "x")).containsExactly(Path.of("a", "net-nodes.csv"),
                Path.of("a", "net-edges.csv"));
        assertThat(NetworkExport.csvFiles(Path.of("a", "net"), "x")).containsExactly(Path.of("a", "net-nodes.csv"),
                Path.of("a", "net-edges.csv"));
    }

    @Test
    void csvIntoAnExistingDirectoryIsNamedAfterTheNetwork(@TempDir Path dir) {
        assertThat(NetworkExport.csvFiles(dir, "my net")).containsExactly(dir.resolve("my_net-nodes.csv"),
                dir.resolve("my_net-edges.csv"));
    }

    // ---- columns and the registry ----

    @Test
    void columnsAreCheckedAgainstTheNetwork() {
        TradeNetwork net = TestNetworks.hostile();
        assertThatThrownBy(() -> AttributedNetwork.of(net).with(NodeColumn.ofIntegers("community", "", new int[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 values, the network 4 nodes");
        assertThatThrownBy(() -> AttributedNetwork.of(net).with(NodeColumn.ofIntegers("Weight", "", new int[4])))
                .hasMessageContaining("reserved");
        assertThatThrownBy(() -> AttributedNetwork.of(net).with(List.of(NodeColumn.ofIntegers("a", "", new int[4]),
                NodeColumn.ofIntegers("A", "", new int[4])))).hasMessageContaining("given twice");
        assertThatThrownBy(() -> NodeColumn.ofIntegers("has space", "", new int[4])).hasMessageContaining("must start");
        assertThatThrownBy(() -> NodeColumn.ofDoubles("x", "", new double[] {Double.POSITIVE_INFINITY}))
                .hasMessageContaining("infinite");
        int[] values = {1, 2, 3, 4};
        NodeColumn c = NodeColumn.ofIntegers("c", "", values);
        values[0] = 99;
        assertThat(c.text(0)).isEqualTo("1");
    }

    @Test
    void theRegistryResolvesNamesAndTakesNewProviders() {
        NodeAttributeProviders reg = NodeAttributeProviders.standard();
        assertThat(reg.names()).containsExactly("regions", "strength", "degree");
        assertThatThrownBy(() -> reg.get("clusters")).hasMessageContaining("choose from regions, strength, degree");
        NodeAttributeProviders more = reg.with(NodeAttributeProvider.of("blocs", "test", net ->
                List.of(NodeColumn.ofIntegers("bloc", "", new int[net.nodeCount()]))));
        assertThat(more.names()).containsExactly("regions", "strength", "degree", "blocs");
        assertThat(reg.names()).hasSize(3);
        AttributedNetwork a = more.annotate(TestNetworks.hostile(), List.of("blocs", "degree"));
        assertThat(a.columns()).extracting(NodeColumn::name).containsExactly("bloc", "outDegree", "inDegree");
        assertThatThrownBy(() -> more.annotate(TestNetworks.hostile(), List.of("degree", "degree")))
                .hasMessageContaining("given twice");
    }

    @Test
    void xmlCleanReplacesOnlyForbiddenCharacters() {
        assertThat(Xml.clean("plain <&> \"text\"\t\n")).isEqualTo("plain <&> \"text\"\t\n");
        assertThat(Xml.clean("a\u0000b\u001fc\uFFFEd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(Xml.clean("emoji \uD83D\uDE00 ok")).isEqualTo("emoji \uD83D\uDE00 ok");
        assertThat(Xml.clean("lone \uD83D x \uDE00")).isEqualTo("lone \uFFFD x \uFFFD");
    }

    @Test
    void strengthOfTheHostileNetwork() {
        AttributedNetwork a = NodeAttributeProviders.standard().annotate(TestNetworks.hostile(), List.of("strength"));
        // CHN exports 100 + 50, imports 10 + 40.
        assertThat(a.columns().get(0).text(0)).isEqualTo("150");
        assertThat(a.columns().get(1).text(0)).isEqualTo("50");
        double sum = 0;
        for (TradeLink l : a.network().links()) {
            sum += l.weight();
        }
        assertThat(sum).isEqualTo(225.5);
    }
}
