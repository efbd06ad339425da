package org.tradenet.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tradenet.compare.RankChange;
import org.tradenet.compare.RankComparison;
import org.tradenet.metrics.BrokerRole;
import org.tradenet.metrics.BrokerRoles;
import org.tradenet.metrics.HubCriterion;
import org.tradenet.metrics.HubReport;
import org.tradenet.metrics.Ranking;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.Json;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;

/**
 * Renders a {@link HubReport} (hubs with their reasons, the evidence per criterion, broker
 * roles) and, when given, the rank comparisons with a second network, in every {@link
 * OutputFormat}.
 */
public final class HubsReport {

    private HubsReport() {
    }

    /**
     * The report in {@code format}, header first.
     *
     * @param header      what was computed, on which data, with which settings
     * @param net         the network the hubs are of
     * @param r           the hub report
     * @param comparisons rank comparisons with another network (empty for none)
     * @param names       country names by id, for countries of either network
     * @param format text, Markdown, JSON or CSV
     * @return the rendered report
     */
    public static String render(ReportHeader header, TradeNetwork net, HubReport r, List<RankComparison> comparisons,
                                Map<String, String> names, OutputFormat format) {
        return switch (format) {
            case TEXT -> header.toText() + text(net, r, comparisons, names, false);
            case MARKDOWN -> header.toMarkdown() + text(net, r, comparisons, names, true);
            case JSON -> Json.write(json(header, net, r, comparisons, names));
            case CSV -> csv(net, r, comparisons, names).toCsv();
        };
    }

    private static String value(HubCriterion c, double v) {
        return c == HubCriterion.THROUGHPUT ? Numbers.usd(v) : MetricsReport.sig(v);
    }

    private static String text(TradeNetwork net, HubReport r, List<RankComparison> comparisons, Map<String, String> names,
                               boolean md) {
        StringBuilder sb = new StringBuilder();
        int k = r.parameters().top();
        Table hubs = new Table("id", "name", "region", "why: criterion #rank = value (role)");
        for (HubReport.Hub h : r.hubs()) {
            List<String> why = new ArrayList<>();
            for (HubReport.Reason x : h.reasons()) {
                why.add(x.criterion().column() + " #" + x.rank() + " = " + value(x.criterion(), x.value()) + " ("
                        + x.criterion().role() + ")");
            }
            hubs.row(h.id(), h.name(), h.region(), String.join("; ", why));
        }
        MetricsReport.section(sb, "Hubs: countries in the top " + k + " on any criterion (" + r.hubs().size() + ")", hubs, md);

        var m = r.metrics();
        for (HubCriterion c : HubCriterion.values()) {
            Table t = new Table("rank", "id", "name", c.column(), "in-strength", "out-strength", "pagerank");
            for (HubReport.Reason x : r.leaders().get(c)) {
                t.row(String.valueOf(x.rank()), x.id(), net.country(x.node()).name(), value(c, x.value()),
                        Numbers.usd(m.value("inStrength", x.node())), Numbers.usd(m.value("outStrength", x.node())),
                        MetricsReport.sig(m.value("pagerank", x.node())));
            }
            MetricsReport.section(sb, "Top " + k + " by " + c.column() + ": " + c.reason(), t, md);
        }

        BrokerRoles b = r.brokers();
        double[] totals = new double[net.nodeCount()];
        for (int i = 0; i < totals.length; i++) {
            totals[i] = b.of(i).total();
        }
        Table br = new Table("id", "name", "region", "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total");
        for (int i : Ranking.top(totals, k)) {
            if (totals[i] == 0) {
                continue;
            }
            BrokerRoles.Counts c = b.of(i);
            br.row(net.country(i).id(), net.country(i).name(), r.groups().label(i), String.valueOf(c.coordinator()),
                    String.valueOf(c.itinerant()), String.valueOf(c.representative()), String.valueOf(c.gatekeeper()),
                    String.valueOf(c.liaison()), String.valueOf(c.total()));
        }
        MetricsReport.section(sb, "Broker roles (Gould-Fernandez) relative to " + b.groups() + ", two-paths a -> b -> c"
                + (b.openOnly() ? " with no direct link a -> c" : "") + ", top " + k + " brokers", br, md);

        for (RankComparison c : comparisons) {
            comparisonText(sb, c, names, k, md);
        }
        return sb.toString();
    }

    private static void comparisonText(StringBuilder sb, RankComparison c, Map<String, String> names, int k, boolean md) {
        String title = "Rank changes in " + c.metric() + " from " + c.before() + " to " + c.after() + ": the top " + k
                + " in either, the largest rises and falls, and who entered or left (with a positive value)";
        Table t = new Table("list", "id", "name", "rank " + c.before(), "rank " + c.after(), "places", "value " + c.before(),
                "value " + c.after());
        for (RankChange x : c.leaders(k)) {
            changeRow(t, "top " + k, c.metric(), x, names);
        }
        for (RankChange x : c.risers(k)) {
            changeRow(t, "rose most", c.metric(), x, names);
        }
        for (RankChange x : c.fallers(k)) {
            changeRow(t, "fell most", c.metric(), x, names);
        }
        for (RankChange x : c.entered().stream().filter(x -> x.valueAfter() > 0).limit(k).toList()) {
            changeRow(t, "entered", c.metric(), x, names);
        }
        for (RankChange x : c.left().stream().filter(x -> x.valueBefore() > 0).limit(k).toList()) {
            changeRow(t, "left", c.metric(), x, names);
        }
        MetricsReport.section(sb, title, t, md);
    }

