package org.tradenet.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tradenet.analysis.TimelineResult;
import org.tradenet.analysis.TimelineYear;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.text.TimelineReport;

/**
 * The timeline as one self-contained HTML page: the headline and the data's caveat first,
 * then line charts over the years drawn by JFreeChart (trade value; export concentration:
 * HHI and top-1/top-3 shares; the largest exporters' shares; number of directed communities
 * and modularity; regionalisation: trade inside communities and inside UN regions), the first
 * and the last year drawn side by side on the same positions (a community of the last year
 * takes the colour of the first-year community it shares most countries with), and tables of
 * every year, of the hubs by year and of the trends.
 */
public final class TimelinePage {

    /** How many exporters the share chart follows. */
    static final int EXPORTERS = 6;

    private TimelinePage() {
    }

    /**
     * The page.
     *
     * @param header     what the page says first (data, parameters, seed)
     * @param r          the timeline
     * @param caveat     the data set's caveat (may be empty)
     * @param layoutSeed seed of the drawing's layout
     * @param sources    the footer: data sources and references
     * @return a self-contained HTML page
     */
    public static String render(ReportHeader header, TimelineResult r, String caveat, long layoutSeed, String sources) {
        HtmlReport page = HtmlReport.of(header);
        double[] x = r.x();
        Charts.Size half = new Charts.Size(560, 360);

        page.section("What the data says");
        page.paragraph(TimelineReport.headline(r));
        for (String c : TimelineReport.caveats(caveat)) {
            page.paragraph(c);
        }
        page.paragraph(TimelineReport.READING);
        page.table("Trends of the headline figures", TimelineReport.trends(r));

        page.section("Trade and concentration");
        page.figure(Charts.lines("tl-value", "Trade value per year", "year", "USD million",
                List.of(new Charts.Line("trade value", x, scale(r.series(TimelineYear::valueUsd), 1e-6))), true,
                Charts.Size.defaults()), "Sum of the year's exporter \u2192 importer links, USD million (current dollars).");
        page.figure(Charts.lines("tl-concentration", "Concentration of exports", "year", "index or share (0\u20131)",
                List.of(new Charts.Line("export HHI", x, r.series(TimelineYear::exportHhi)),
                        new Charts.Line("largest exporter's share", x, r.series(TimelineYear::exportTop1Share)),
                        new Charts.Line("three largest exporters' share", x, r.series(TimelineYear::exportTop3Share))),
                true, Charts.Size.defaults()),
                "Herfindahl\u2013Hirschman index of the exporters' shares of each year's trade value (1 = one exporter), and "
                        + "the share of the largest and the three largest exporters.");
        page.figure(Charts.lines("tl-exporters", "Exporters' shares of trade value", "year", "share of the year's trade, %",
                exporterLines(r), true, Charts.Size.defaults()),
                "The four largest exporters of the last year and the three largest of the first: each one's exports as a share of "
                        + "the year's trade value, %.");

        page.section("Communities and regionalisation");
        page.pair(Charts.lines("tl-communities", "Directed communities (2+ countries)", "year", "communities",
                        List.of(new Charts.Line("communities", x, r.series(y -> y.communities()))), true, half),
                Charts.lines("tl-modularity", "Directed modularity", "year", "modularity",
                        List.of(new Charts.Line("modularity", x, r.series(TimelineYear::modularity))), true, half),
                "Leiden with directed modularity (Leicht\u2013Newman), resolution " + r.parameters().resolution() + ", "
                        + r.parameters().runs() + " runs per year with seeds " + r.parameters().seed() + ", "
                        + (r.parameters().seed() + 1) + ", \u2026; the best partition kept.");
        page.figure(Charts.lines("tl-regional", "Regionalisation", "year", "share of the year's trade value, %",
                List.of(new Charts.Line("inside communities", x, scale(r.series(TimelineYear::insideCommunityShare), 100)),
                        new Charts.Line("inside UN regions", x, scale(r.series(TimelineYear::insideRegionShare), 100))),
                true, Charts.Size.defaults()), TimelineReport.READING);

        TimelineYear first = r.first();
        TimelineYear last = r.last();
        if (first != last) {
            page.section("First and last year");
            NetworkLayout layout = NetworkLayout.of(r.all(), NetworkLayout.Parameters.defaults().withSeed(layoutSeed));
            NetworkDrawing.Scale scale = NetworkDrawing.Scale.of(first.view().network(), last.view().network());
            NetworkDrawing.Options o = NetworkDrawing.Options.defaults().withSize(720, 560).withLabels(12);
            Grouping firstGroups = AnalysisPage.grouping(first.view(), null);
            page.pair(NetworkDrawing.svg("tl-first", String.valueOf(first.year()), first.view().network(), layout,
                            firstGroups, scale, o),
                    NetworkDrawing.change("tl-last", last.year() + ": what changed since " + first.year(),
                            first.view().network(), firstGroups, last.view().network(), layout,
                            AnalysisPage.grouping(last.view(), first.view()), scale, o),
                    "Countries coloured by that year's directed communities; a community of " + last.year()
                            + " takes the colour of the " + first.year() + " community it shares most countries with. Same "
                            + "positions (layout of all years together, seed " + layoutSeed + ") and the same size scales. "
                            + last.year() + ": links coloured by the change since " + first.year() + " (blue grew, vermillion "
                            + "shrank); a black ring marks a country whose community changed.");
        }

        page.section("Year by year");
        page.table("Every year; click a column header to sort", TimelineReport.years(r));
        page.table("Hubs by year (top " + r.parameters().top() + " on each criterion)", TimelineReport.hubs(r));
        page.footer(sources);
        return page.render();
    }

    private static double[] scale(double[] v, double factor) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    /**
     * Export shares (%) per year of the last year's four and the first year's three largest exporters (at most six).
     *
     * @param r the per-year results
     * @return one line per exporter, shares in percent by year
     */
    public static List<Charts.Line> exporterLines(TimelineResult r) {
        List<Map<String, Double>> exports = new ArrayList<>();
        double[] total = new double[r.years().size()];
        Map<String, String> names = new LinkedHashMap<>();
        for (int k = 0; k < total.length; k++) {
            TradeNetwork net = r.years().get(k).view().network();
            Map<String, Double> e = new LinkedHashMap<>();
            for (TradeLink l : net.links()) {
                total[k] += l.valueUsd();
                e.merge(l.exporter(), l.valueUsd(), Double::sum);
            }
            exports.add(e);
            net.countries().forEach(c -> names.putIfAbsent(c.id(), c.name()));
        }
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(largest(exports.get(total.length - 1), 4));
        for (String id : largest(exports.get(0), 3)) {
            if (ids.size() < EXPORTERS) {
                ids.add(id);
            }
        }
        List<Charts.Line> lines = new ArrayList<>();
        for (String id : ids) {
            double[] share = new double[total.length];
            for (int k = 0; k < total.length; k++) {
                share[k] = total[k] > 0 ? 100 * exports.get(k).getOrDefault(id, 0.0) / total[k] : Double.NaN;
            }
            lines.add(new Charts.Line(names.getOrDefault(id, id), r.x(), share));
        }
        return lines;
    }

    private static List<String> largest(Map<String, Double> exports, int k) {
        return exports.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k).map(Map.Entry::getKey).toList();
    }
}
