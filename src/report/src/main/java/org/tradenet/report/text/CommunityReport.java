package org.tradenet.report.text;

import org.tradenet.report.ControlCharacters;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tradenet.community.CommunityProfile;
import org.tradenet.community.CommunityResult;
import org.tradenet.community.Consensus;
import org.tradenet.community.Partition;
import org.tradenet.community.RepeatedRuns;
import org.tradenet.data.Country;
import org.tradenet.report.Json;
import org.tradenet.report.Markdown;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;

/**
 * Renders communities in every {@link OutputFormat}. JSON carries {@code algorithm},
 * {@code directed}, {@code quality}, {@code resolution}, {@code seed}, {@code runs},
 * {@code modularity}, {@code qualityValue}, {@code qualitySpread}, {@code communities},
 * {@code membership} and, with a consensus, {@code stability}; CSV is one row per node
 * ({@code node,community[,stability]}), the form {@code compare-partitions} reads.
 */
public final class CommunityReport {

    /**
     * What to render.
     *
     * @param nodes      the network's nodes, in index order
     * @param runs       the runs (best first in meaning: {@code runs.best()})
     * @param partition  the partition shown: the best run's, or the consensus
     * @param quality    its quality (the function the runs maximised)
     * @param modularity its modularity with γ = 1 (directed when the graph is)
     * @param profiles   one per community of {@code partition}
     * @param consensus  the consensus, or null when none was asked for
     * @param weightUnit what a link weight is, for internal weights
     */
    public record Input(List<Country> nodes, RepeatedRuns runs, Partition partition, double quality, double modularity,
                        List<CommunityProfile> profiles, Consensus consensus, String weightUnit) {
        /**
         * Copies the node and profile lists.
         *
         * @param nodes the network's nodes, in index order
         * @param runs the runs
         * @param partition the partition shown
         * @param quality its quality
         * @param modularity its modularity with γ = 1
         * @param profiles one per community of {@code partition}
         * @param consensus the consensus, or null
         * @param weightUnit what a link weight is
         */
        public Input {
            nodes = List.copyOf(nodes);
            profiles = List.copyOf(profiles);
        }
    }

    private CommunityReport() {
    }

    /**
     * The report in {@code format}, header first.
     *
     * @param header what was computed, on which data, with which settings
     * @param in the partition, its runs and profiles
     * @param format text, Markdown, JSON or CSV
     * @return the rendered report
     */
    public static String render(ReportHeader header, Input in, OutputFormat format) {
        return switch (format) {
            case TEXT -> header.toText() + text(in, false);
            case MARKDOWN -> header.toMarkdown() + text(in, true);
            case JSON -> Json.write(json(header, in));
            case CSV -> nodesTable(in).toCsv();
        };
    }

    private static String text(Input in, boolean md) {
        CommunityResult best = in.runs().best();
        String qualityName = best.qualityFunction().name().toLowerCase(java.util.Locale.ROOT);
        Table facts = new Table("measure", "value")
                .row("communities", String.valueOf(in.partition().communityCount()))
                .row(qualityName + (in.consensus() == null ? " (best run)" : " (consensus)"), Numbers.fixed(in.quality(), 5))
                .row("modularity (γ = 1)", Numbers.fixed(in.modularity(), 5));
        if (in.runs().runs().size() > 1) {
            facts.row(qualityName + " over " + in.runs().runs().size() + " runs: min / mean / max",
                    Numbers.fixed(in.runs().minQuality(), 5) + " / " + Numbers.fixed(in.runs().meanQuality(), 5) + " / "
                            + Numbers.fixed(in.runs().maxQuality(), 5));
            facts.row("runs that found the best partition", in.runs().runsEqualToBest() + " of " + in.runs().runs().size());
        }
        facts.row("best run: seed, levels, iterations, converged", best.seed() + ", " + best.levels() + ", "
                + best.iterations() + ", " + (best.converged() ? "yes" : "no (iteration limit)"));
        StringBuilder sb = new StringBuilder();
        section(sb, "Communities", facts, md);
        Table t = new Table("community", "size", "internal share", "largest members", "members");
        for (CommunityProfile p : in.profiles()) {
            t.row(String.valueOf(p.id()), String.valueOf(p.size()), Numbers.pct(p.internalShare()),
                    names(in, p.largestMembers()), ids(in, p.members()));
        }
        section(sb, "Members (internal share: the part of the members' trade that stays inside, by " + in.weightUnit() + ")", t, md);
        if (in.consensus() != null) {
            Table s = new Table("node", "community", "stability");
            double[] st = in.consensus().stability();
            int unstable = 0;
            for (int v = 0; v < st.length; v++) {
                if (st[v] < 1.0) {
                    s.row(in.nodes().get(v).id(), String.valueOf(in.partition().community(v)), Numbers.pct(st[v]));
                    unstable++;
                }
            }
            String title = "Nodes whose community varies across the " + in.consensus().runs() + " runs ("
                    + unstable + "; all others stay with their consensus community in every run)";
            if (unstable > 0) {
                section(sb, title, s, md);
            } else {
                sb.append(md ? "## " : "").append("Every node stays with its consensus community in every run.\n\n");
            }
        }
        return sb.toString();
    }

