package org.tradenet.report.export;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.tradenet.data.Country;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.AtomicFiles;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;

/**
 * Writes a network with its node attributes as GEXF 1.2, GraphML or CSV node and edge
 * tables, for Gephi, Cytoscape, yEd, igraph, networkx or a spreadsheet.
 *
 * <p>What is written, in every format:
 * <ul>
 * <li>nodes in the network's node order: {@code id} (ISO3 or the id as given), {@code name}
 *     (the country's name; in GEXF the node's own {@code label}), then the extra {@link NodeColumn}s, typed;</li>
 * <li>edges in the network's link order, directed exporter → importer (undirected when the
 *     network is): {@code weight} (as the network's weight kind says: USD, tonnes or share),
 *     {@code valueUsd} (USD), {@code quantityTonnes} (tonnes; missing where no flow of the link
 *     has one) and {@code productFlows} (how many product flows were summed).</li>
 * </ul>
 * The GEXF writer is JGraphT's ({@code jgrapht-io}), the GraphML writer the JDK's StAX
 * writer; both escape every name and value for XML, and characters XML 1.0 forbids (control
 * characters) are replaced by U+FFFD first. CSV cells go through {@link Table#csvCell}, which quotes them and defuses spreadsheet
 * formulas. The output has no time stamp: the same network gives the same bytes.
 */
public final class NetworkExport {

    private NetworkExport() {
    }

