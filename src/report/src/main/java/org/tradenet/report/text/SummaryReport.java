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

    /** The summary in {@code format}, header first. */
    public static String render(ReportHeader header, NetworkSummary s, OutputFormat format) {
        return switch (format) {
            case TEXT -> header.toText() + text(s, false);
            case MARKDOWN -> header.toMarkdown() + text(s, true);
            case JSON -> Json.write(json(header, s));
            case CSV -> countries(s).toCsv();
        };
    }

    private static String text(NetworkSummary s, boolean md) {
        StringBuilder sb = new StringBuilder();
        tables(s).forEach((title, t) -> section(sb, title, t, md));
        return sb.toString();
    }

    /**
     * The summary's tables as text cells, keyed by section title in reading order: "Network",
     * "Top exporters", "Top importers" and, for directed networks, "Supplier dependence of the
     * largest importers". Every renderer (text, Markdown, HTML) lays out these same tables.
     */
    public static java.util.Map<String, Table> tables(NetworkSummary s) {
        java.util.Map<String, Table> out = new java.util.LinkedHashMap<>();
        Table facts = new Table("measure", "value")
                .row("countries (nodes)", String.valueOf(s.nodes()))
                .row("links (exporter -> importer)", String.valueOf(s.links()))
                .row("total value", "USD " + Numbers.usd(s.totalValueUsd()))
                .row("total quantity", Numbers.tonnes(s.totalQuantityTonnes()))
                .row("density", Numbers.fixed(s.density(), 4))
                .row("reciprocity (binary)", Numbers.fixed(s.reciprocity(), 4))
                .row("export HHI", Numbers.fixed(s.exportHhi(), 4))
                .row("largest exporter's share", Numbers.pct(s.exportTop1Share()))
                .row("three largest exporters' share", Numbers.pct(s.exportTop3Share()));
        out.put("Network", facts);
        Table ex = new Table("rank", "exporter", "name", "exports (USD)", "share");
        int r = 1;
        for (NetworkSummary.Trader t : s.topExporters()) {
            ex.row(String.valueOf(r++), t.id(), t.name(), Numbers.usd(t.valueUsd()), Numbers.pct(t.share()));
        }
        out.put("Top exporters", ex);
        Table im = new Table("rank", "importer", "name", "imports (USD)", "share");
        r = 1;
        for (NetworkSummary.Trader t : s.topImporters()) {
            im.row(String.valueOf(r++), t.id(), t.name(), Numbers.usd(t.valueUsd()), Numbers.pct(t.share()));
        }
        out.put("Top importers", im);
        if (!s.dependence().isEmpty()) {
            Table dep = new Table("importer", "imports (USD)", "suppliers", "largest supplier", "its share", "supplier HHI");
            for (NetworkSummary.Dependence d : s.dependence()) {
                dep.row(d.importer(), Numbers.usd(d.importsUsd()), String.valueOf(d.suppliers()), d.largestSupplier(),
                        Numbers.pct(d.largestShare()), Numbers.fixed(d.supplierHhi(), 3));
            }
            out.put("Supplier dependence of the largest importers", dep);
        }
        return out;
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

    /** The JSON object: header fields, then the summary's figures. */
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
