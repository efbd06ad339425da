package org.tradenet.report.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tradenet.compare.NmiNormalisation;
import org.tradenet.compare.PartitionComparison;
import org.tradenet.report.Json;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;

/** Renders a {@link PartitionComparison} in every {@link OutputFormat}. */
public final class PartitionComparisonReport {

    private PartitionComparisonReport() {
    }

    /**
     * The comparison in {@code format}, header first; CSV is one row per node.
     *
     * @param header what was compared, on which data, with which settings
     * @param c the comparison of the two partitions
     * @param nmi how the normalised mutual information is normalised
     * @param format text, Markdown, JSON or CSV
     * @return the rendered report
     */
    public static String render(ReportHeader header, PartitionComparison c, NmiNormalisation nmi, OutputFormat format) {
        return switch (format) {
            case TEXT -> header.toText() + text(c, nmi, false);
            case MARKDOWN -> header.toMarkdown() + text(c, nmi, true);
            case JSON -> Json.write(json(header, c, nmi));
            case CSV -> nodes(c).toCsv();
        };
    }

    private static String text(PartitionComparison c, NmiNormalisation nmi, boolean md) {
        Table m = new Table("measure", "value")
                .row("nodes compared", String.valueOf(c.nodes().size()))
                .row("communities before / after", c.beforeCount() + " / " + c.afterCount())
                .row("NMI (" + nmi.name().toLowerCase(java.util.Locale.ROOT) + ")", Numbers.fixed(c.nmi(nmi), 4))
                .row("adjusted Rand index", Numbers.fixed(c.adjustedRand(), 4))
                .row("variation of information (nats)", Numbers.fixed(c.variationOfInformation(), 4))
                .row("nodes that changed community", String.valueOf(c.moved().size()));
        StringBuilder sb = new StringBuilder();
        CommunityReport.section(sb, "Partition comparison", m, md);
        Table t = new Table("before", "after", "nodes", "members");
        for (PartitionComparison.Transition x : c.transitions()) {
            t.row(x.before(), x.after(), String.valueOf(x.members().size()), String.join(" ", x.members()));
        }
        CommunityReport.section(sb, "Transitions (where each before community's members went)", t, md);
        if (!c.moved().isEmpty()) {
            Table mv = new Table("node", "before", "after");
            c.moved().forEach(x -> mv.row(x.node(), x.before(), x.after()));
            CommunityReport.section(sb, "Nodes that changed community (after communities matched to before ones by largest overlap)", mv, md);
        }
        if (!c.onlyBefore().isEmpty() || !c.onlyAfter().isEmpty()) {
            Table o = new Table("only in", "nodes");
            o.row("before", String.join(" ", c.onlyBefore()));
            o.row("after", String.join(" ", c.onlyAfter()));
            CommunityReport.section(sb, "Nodes in one partition only (left out of the measures)", o, md);
        }
        return sb.toString();
    }

    private static Table nodes(PartitionComparison c) {
        Table t = new Table("node", "before", "after", "moved");
        java.util.Set<String> moved = new java.util.HashSet<>();
        c.moved().forEach(m -> moved.add(m.node()));
        for (PartitionComparison.Transition x : c.transitions()) {
            for (String n : x.members()) {
                t.row(n, x.before(), x.after(), moved.contains(n) ? "yes" : "no");
            }
        }
        return t;
    }

    /**
     * The JSON object: header fields, then measures, transitions and moves.
     *
     * @param header what was compared, on which data, with which settings
     * @param c the comparison of the two partitions
     * @param nmi how the normalised mutual information is normalised
     * @return the JSON document
     */
    public static ObjectNode json(ReportHeader header, PartitionComparison c, NmiNormalisation nmi) {
        ObjectNode root = header.putInto(Json.object());
        root.put("nodes", c.nodes().size());
        root.put("communitiesBefore", c.beforeCount());
        root.put("communitiesAfter", c.afterCount());
        root.put("nmiNormalisation", nmi.name().toLowerCase(java.util.Locale.ROOT));
        Json.putNumber(root, "nmi", c.nmi(nmi));
        Json.putNumber(root, "adjustedRand", c.adjustedRand());
        Json.putNumber(root, "variationOfInformation", c.variationOfInformation());
        ArrayNode tr = root.putArray("transitions");
        for (PartitionComparison.Transition x : c.transitions()) {
            ObjectNode o = tr.addObject();
            o.put("before", x.before());
            o.put("after", x.after());
            ArrayNode m = o.putArray("members");
            x.members().forEach(m::add);
        }
        ArrayNode mv = root.putArray("moved");
        for (PartitionComparison.Move x : c.moved()) {
            mv.addObject().put("node", x.node()).put("before", x.before()).put("after", x.after());
        }
        ArrayNode ob = root.putArray("onlyBefore");
        c.onlyBefore().forEach(ob::add);
        ArrayNode oa = root.putArray("onlyAfter");
        c.onlyAfter().forEach(oa::add);
        return root;
    }
}
