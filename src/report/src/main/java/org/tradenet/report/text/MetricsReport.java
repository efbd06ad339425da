package org.tradenet.report.text;

import org.tradenet.report.ControlCharacters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tradenet.data.Country;
import org.tradenet.metrics.NetworkMeasures;
import org.tradenet.metrics.NodeMetricTable;
import org.tradenet.metrics.NodeScores;
import org.tradenet.metrics.Ranking;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.Json;
import org.tradenet.report.Markdown;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;

/**
 * Renders node metrics ({@link NodeMetricTable}) and network measures ({@link
 * NetworkMeasures}) in every {@link OutputFormat}: text and Markdown list the top countries
 * by one column; JSON and CSV hold every country.
 */
public final class MetricsReport {

    private MetricsReport() {
    }

    /**
     * The report in {@code format}, header first.
     *
     * @param header  what was computed, on which data, with which settings
     * @param net     the network (country ids, names and regions)
     * @param table   the node metrics
     * @param network the network measures
     * @param sortBy  the column text and Markdown sort by
     * @param top     how many countries text and Markdown list
     * @param format text, Markdown, JSON or CSV
     * @return the rendered report
     */
    public static String render(ReportHeader header, TradeNetwork net, NodeMetricTable table, NetworkMeasures network,
                                String sortBy, int top, OutputFormat format) {
        return switch (format) {
            case TEXT -> header.toText() + text(net, table, network, sortBy, top, false);
            case MARKDOWN -> header.toMarkdown() + text(net, table, network, sortBy, top, true);
            case JSON -> Json.write(json(header, net, table, network));
            case CSV -> csv(net, table).toCsv();
        };
    }