    private static String names(Input in, int[] idx) {
        List<String> out = new ArrayList<>();
        for (int i : idx) {
            Country c = in.nodes().get(i);
            out.add(c.name().equals(c.id()) ? c.id() : c.id() + " (" + c.name() + ")");
        }
        return String.join(", ", out);
    }

    private static String ids(Input in, int[] idx) {
        List<String> out = new ArrayList<>();
        for (int i : idx) {
            out.add(in.nodes().get(i).id());
        }
        return String.join(" ", out);
    }

    /** A titled table: a Markdown heading and table, or a plain title line and aligned text. */
    static void section(StringBuilder sb, String title, Table t, boolean md) {
        if (md) {
            sb.append("## ").append(Markdown.escape(title)).append("\n\n").append(t.toMarkdown()).append('\n');
        } else {
            sb.append(ControlCharacters.visible(title)).append('\n').append(t.toText()).append('\n');
        }
    }

    private static Table nodesTable(Input in) {
        boolean stab = in.consensus() != null;
        Table t = stab ? new Table("node", "community", "stability") : new Table("node", "community");
        for (int v = 0; v < in.nodes().size(); v++) {
            String id = in.nodes().get(v).id();
            String c = String.valueOf(in.partition().community(v));
            if (stab) {
                t.row(id, c, Numbers.raw(in.consensus().stability(v)));
            } else {
                t.row(id, c);
            }
        }
        return t;
    }

    /**
     * The JSON object: header fields, then the result.
     *
     * @param header what was computed, on which data, with which settings
     * @param in the partition, its runs and profiles
     * @return the JSON document
     */
    public static ObjectNode json(ReportHeader header, Input in) {
        CommunityResult best = in.runs().best();
        ObjectNode root = header.putInto(Json.object());
        root.put("algorithm", best.algorithm());
        root.put("directed", best.directed());
        root.put("quality", best.qualityFunction().name().toLowerCase(java.util.Locale.ROOT));
        Json.putNumber(root, "resolution", best.resolution());
        root.put("seed", in.runs().runs().get(0).seed());
        root.put("bestSeed", best.seed());
        root.put("runs", in.runs().runs().size());
        root.put("partition", in.consensus() == null ? "best run" : "consensus");
        Json.putNumber(root, "modularity", in.modularity());
        Json.putNumber(root, "qualityValue", in.quality());
        ObjectNode spread = root.putObject("qualitySpread");
        Json.putNumber(spread, "min", in.runs().minQuality());
        Json.putNumber(spread, "max", in.runs().maxQuality());
        Json.putNumber(spread, "mean", in.runs().meanQuality());
        root.put("levels", best.levels());
        root.put("iterations", best.iterations());
        root.put("converged", best.converged());
        ArrayNode comms = root.putArray("communities");
        for (CommunityProfile p : in.profiles()) {
            ObjectNode o = comms.addObject();
            o.put("id", p.id());
            o.put("size", p.size());
            ArrayNode m = o.putArray("members");
            for (int v : p.members()) {
                m.add(in.nodes().get(v).id());
            }
            Json.putNumber(o, "internalShare", p.internalShare());
            Json.putNumber(o, "internalWeight", p.internalWeight());
            Json.putNumber(o, "boundaryWeight", p.boundaryWeight());
            ArrayNode l = o.putArray("largestMembers");
            for (int v : p.largestMembers()) {
                l.add(in.nodes().get(v).id());
            }
            o.put("connected", p.connected());
        }
        ObjectNode memb = root.putObject("membership");
        for (int v = 0; v < in.nodes().size(); v++) {
            memb.put(in.nodes().get(v).id(), in.partition().community(v));
        }
        if (in.consensus() != null) {
            ObjectNode st = root.putObject("stability");
            for (int v = 0; v < in.nodes().size(); v++) {
                Json.putNumber(st, in.nodes().get(v).id(), in.consensus().stability(v));
            }
        }
        return root;
    }
}
