package org.tradenet.report.text;

import org.tradenet.report.ControlCharacters;
import org.tradenet.report.Markdown;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tradenet.metrics.NetworkSummary;
import org.tradenet.report.Json;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;

/** Renders a {@link NetworkSummary} in every {@link OutputFormat}. */
public final class SummaryReport {

    private SummaryReport() {
    }

    /**
     * The summary of a trade network in {@code format}, header first.
     *
     * @param header what the report says first
     * @param s      the summary
     * @param format the output format
     * @return the rendered summary
     */
    public static String render(ReportHeader header, NetworkSummary s, OutputFormat format) {
        return render(header, s, format, true);
    }

    /**
     * The summary in {@code format}, header first, in the words of trade data (countries,
     * exporters, USD) or, for a generic graph, of a weighted directed graph (nodes, out- and
     * in-strength, weights as given). JSON and CSV keep their keys in both cases; the header's
     * weight line says what the numbers mean.
     *
     * @param header    what the report says first
     * @param s         the summary
     * @param format    the output format
     * @param countries true for trade data, false for a generic graph
     * @return the rendered summary
     */
    public static String render(ReportHeader header, NetworkSummary s, OutputFormat format, boolean countries) {
        return switch (format) {
            case TEXT -> header.toText() + text(s, false, countries);
            case MARKDOWN -> header.toMarkdown() + text(s, true, countries);
            case JSON -> Json.write(json(header, s));
            case CSV -> countries(s).toCsv();
        };
    }

    private static String text(NetworkSummary s, boolean md, boolean countries) {
        StringBuilder sb = new StringBuilder();
        tables(s, countries).forEach((title, t) -> section(sb, title, t, md));
        return sb.toString();
    }

    /**
     * The summary's tables as text cells, keyed by section title in reading order: "Network",
     * "Top exporters", "Top importers" and, for directed networks, "Supplier dependence of the
     * largest importers". Every renderer (text, Markdown, HTML) lays out these same tables.
     *
     * @param s the summary of a trade network
     * @return the tables by title
     */
    public static java.util.Map<String, Table> tables(NetworkSummary s) {
        return tables(s, true);
    }

    /**
     * The summary's tables, in the words of trade data or, with {@code countries} false, of a
     * generic weighted graph: "Network", "Largest out-strength", "Largest in-strength" and
     * "In-neighbour concentration of the largest receivers"; amounts as plain numbers, no
     * currency, no tonnes.
     *
     * @param s         the summary
     * @param countries true for trade data, false for a generic graph
     * @return the tables by title, in reading order
     */
    public static java.util.Map<String, Table> tables(NetworkSummary s, boolean countries) {
        Terms w = countries ? Terms.TRADE : Terms.GRAPH;
        java.util.Map<String, Table> out = new java.util.LinkedHashMap<>();
        Table facts = new Table("measure", "value")
                .row(w.nodes, String.valueOf(s.nodes()))
                .row(w.links, String.valueOf(s.links()))
                .row(w.total, w.amount(s.totalValueUsd()));
        if (countries) {
            facts.row("total quantity", Numbers.tonnes(s.totalQuantityTonnes()));
        }
        facts.row("density", Numbers.fixed(s.density(), 4))
                .row("reciprocity (binary)", Numbers.fixed(s.reciprocity(), 4))
                .row(w.hhi, Numbers.fixed(s.exportHhi(), 4))
                .row(w.top1, Numbers.pct(s.exportTop1Share()))
                .row(w.top3, Numbers.pct(s.exportTop3Share()));
        out.put("Network", facts);
        Table ex = new Table("rank", w.exporter, "name", w.exports, "share");
        int r = 1;
        for (NetworkSummary.Trader t : s.topExporters()) {
            ex.row(String.valueOf(r++), t.id(), t.name(), Numbers.usd(t.valueUsd()), Numbers.pct(t.share()));
        }
        out.put(w.topExporters, ex);
        Table im = new Table("rank", w.importer, "name", w.imports, "share");
        r = 1;
        for (NetworkSummary.Trader t : s.topImporters()) {
            im.row(String.valueOf(r++), t.id(), t.name(), Numbers.usd(t.valueUsd()), Numbers.pct(t.share()));
        }
        out.put(w.topImporters, im);
        if (!s.dependence().isEmpty()) {
            Table dep = new Table(w.importer, w.imports, w.suppliers, w.largestSupplier, "its share", w.supplierHhi);
            for (NetworkSummary.Dependence d : s.dependence()) {
                dep.row(d.importer(), Numbers.usd(d.importsUsd()), String.valueOf(d.suppliers()), d.largestSupplier(),
                        Numbers.pct(d.largestShare()), Numbers.fixed(d.supplierHhi(), 3));
            }
            out.put(w.dependence, dep);
        }
        return out;
    }