    private static void changeRow(Table t, String what, String metric, RankChange x, Map<String, String> names) {
        java.util.function.DoubleFunction<String> f = metric.equals(HubCriterion.THROUGHPUT.column()) ? Numbers::usd : MetricsReport::sig;
        t.row(what, x.id(), names.getOrDefault(x.id(), x.id()), rank(x.rankBefore()), rank(x.rankAfter()),
                x.presence() == RankChange.Presence.BOTH ? String.format(Locale.ROOT, "%+d", x.change()) : "-",
                f.apply(x.valueBefore()), f.apply(x.valueAfter()));
    }

    private static String rank(int r) {
        return r == 0 ? "-" : String.valueOf(r);
    }

    private static Table csv(TradeNetwork net, HubReport r, List<RankComparison> comparisons, Map<String, String> names) {
        Table t = new Table("section", "metric", "id", "name", "rank", "value", "otherRank", "otherValue", "change", "presence");
        for (HubCriterion c : HubCriterion.values()) {
            for (HubReport.Reason x : r.leaders().get(c)) {
                t.row("hub", c.column(), x.id(), net.country(x.node()).name(), String.valueOf(x.rank()), Numbers.raw(x.value()),
                        "", "", "", "");
            }
        }
        for (RankComparison c : comparisons) {
            for (RankChange x : c.changes()) {
                t.row("rank-change", c.metric(), x.id(), names.getOrDefault(x.id(), x.id()), rank(x.rankBefore()).replace("-", ""),
                        Numbers.raw(x.valueBefore()), rank(x.rankAfter()).replace("-", ""), Numbers.raw(x.valueAfter()),
                        x.presence() == RankChange.Presence.BOTH ? String.valueOf(x.change()) : "",
                        x.presence().name().toLowerCase(Locale.ROOT));
            }
        }
        return t;
    }

    /**
     * The JSON object: header, {@code hubs}, {@code criteria}, {@code brokerRoles}, {@code comparison}.
     *
     * @param header what was computed, on which data, with which settings
     * @param net the network the hubs are of
     * @param r the hub report
     * @param comparisons rank comparisons with another network (empty for none)
     * @param names country names by id, for countries of either network
     * @return the JSON document
     */
    public static ObjectNode json(ReportHeader header, TradeNetwork net, HubReport r, List<RankComparison> comparisons,
                                  Map<String, String> names) {
        ObjectNode root = header.putInto(Json.object());
        root.put("network", r.network());
        root.put("top", r.parameters().top());
        ArrayNode hubs = root.putArray("hubs");
        for (HubReport.Hub h : r.hubs()) {
            ObjectNode o = hubs.addObject();
            o.put("id", h.id());
            o.put("name", h.name());
            o.put("region", h.region());
            ArrayNode why = o.putArray("reasons");
            for (HubReport.Reason x : h.reasons()) {
                ObjectNode w = why.addObject();
                w.put("criterion", x.criterion().column());
                w.put("rank", x.rank());
                Json.putNumber(w, "value", x.value());
                w.put("role", x.criterion().role());
                w.put("why", x.criterion().reason());
            }
        }
        ObjectNode crit = root.putObject("criteria");
        var m = r.metrics();
        for (HubCriterion c : HubCriterion.values()) {
            ArrayNode a = crit.putArray(c.column());
            for (HubReport.Reason x : r.leaders().get(c)) {
                ObjectNode o = a.addObject();
                o.put("rank", x.rank());
                o.put("id", x.id());
                o.put("name", net.country(x.node()).name());
                Json.putNumber(o, "value", x.value());
                Json.putNumber(o, "inStrength", m.value("inStrength", x.node()));
                Json.putNumber(o, "outStrength", m.value("outStrength", x.node()));
            }
        }
        ObjectNode br = root.putObject("brokerRoles");
        br.put("groups", r.brokers().groups());
        br.put("openPathsOnly", r.brokers().openOnly());
        ArrayNode nodes = br.putArray("nodes");
        for (int i = 0; i < net.nodeCount(); i++) {
            BrokerRoles.Counts c = r.brokers().of(i);
            ObjectNode o = nodes.addObject();
            o.put("id", net.country(i).id());
            o.put("group", r.groups().label(i));
            for (BrokerRole role : BrokerRole.values()) {
                o.put(role.name().toLowerCase(Locale.ROOT), c.get(role));
            }
            o.put("total", c.total());
        }
        if (!comparisons.isEmpty()) {
            ObjectNode cmp = root.putObject("comparison");
            cmp.put("before", comparisons.get(0).before());
            cmp.put("after", comparisons.get(0).after());
            ArrayNode metrics = cmp.putArray("metrics");
            for (RankComparison c : comparisons) {
                ObjectNode mo = metrics.addObject();
                mo.put("metric", c.metric());
                ArrayNode ch = mo.putArray("changes");
                for (RankChange x : c.changes()) {
                    ObjectNode o = ch.addObject();
                    o.put("id", x.id());
                    o.put("name", names.getOrDefault(x.id(), x.id()));
                    o.put("presence", x.presence().name().toLowerCase(Locale.ROOT));
                    if (x.rankBefore() > 0) {
                        o.put("rankBefore", x.rankBefore());
                    } else {
                        o.putNull("rankBefore");
                    }
                    if (x.rankAfter() > 0) {
                        o.put("rankAfter", x.rankAfter());
                    } else {
                        o.putNull("rankAfter");
                    }
                    o.put("change", x.change());
                    Json.putNumber(o, "valueBefore", x.valueBefore());
                    Json.putNumber(o, "valueAfter", x.valueAfter());
                }
            }
        }
        return root;
    }
}
