package org.tradenet.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tradenet.analysis.TimelineResult;
import org.tradenet.analysis.TimelineYear;
import org.tradenet.metrics.HubCriterion;
import org.tradenet.metrics.HubReport;
import org.tradenet.metrics.NetworkSummary;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.ControlCharacters;
import org.tradenet.report.Json;
import org.tradenet.report.Markdown;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;

/**
 * Renders a {@link TimelineResult}: one row per year (size, value, export concentration,
 * directed communities, modularity, regionalisation, hubs), the trends of the headline
 * figures, and the data set's caveat with what it means, as text, Markdown, JSON or CSV. The
 * HTML page is {@link org.tradenet.report.html.TimelinePage}.
 */
public final class TimelineReport {

    /**
     * What "trimmed to top links" does to the figures, for data sets whose caveat says
     * TRIMMED (the shipped {@code magnets-timeline}).
     */
    public static final String TRIMMED_MEANING = "The timeline data is TRIMMED: each country's top suppliers and customers "
            + "only, not the full matrix of flows. Small flows are missing, so totals understate trade; the number of links "
            + "per year reflects the trimming rule more than trade, so density and link counts cannot be read as integration; "
            + "concentration (HHI, top shares) is that of the large flows; and thin links across blocs are the first to go, "
            + "which can make communities look more separate than in the full data. Compare one year with a complete matrix "
            + "(magnets-2024 is the full 2024 matrix) before drawing conclusions.";

    /** How to read the regionalisation figures, in every report. */
    public static final String READING = "Regionalisation would show as more of the trade staying inside UN regions and "
            + "inside communities, with modularity rising; globalisation as these falling and trade spreading across "
            + "blocs. Communities are found afresh each year (same seed and settings), so the share inside communities "
            + "moves with the partition; the share inside UN regions uses a fixed grouping and is the steadier measure.";

    private TimelineReport() {
    }

    /**
     * The report in {@code format}, header first; {@code caveat} is the data set's caveat (may be empty).
     *
     * @param header data, parameters and seed of the run, printed first
     * @param r the per-year results
     * @param caveat the data set's caveat, empty when it has none
     * @param format text, Markdown, JSON or CSV
     * @return the rendered report
     */
    public static String render(ReportHeader header, TimelineResult r, String caveat, OutputFormat format) {
        return switch (format) {
            case TEXT -> header.toText() + text(r, caveat);
            case MARKDOWN -> markdown(header, r, caveat);
            case JSON -> Json.write(json(header, r, caveat));
            case CSV -> csv(r).toCsv();
        };
    }

    /**
     * What the data set's caveat (printed in the header) means for a timeline: {@link
     * #TRIMMED_MEANING} when it says the data is trimmed, else nothing.
     *
     * @param caveat the data set's caveat as printed in the header, may be empty
     * @return the meaning for a timeline, or an empty list
     */
    public static List<String> caveats(String caveat) {
        List<String> out = new ArrayList<>();
        if (caveat != null && caveat.toUpperCase(Locale.ROOT).contains("TRIMMED")) {
            out.add(TRIMMED_MEANING);
        }
        return out;
    }

    /**
     * One row per year.
     *
     * @param r the per-year results
     * @return one row per year: size, value in USD, concentration, communities, regionalisation and top hubs
     */
    public static Table years(TimelineResult r) {
        Table t = new Table("year", "countries", "links", "value (USD)", "export HHI", "largest exporter", "top-1 share",
                "top-3 share", "communities (2+)", "modularity", "inside communities", "inside UN regions",
                "top throughput", "top betweenness");
        for (TimelineYear y : r.years()) {
            List<NetworkSummary.Trader> ex = y.view().summary().topExporters();
            t.row(String.valueOf(y.year()), String.valueOf(y.countries()), String.valueOf(y.links()), Numbers.usd(y.valueUsd()),
                    Numbers.fixed(y.exportHhi(), 3), ex.isEmpty() ? "-" : ex.get(0).id(), Numbers.pct(y.exportTop1Share()),
                    Numbers.pct(y.exportTop3Share()), String.valueOf(y.communities()), Numbers.fixed(y.modularity(), 3),
                    Numbers.pct(y.insideCommunityShare()), Numbers.pct(y.insideRegionShare()),
                    String.join(" ", y.hubs(HubCriterion.THROUGHPUT)), String.join(" ", y.hubs(HubCriterion.BETWEENNESS)));
        }
        return t;
    }

