package org.tradenet.report;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parsing and schema validation of written XML, offline (schemas from test-fixtures/schemas). */
public final class XmlCheck {

    private XmlCheck() {
    }

    /** Parses namespace-aware with the JDK parser; DTDs and external entities are refused. */
    public static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** Validates against a schema file in test-fixtures/schemas; throws with the first error. */
    public static void validate(String xml, String schemaFile) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = sf.newSchema(Path.of("test-fixtures", "schemas", schemaFile).toFile());
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.validate(new StreamSource(new StringReader(xml)));
    }

    /** The elements of a local name in any namespace, in document order. */
    public static List<Element> elements(Document d, String localName) {
        NodeList list = d.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** The child elements of a local name. */
    public static List<Element> children(Element e, String localName) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element x && x.getLocalName().equals(localName)) {
                out.add(x);
            }
        }
        return out;
    }
}
