package org.tradenet.report.export;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tradenet.data.Country;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.Numbers;

/**
 * GraphML through the JDK's StAX writer, which escapes every name and value. Written here
 * rather than with JGraphT's {@code GraphMLExporter} because that one (1.5.2) declares
 * graph-level keys but never writes their data, so the file could not say what it holds.
 *
 * <p>Keys: graph {@code description}; node {@code name} and one key per {@link
 * NodeColumn}; edge {@code weight}, {@code valueUsd}, {@code quantityTonnes},
 * {@code productFlows}. Key ids are {@code g_NAME}, {@code n_NAME} and {@code e_NAME}.
 */
final class GraphMlWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamWriter w;
    private int depth;

    private GraphMlWriter(XMLStreamWriter w) {
        this.w = w;
    }

    static String write(AttributedNetwork net, String description) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new GraphMlWriter(x).document(net, description);
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GraphML: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private void document(AttributedNetwork net, String description) throws XMLStreamException {
        TradeNetwork network = net.network();
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.setDefaultNamespace(NS);
        w.writeStartElement(NS, "graphml");
        w.writeDefaultNamespace(NS);
        w.writeNamespace("xsi", XSI);
        w.writeAttribute(XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        depth++;
        key("g_description", "graph", "description", "string");
        key("n_name", "node", "name", "string");
        for (NodeColumn c : net.columns()) {
            key("n_" + c.name(), "node", c.name(), type(c.type()));
        }
        key("e_weight", "edge", "weight", "double");
        key("e_valueUsd", "edge", "valueUsd", "double");
        key("e_quantityTonnes", "edge", "quantityTonnes", "double");
        key("e_productFlows", "edge", "productFlows", "int");
        start("graph");
        w.writeAttribute("id", Xml.clean(network.name()));
        w.writeAttribute("edgedefault", network.directed() ? "directed" : "undirected");
        depth++;
        data("g_description", description);
        Map<String, String> ids = Xml.ids(network.countries().stream().map(Country::id).toList());
        for (int i = 0; i < network.nodeCount(); i++) {
            Country c = network.country(i);
            start("node");
            w.writeAttribute("id", ids.get(c.id()));
            depth++;
            data("n_name", c.name());
            for (NodeColumn col : net.columns()) {
                if (!col.isMissing(i)) {
                    data("n_" + col.name(), col.text(i));
                }
            }
            end();
        }
        List<TradeLink> links = network.links();
        for (int e = 0; e < links.size(); e++) {
            TradeLink l = links.get(e);
            start("edge");
            w.writeAttribute("id", "e" + e);
            w.writeAttribute("source", ids.get(l.exporter()));
            w.writeAttribute("target", ids.get(l.importer()));
            depth++;
            data("e_weight", Numbers.raw(l.weight()));
            data("e_valueUsd", Numbers.raw(l.valueUsd()));
            if (!Double.isNaN(l.quantityTonnes())) {
                data("e_quantityTonnes", Numbers.raw(l.quantityTonnes()));
            }
            data("e_productFlows", Integer.toString(l.productFlows()));
            end();
        }
        end();
        depth--;
        newline();
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
    }

    private void key(String id, String domain, String name, String type) throws XMLStreamException {
        newline();
        w.writeEmptyElement(NS, "key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", domain);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private void data(String key, String value) throws XMLStreamException {
        newline();
        w.writeStartElement(NS, "data");
        w.writeAttribute("key", key);
        w.writeCharacters(Xml.clean(value));
        w.writeEndElement();
    }

    private void start(String element) throws XMLStreamException {
        newline();
        w.writeStartElement(NS, element);
    }

    private void end() throws XMLStreamException {
        depth--;
        newline();
        w.writeEndElement();
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static String type(AttributeType t) {
        return switch (t) {
            case STRING -> "string";
            case INTEGER -> "int";
            case DOUBLE -> "double";
        };
    }
}