    /** The words of the summary for trade data and for a generic weighted directed graph. */
    private enum Terms {
        TRADE("countries (nodes)", "links (exporter -> importer)", "total value", "export HHI", "largest exporter's share",
                "three largest exporters' share", "exporter", "exports (USD)", "Top exporters", "importer", "imports (USD)",
                "Top importers", "suppliers", "largest supplier", "supplier HHI",
                "Supplier dependence of the largest importers"),
        GRAPH("nodes", "edges (source -> target)", "total weight", "out-strength HHI", "largest node's share of out-strength",
                "three largest nodes' share of out-strength", "node", "out-strength", "Largest out-strength", "node",
                "in-strength", "Largest in-strength", "in-neighbours", "largest in-neighbour", "in-neighbour HHI",
                "In-neighbour concentration of the largest receivers");

        final String nodes, links, total, hhi, top1, top3, exporter, exports, topExporters, importer, imports,
                topImporters, suppliers, largestSupplier, supplierHhi, dependence;

        Terms(String nodes, String links, String total, String hhi, String top1, String top3, String exporter,
              String exports, String topExporters, String importer, String imports, String topImporters,
              String suppliers, String largestSupplier, String supplierHhi, String dependence) {
            this.nodes = nodes;
            this.links = links;
            this.total = total;
            this.hhi = hhi;
            this.top1 = top1;
            this.top3 = top3;
            this.exporter = exporter;
            this.exports = exports;
            this.topExporters = topExporters;
            this.importer = importer;
            this.imports = imports;
            this.topImporters = topImporters;
            this.suppliers = suppliers;
            this.largestSupplier = largestSupplier;
            this.supplierHhi = supplierHhi;
            this.dependence = dependence;
        }

        String amount(double v) {
            return this == TRADE ? "USD " + Numbers.usd(v) : Numbers.usd(v);
        }
    }

    private static void section(StringBuilder sb, String title, Table t, boolean md) {
        if (md) {
            sb.append("## ").append(ControlCharacters.prose(title, true)).append("\n\n").append(t.toMarkdown()).append('\n');
        } else {
            sb.append(ControlCharacters.visible(title)).append('\n').append(t.toText()).append('\n');
        }
    }

    private static Table countries(NetworkSummary s) {
        Table t = new Table("role", "rank", "id", "name", "valueUsd", "share");
        int r = 1;
        for (NetworkSummary.Trader x : s.topExporters()) {
            t.row("exporter", String.valueOf(r++), x.id(), x.name(), Numbers.raw(x.valueUsd()), Numbers.raw(x.share()));
        }
        r = 1;
        for (NetworkSummary.Trader x : s.topImporters()) {
            t.row("importer", String.valueOf(r++), x.id(), x.name(), Numbers.raw(x.valueUsd()), Numbers.raw(x.share()));
        }
        return t;
    }

    /**
     * The JSON object: header fields, then the summary's figures.
     *
     * @param header what was computed, on which data, with which settings
     * @param s the network summary
     * @return the JSON document
     */
    public static ObjectNode json(ReportHeader header, NetworkSummary s) {
        ObjectNode root = header.putInto(Json.object());
        root.put("network", s.network());
        root.put("nodes", s.nodes());
        root.put("links", s.links());
        Json.putNumber(root, "totalValueUsd", s.totalValueUsd());
        Json.putNumber(root, "totalQuantityTonnes", s.totalQuantityTonnes());
        Json.putNumber(root, "density", s.density());
        Json.putNumber(root, "reciprocity", s.reciprocity());
        ObjectNode conc = root.putObject("exportConcentration");
        Json.putNumber(conc, "hhi", s.exportHhi());
        Json.putNumber(conc, "top1Share", s.exportTop1Share());
        Json.putNumber(conc, "top3Share", s.exportTop3Share());
        traders(root.putArray("topExporters"), s.topExporters());
        traders(root.putArray("topImporters"), s.topImporters());
        ArrayNode dep = root.putArray("dependence");
        for (NetworkSummary.Dependence d : s.dependence()) {
            ObjectNode o = dep.addObject();
            o.put("importer", d.importer());
            o.put("name", d.name());
            Json.putNumber(o, "importsUsd", d.importsUsd());
            o.put("suppliers", d.suppliers());
            o.put("largestSupplier", d.largestSupplier());
            Json.putNumber(o, "largestSupplierShare", d.largestShare());
            Json.putNumber(o, "supplierHhi", d.supplierHhi());
        }
        return root;
    }

    private static void traders(ArrayNode arr, java.util.List<NetworkSummary.Trader> list) {
        for (NetworkSummary.Trader t : list) {
            ObjectNode o = arr.addObject();
            o.put("id", t.id());
            o.put("name", t.name());
            Json.putNumber(o, "valueUsd", t.valueUsd());
            Json.putNumber(o, "share", t.share());
        }
    }
}