    /**
     * One row per year with full-precision numbers for spreadsheets: value in USD, shares as
     * fractions, hubs as space-separated ids (best first).
     *
     * @param r the per-year results
     * @return the spreadsheet table, one row per year
     */
    public static Table csv(TimelineResult r) {
        Table t = new Table("year", "nodes", "links", "valueUsd", "exportHhi", "largestExporter", "exportTop1Share",
                "exportTop3Share", "communities", "modularity", "insideCommunityShare", "insideRegionShare",
                "topThroughput", "topBetweenness", "topHub", "topAuthority");
        for (TimelineYear y : r.years()) {
            List<NetworkSummary.Trader> ex = y.view().summary().topExporters();
            t.row(String.valueOf(y.year()), String.valueOf(y.countries()), String.valueOf(y.links()), Numbers.raw(y.valueUsd()),
                    Numbers.raw(y.exportHhi()), ex.isEmpty() ? "" : ex.get(0).id(), Numbers.raw(y.exportTop1Share()),
                    Numbers.raw(y.exportTop3Share()), String.valueOf(y.communities()), Numbers.raw(y.modularity()),
                    Numbers.raw(y.insideCommunityShare()), Numbers.raw(y.insideRegionShare()),
                    String.join(" ", y.hubs(HubCriterion.THROUGHPUT)), String.join(" ", y.hubs(HubCriterion.BETWEENNESS)),
                    String.join(" ", y.hubs(HubCriterion.HITS_HUB)), String.join(" ", y.hubs(HubCriterion.HITS_AUTHORITY)));
        }
        return t;
    }