    /** A score with four significant digits ({@code 0.01234}, {@code 1.235e+07}); "-" for NaN. */
    static String sig(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String cell(String column, double v) {
        if (column.endsWith("Strength")) {
            return Numbers.usd(v);
        }
        if (column.endsWith("Share")) {
            return Numbers.pct(v);
        }
        return sig(v);
    }

    private static String text(TradeNetwork net, NodeMetricTable t, NetworkMeasures m, String sortBy, int top, boolean md) {
        StringBuilder sb = new StringBuilder();
        section(sb, "Network", networkTable(m), md);
        List<String> cols = t.names();
        Table nodes = new Table(concat(List.of("rank", "id", "name"), cols));
        double[] key = t.column(sortBy).orElseThrow().values();
        int[] ranks = Ranking.ranks(key);
        for (int i : Ranking.top(key, top)) {
            Country c = net.country(i);
            List<String> row = new java.util.ArrayList<>(List.of(String.valueOf(ranks[i]), c.id(), c.name()));
            for (String col : cols) {
                row.add(cell(col, t.value(col, i)));
            }
            nodes.row(row);
        }
        section(sb, "Countries by " + sortBy + " (top " + Math.min(top, net.nodeCount()) + " of " + net.nodeCount() + ")", nodes, md);
        if (!t.notes().isEmpty()) {
            sb.append(md ? "## Notes\n\n" : "Notes\n");
            for (String n : t.notes()) {
                sb.append("- ").append(ControlCharacters.prose(n, md)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> l = new java.util.ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    static Table networkTable(NetworkMeasures m) {
        return new Table("measure", "value")
                .row("countries (nodes)", String.valueOf(m.nodes()))
                .row("links (exporter -> importer)", String.valueOf(m.links()))
                .row("density", Numbers.fixed(m.density(), 4))
                .row("reciprocity (binary)", Numbers.fixed(m.reciprocity(), 4))
                .row("reciprocity (weighted)", Numbers.fixed(m.weightedReciprocity(), 4))
                .row("strength assortativity out-in", Numbers.fixed(m.assortativityOutIn(), 4))
                .row("strength assortativity in-in", Numbers.fixed(m.assortativityInIn(), 4))
                .row("strength assortativity out-out", Numbers.fixed(m.assortativityOutOut(), 4))
                .row("strength assortativity in-out", Numbers.fixed(m.assortativityInOut(), 4))
                .row("weakly connected components", m.weakComponents() + " (largest " + m.largestWeak() + ")")
                .row("strongly connected components", m.strongComponents() + " (largest " + m.largestStrong() + ")")
                .row("average shortest path, largest SCC", sig(m.averageShortestPath()))
                .row("diameter, largest SCC", sig(m.diameter()))
                .row("export HHI / Gini", Numbers.fixed(m.exportHhi(), 4) + " / " + Numbers.fixed(m.exportGini(), 4))
                .row("import HHI / Gini", Numbers.fixed(m.importHhi(), 4) + " / " + Numbers.fixed(m.importGini(), 4))
                .row("trade inside " + m.groups(), Numbers.pct(m.withinGroupShare()));
    }

    static void section(StringBuilder sb, String title, Table t, boolean md) {
        if (md) {
            sb.append("## ").append(Markdown.escape(title)).append("\n\n").append(t.toMarkdown()).append('\n');
        } else {
            sb.append(ControlCharacters.visible(title)).append('\n').append(t.toText()).append('\n');
        }
    }

    private static Table csv(TradeNetwork net, NodeMetricTable t) {
        List<String> cols = t.names();
        Table table = new Table(concat(List.of("id", "name", "region"), cols));
        for (int i = 0; i < net.nodeCount(); i++) {
            Country c = net.country(i);
            List<String> row = new java.util.ArrayList<>(List.of(c.id(), c.name(), c.region()));
            for (String col : cols) {
                row.add(Numbers.raw(t.value(col, i)));
            }
            table.row(row);
        }
        return table;
    }

    /**
     * The JSON object: header, {@code network: {...}}, {@code nodes: [...]}, {@code diagnostics}.
     *
     * @param header what was computed, on which data, with which settings
     * @param net the network (country ids, names and regions)
     * @param t the node metrics
     * @param m the network measures
     * @return the JSON document
     */
    public static ObjectNode json(ReportHeader header, TradeNetwork net, NodeMetricTable t, NetworkMeasures m) {
        ObjectNode root = header.putInto(Json.object());
        root.put("networkName", net.name());
        root.set("network", networkJson(m));
        ArrayNode nodes = root.putArray("nodes");
        for (int i = 0; i < net.nodeCount(); i++) {
            Country c = net.country(i);
            ObjectNode o = nodes.addObject();
            o.put("id", c.id());
            o.put("name", c.name());
            o.put("region", c.region());
            for (String col : t.names()) {
                Json.putNumber(o, col, t.value(col, i));
            }
        }
        ObjectNode diag = root.putObject("diagnostics");
        for (Map.Entry<String, NodeScores> e : t.columns().entrySet()) {
            NodeScores s = e.getValue();
            if (s.iterations() > 0 || !s.note().isEmpty()) {
                ObjectNode d = diag.putObject(e.getKey());
                d.put("iterations", s.iterations());
                d.put("converged", s.converged());
                if (!s.note().isEmpty()) {
                    d.put("note", s.note());
                }
            }
        }
        return root;
    }

    /**
     * The network measures as a JSON object.
     *
     * @param m the network measures
     * @return the JSON object of the measures
     */
    public static ObjectNode networkJson(NetworkMeasures m) {
        ObjectNode o = Json.object();
        o.put("nodes", m.nodes());
        o.put("links", m.links());
        Json.putNumber(o, "density", m.density());
        Json.putNumber(o, "reciprocity", m.reciprocity());
        Json.putNumber(o, "weightedReciprocity", m.weightedReciprocity());
        ObjectNode a = o.putObject("strengthAssortativity");
        Json.putNumber(a, "outIn", m.assortativityOutIn());
        Json.putNumber(a, "inIn", m.assortativityInIn());
        Json.putNumber(a, "outOut", m.assortativityOutOut());
        Json.putNumber(a, "inOut", m.assortativityInOut());
        o.put("weakComponents", m.weakComponents());
        o.put("largestWeakComponent", m.largestWeak());
        o.put("strongComponents", m.strongComponents());
        o.put("largestStrongComponent", m.largestStrong());
        o.put("distance", m.distance().name().toLowerCase(Locale.ROOT));
        Json.putNumber(o, "averageShortestPath", m.averageShortestPath());
        Json.putNumber(o, "diameter", m.diameter());
        ObjectNode ex = o.putObject("exportConcentration");
        Json.putNumber(ex, "hhi", m.exportHhi());
        Json.putNumber(ex, "gini", m.exportGini());
        ObjectNode im = o.putObject("importConcentration");
        Json.putNumber(im, "hhi", m.importHhi());
        Json.putNumber(im, "gini", m.importGini());
        o.put("groups", m.groups());
        Json.putNumber(o, "withinGroupShare", m.withinGroupShare());
        return o;
    }
}