    /**
     * The network as a GEXF 1.2 document; {@code header} becomes its meta description.
     *
     * @param net the network (links exporter to importer, weighted) with its node columns
     * @param header data, parameters and seed of the run
     * @return the GEXF document
     */
    public static String gexf(AttributedNetwork net, ReportHeader header) {
        TradeNetwork network = net.network();
        Map<String, String> ids = Xml.ids(network.countries().stream().map(org.tradenet.data.Country::id).toList());
        GEXFExporter<String, TradeLink> ex = new GEXFExporter<>(ids::get, edgeIds(network));
        ex.setCreator("tradenet");
        ex.setDescription(Xml.clean(describe(header)));
        ex.setKeywords("trade network");
        ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, false);
        for (NodeColumn c : net.columns()) {
            ex.registerAttribute(c.name(), GEXFExporter.AttributeCategory.NODE, gexfType(c.type()));
        }
        ex.registerAttribute("valueUsd", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
        ex.registerAttribute("quantityTonnes", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
        ex.registerAttribute("productFlows", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
        ex.setVertexAttributeProvider(nodeAttributes(net));
        ex.setEdgeAttributeProvider(NetworkExport::edgeAttributes);
        StringWriter w = new StringWriter();
        ex.exportGraph(network.graph(), w);
        return w.toString().stripTrailing() + "\n";
    }

    /**
     * The network as a GraphML document; {@code header} becomes the graph's {@code description}
     * (see {@link GraphMlWriter} for why this one is not JGraphT's).
     *
     * @param net the network (links exporter to importer, weighted) with its node columns
     * @param header data, parameters and seed of the run
     * @return the GraphML document
     */
    public static String graphml(AttributedNetwork net, ReportHeader header) {
        return GraphMlWriter.write(net, describe(header));
    }

    /**
     * The node table: {@code id, name}, then the extra columns.
     *
     * @param net the network with its node columns
     * @return one row per node, in the network's node order
     */
    public static Table nodeTable(AttributedNetwork net) {
        List<String> header = new ArrayList<>(List.of("id", "name"));
        net.columns().forEach(c -> header.add(c.name()));
        Table t = new Table(header);
        TradeNetwork network = net.network();
        for (int i = 0; i < network.nodeCount(); i++) {
            Country c = network.country(i);
            List<String> row = new ArrayList<>(List.of(c.id(), c.name()));
            for (NodeColumn col : net.columns()) {
                row.add(col.text(i));
            }
            t.row(row);
        }
        return t;
    }

    /**
     * The edge table: {@code source, target, weight, valueUsd, quantityTonnes, productFlows}.
     *
     * @param net the network; each link runs from its exporter (source) to its importer (target)
     * @return one row per link; weight is the link's weight, valueUsd its trade value in USD
     */
    public static Table edgeTable(AttributedNetwork net) {
        Table t = new Table("source", "target", "weight", "valueUsd", "quantityTonnes", "productFlows");
        for (TradeLink l : net.network().links()) {
            t.row(l.exporter(), l.importer(), Numbers.raw(l.weight()), Numbers.raw(l.valueUsd()),
                    Numbers.raw(l.quantityTonnes()), Integer.toString(l.productFlows()));
        }
        return t;
    }

    /**
     * Writes the network to {@code target}, each file whole or not at all, and returns the
     * files written. GEXF and GraphML write one file. CSV writes two: when {@code target} is
     * an existing directory, {@code NAME-nodes.csv} and
     * {@code NAME-edges.csv} in it, NAME being the network's name; otherwise
     * {@code STEM-nodes.csv} and {@code STEM-edges.csv} beside it, STEM being {@code target}
     * without a {@code .csv} ending.
     *
     * @param net the network with its node columns
     * @param header data, parameters and seed of the run, written into each file
     * @param format GEXF, GraphML or CSV
     * @param target the file, or for CSV a directory or the stem of the two files
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(AttributedNetwork net, ReportHeader header, ExportFormat format, Path target)
            throws IOException {
        return switch (format) {
            case GEXF -> {
                AtomicFiles.writeString(target, gexf(net, header));
                yield List.of(target);
            }
            case GRAPHML -> {
                AtomicFiles.writeString(target, graphml(net, header));
                yield List.of(target);
            }
            case CSV -> {
                Path[] files = csvFiles(target, net.network().name());
                AtomicFiles.writeString(files[0], nodeTable(net).toCsv());
                AtomicFiles.writeString(files[1], edgeTable(net).toCsv());
                yield List.of(files);
            }
        };
    }

    /**
     * The node and edge files CSV export writes for {@code target} (see {@link #write}).
     *
     * @param target the CSV target as given to {@link #write}
     * @param networkName the network's name, used when {@code target} is a directory
     * @return the node file, then the edge file
     */
    public static Path[] csvFiles(Path target, String networkName) {
        if (Files.isDirectory(target)) {
            String stem = networkName.replaceAll("[^A-Za-z0-9._-]", "_");
            return new Path[] {target.resolve(stem + "-nodes.csv"), target.resolve(stem + "-edges.csv")};
        }
        String name = target.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return new Path[] {target.resolveSibling(stem + "-nodes.csv"), target.resolveSibling(stem + "-edges.csv")};
    }

    private static Function<TradeLink, String> edgeIds(TradeNetwork network) {
        Map<TradeLink, String> ids = new java.util.IdentityHashMap<>();
        List<TradeLink> links = network.links();
        for (int e = 0; e < links.size(); e++) {
            ids.put(links.get(e), "e" + e);
        }
        return ids::get;
    }

    private static Function<String, Map<String, Attribute>> nodeAttributes(AttributedNetwork net) {
        TradeNetwork network = net.network();
        return id -> {
            int i = network.indexOf(id).orElseThrow();
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(Xml.clean(network.country(i).name())));
            for (NodeColumn c : net.columns()) {
                if (!c.isMissing(i)) {
                    m.put(c.name(), new DefaultAttribute<>(Xml.clean(c.text(i)), graphmlType(c.type())));
                }
            }
            return m;
        };
    }

    private static Map<String, Attribute> edgeAttributes(TradeLink l) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put("valueUsd", new DefaultAttribute<>(Numbers.raw(l.valueUsd()), org.jgrapht.nio.AttributeType.DOUBLE));
        if (!Double.isNaN(l.quantityTonnes())) {
            m.put("quantityTonnes", new DefaultAttribute<>(Numbers.raw(l.quantityTonnes()), org.jgrapht.nio.AttributeType.DOUBLE));
        }
        m.put("productFlows", new DefaultAttribute<>(Integer.toString(l.productFlows()), org.jgrapht.nio.AttributeType.INT));
        return m;
    }

    private static GEXFAttributeType gexfType(AttributeType t) {
        return switch (t) {
            case STRING -> GEXFAttributeType.STRING;
            case INTEGER -> GEXFAttributeType.INTEGER;
            case DOUBLE -> GEXFAttributeType.DOUBLE;
        };
    }

    private static org.jgrapht.nio.AttributeType graphmlType(AttributeType t) {
        return switch (t) {
            case STRING -> org.jgrapht.nio.AttributeType.STRING;
            case INTEGER -> org.jgrapht.nio.AttributeType.INT;
            case DOUBLE -> org.jgrapht.nio.AttributeType.DOUBLE;
        };
    }

    /** The header flattened to one paragraph: title, data, then "key: value" pairs and notes. */
    static String describe(ReportHeader header) {
        StringBuilder sb = new StringBuilder(header.title());
        sentence(sb, "Data: " + header.data());
        header.parameters().forEach((k, v) -> sentence(sb, k + ": " + v));
        header.notes().forEach(n -> sentence(sb, "Note: " + n));
        return sb.toString();
    }

    private static void sentence(StringBuilder sb, String s) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '.') {
            sb.append('.');
        }
        sb.append(' ').append(s);
    }
}