    /**
     * The hubs of each year on every criterion, by name.
     *
     * @param r the per-year results
     * @return one row per year, one column per hub criterion
     */
    public static Table hubs(TimelineResult r) {
        Table t = new Table("year", "throughput (min of exports, imports)", "betweenness (1/value distances)", "HITS hub (exporter)",
                "HITS authority (importer)");
        for (TimelineYear y : r.years()) {
            TradeNetwork net = y.view().network();
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(y.year()));
            for (HubCriterion c : List.of(HubCriterion.THROUGHPUT, HubCriterion.BETWEENNESS, HubCriterion.HITS_HUB,
                    HubCriterion.HITS_AUTHORITY)) {
                List<String> names = new ArrayList<>();
                for (String id : y.hubs(c)) {
                    names.add(net.indexOf(id).map(i -> net.country(i).name()).orElse(id));
                }
                cells.add(String.join(", ", names));
            }
            t.row(cells);
        }
        return t;
    }

    /** A headline figure of the timeline: its label, how to read it, and how to show it. */
    record Figure(String key, String label, ToDoubleFunction<TimelineYear> value, boolean share) {
    }

    static final List<Figure> FIGURES = List.of(
            new Figure("valueUsd", "trade value (USD)", TimelineYear::valueUsd, false),
            new Figure("exportHhi", "export HHI", TimelineYear::exportHhi, false),
            new Figure("exportTop1Share", "largest exporter's share", TimelineYear::exportTop1Share, true),
            new Figure("exportTop3Share", "three largest exporters' share", TimelineYear::exportTop3Share, true),
            new Figure("communities", "communities of 2+ countries", y -> y.communities(), false),
            new Figure("modularity", "directed modularity", TimelineYear::modularity, false),
            new Figure("insideCommunityShare", "trade inside communities", TimelineYear::insideCommunityShare, true),
            new Figure("insideRegionShare", "trade inside UN regions", TimelineYear::insideRegionShare, true));

    /**
     * First year, last year, change and least-squares trend of each headline figure.
     *
     * @param r the per-year results
     * @return one row per headline figure
     */
    public static Table trends(TimelineResult r) {
        Table t = new Table("figure", "first year", "last year", "change", "trend per decade (least squares)");
        for (Figure f : FIGURES) {
            TimelineResult.Trend tr = r.trend(f.value());
            t.row(f.label(), tr.firstYear() + ": " + show(f, tr.first()), tr.lastYear() + ": " + show(f, tr.last()),
                    change(f, tr.change()), change(f, 10 * tr.slopePerYear()));
        }
        return t;
    }

    private static String show(Figure f, double v) {
        if (f.key().equals("valueUsd")) {
            return Numbers.usd(v);
        }
        if (f.key().equals("communities")) {
            return String.valueOf((int) v);
        }
        return f.share() ? Numbers.pct(v) : Numbers.fixed(v, 3);
    }

    private static String change(Figure f, double d) {
        if (Double.isNaN(d)) {
            return "-";
        }
        if (f.key().equals("valueUsd")) {
            return (d >= 0 ? "+" : "-") + Numbers.usd(Math.abs(d));
        }
        if (f.share()) {
            return String.format(Locale.ROOT, "%+.1f pt", 100 * d);
        }
        return String.format(Locale.ROOT, f.key().equals("communities") ? "%+.1f" : "%+.3f", d);
    }

    /**
     * The headline in words: where concentration and regionalisation started and ended.
     *
     * @param r the per-year results
     * @return one or two sentences
     */
    public static String headline(TimelineResult r) {
        TimelineResult.Trend hhi = r.trend(TimelineYear::exportHhi);
        TimelineResult.Trend region = r.trend(TimelineYear::insideRegionShare);
        TimelineResult.Trend inside = r.trend(TimelineYear::insideCommunityShare);
        TimelineResult.Trend q = r.trend(TimelineYear::modularity);
        TimelineYear first = r.first();
        TimelineYear last = r.last();
        return String.format(Locale.ROOT, "From %d to %d the export HHI went from %.3f to %.3f (largest exporter %s -> %s, "
                        + "%s -> %s of trade); trade inside UN regions from %s to %s (%+.1f pt per decade); trade inside "
                        + "communities from %s to %s; communities of 2+ countries %d -> %d; modularity %.3f -> %.3f "
                        + "(%+.3f per decade).",
                first.year(), last.year(), hhi.first(), hhi.last(), top1(first), top1(last), Numbers.pct(first.exportTop1Share()),
                Numbers.pct(last.exportTop1Share()), Numbers.pct(region.first()), Numbers.pct(region.last()),
                1000 * region.slopePerYear(), Numbers.pct(inside.first()), Numbers.pct(inside.last()), first.communities(),
                last.communities(), q.first(), q.last(), 10 * q.slopePerYear());
    }

    private static String top1(TimelineYear y) {
        List<NetworkSummary.Trader> ex = y.view().summary().topExporters();
        return ex.isEmpty() ? "-" : ex.get(0).name();
    }

    private static String text(TimelineResult r, String caveat) {
        StringBuilder sb = new StringBuilder();
        sb.append(ControlCharacters.visible(headline(r))).append("\n\n");
        sb.append("Year by year\n").append(years(r).toText()).append('\n');
        sb.append("Trends\n").append(trends(r).toText()).append('\n');
        for (String c : caveats(caveat)) {
            sb.append(ControlCharacters.visible(c)).append("\n\n");
        }
        sb.append(READING).append('\n');
        return sb.toString();
    }

    /**
     * The report in Markdown.
     *
     * @param header data, parameters and seed of the run
     * @param r the per-year results
     * @param caveat the data set's caveat, empty when it has none
     * @return the Markdown document
     */
    public static String markdown(ReportHeader header, TimelineResult r, String caveat) {
        StringBuilder sb = new StringBuilder(header.toMarkdown());
        sb.append(Markdown.escape(headline(r))).append("\n\n");
        for (String c : caveats(caveat)) {
            sb.append("> ").append(Markdown.escape(c)).append("\n\n");
        }
        sb.append("## Year by year\n\n").append(years(r).toMarkdown()).append('\n');
        sb.append("## Trends\n\n").append(trends(r).toMarkdown()).append('\n').append(Markdown.escape(READING)).append("\n\n");
        sb.append("## Hubs by year\n\n").append(hubs(r).toMarkdown()).append('\n');
        return sb.toString();
    }

    /**
     * The JSON document: header, {@code caveats}, {@code years: [{year, nodes, links, valueUsd,
     * exportHhi, exportTop1Share, exportTop3Share, topExporters, hubs, communities}]} and {@code
     * trends}. Shares are fractions.
     *
     * @param header data, parameters and seed of the run
     * @param r the per-year results
     * @param caveat the data set's caveat, empty when it has none
     * @return the JSON document
     */
    public static ObjectNode json(ReportHeader header, TimelineResult r, String caveat) {
        ObjectNode root = header.putInto(Json.object());
        caveats(caveat).forEach(root.putArray("caveats")::add);
        ArrayNode years = root.putArray("years");
        for (TimelineYear y : r.years()) {
            ObjectNode o = years.addObject();
            o.put("year", y.year());
            o.put("nodes", y.countries());
            o.put("links", y.links());
            Json.putNumber(o, "valueUsd", y.valueUsd());
            Json.putNumber(o, "exportHhi", y.exportHhi());
            Json.putNumber(o, "exportTop1Share", y.exportTop1Share());
            Json.putNumber(o, "exportTop3Share", y.exportTop3Share());
            ArrayNode ex = o.putArray("topExporters");
            for (NetworkSummary.Trader t : y.view().summary().topExporters()) {
                Json.putNumber(ex.addObject().put("id", t.id()).put("name", t.name()), "share", t.share());
            }
            ObjectNode hubs = o.putObject("hubs");
            for (HubCriterion c : HubCriterion.values()) {
                ArrayNode list = hubs.putArray(c.column());
                for (HubReport.Reason x : y.view().hubs().leaders().getOrDefault(c, List.of())) {
                    Json.putNumber(list.addObject().put("id", x.id()).put("rank", x.rank()), "value", x.value());
                }
            }
            o.set("communities", AnalysisReport.communitiesJson(y.view()));
        }
        ObjectNode trends = root.putObject("trends");
        for (Figure f : FIGURES) {
            TimelineResult.Trend tr = r.trend(f.value());
            ObjectNode o = trends.putObject(f.key());
            o.put("firstYear", tr.firstYear());
            Json.putNumber(o, "first", tr.first());
            o.put("lastYear", tr.lastYear());
            Json.putNumber(o, "last", tr.last());
            Json.putNumber(o, "slopePerYear", tr.slopePerYear());
        }
        r.notes().forEach(((ArrayNode) root.get("notes"))::add);
        return root;
    }
}
