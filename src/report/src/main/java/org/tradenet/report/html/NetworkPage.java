package org.tradenet.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tradenet.data.Country;
import org.tradenet.metrics.NetworkSummary;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.text.SummaryReport;
import org.tradenet.report.Table;

/**
 * The HTML page of one network: its summary tables, the network drawn with countries
 * coloured by a grouping (UN region until communities are at hand), bar charts of the largest
 * exporters and of trade balances (negative for net importers), the concentration curve of
 * exports, optionally two sub-networks drawn side by side on the same positions (two product
 * groups, or the first and last year), a line chart per year, and a sortable table of every
 * country. What {@code tradenet report} writes; the skeleton the full analysis report grows from.
 * A generic weighted directed graph ({@link TradeNetwork#countryIds()} false) gets the same page
 * in its own words: nodes, edges source &rarr; target, out- and in-strength, weights as given.
 */
public final class NetworkPage {

    /**
     * Two networks on the same countries to draw side by side.
     *
     * @param title      section title
     * @param caption    what the reader compares
     * @param left       the first network ("before")
     * @param leftTitle  its title
     * @param right      the second network ("after")
     * @param rightTitle its title
     */
    public record Pair(String title, String caption, TradeNetwork left, String leftTitle, TradeNetwork right, String rightTitle) {
    }

    /**
     * Lines over years.
     *
     * @param title   chart title
     * @param yAxis   what the lines measure, with the unit
     * @param lines   one line per series
     * @param caption what the chart shows and its caveats
     */
    public record Timeline(String title, String yAxis, List<Charts.Line> lines, String caption) {
        /**
         * Copies the lines.
         *
         * @param title chart title
         * @param yAxis what the lines measure, with the unit
         * @param lines one line per series
         * @param caption what the chart shows and its caveats
         */
        public Timeline {
            lines = List.copyOf(lines);
        }
    }

    private NetworkPage() {
    }

    /**
     * The page.
     *
     * @param header   what the page says first (data, parameters, seed)
     * @param summary  the network's summary
     * @param net      the network
     * @param groups   colours of the drawing, one group per node of {@code net}
     * @param layout   positions for {@code net} and the pair's networks
     * @param pair     an optional side-by-side comparison
     * @param timeline an optional line chart
     * @return a self-contained HTML page
     */
    public static String render(ReportHeader header, NetworkSummary summary, TradeNetwork net, Grouping groups,
                                NetworkLayout layout, Optional<Pair> pair, Optional<Timeline> timeline) {
        HtmlReport r = HtmlReport.of(header);
        boolean trade = net.countryIds();
        Map<String, Table> tables = SummaryReport.tables(summary, trade);
        // In the order SummaryReport.tables documents: the network, the largest senders, the largest receivers, dependence.
        List<String> titles = new ArrayList<>(tables.keySet());
        String nodes = trade ? "countries" : "nodes";
        double divisor = trade ? 1e6 : 1;
        String unit = trade ? "USD million" : "weight as given";
        int n = net.nodeCount();
        double[] exports = new double[n];
        double[] imports = new double[n];
        for (TradeLink l : net.links()) {
            if (l.isSelfLoop()) {
                continue;
            }
            exports[net.indexOf(l.exporter()).orElseThrow()] += l.valueUsd();
            imports[net.indexOf(l.importer()).orElseThrow()] += l.valueUsd();
        }

        r.section("The network");
        r.paragraph(trade
                ? net.nodeCount() + " countries and " + summary.links() + " exporter \u2192 importer links worth USD "
                        + Numbers.usd(summary.totalValueUsd()) + ". The three largest exporters hold "
                        + Numbers.pct(summary.exportTop3Share()) + " of exports (HHI " + Numbers.fixed(summary.exportHhi(), 3) + ")."
                : net.nodeCount() + " nodes and " + summary.links() + " edges source \u2192 target of total weight "
                        + Numbers.usd(summary.totalValueUsd()) + " (as given). The three nodes of largest out-strength hold "
                        + Numbers.pct(summary.exportTop3Share()) + " of it (out-strength HHI "
                        + Numbers.fixed(summary.exportHhi(), 3) + ").");
        String node = trade ? "country" : "node";
        r.figure(NetworkDrawing.svg("net", net.name() + ": " + nodes + " by " + groups.title(), net, layout, groups),
                "Layout: Fruchterman\u2013Reingold on each " + node + "'s " + layout.parameters().partners()
                        + " largest partners, seed " + layout.parameters().seed() + ", " + layout.parameters().iterations()
                        + " iterations. Hover over a " + node + " or a link for its figures.");
        r.table(titles.get(0), tables.get(titles.get(0)));

        r.section(trade ? "Who trades" : "Who sends and who receives");
        r.table(titles.get(1), tables.get(titles.get(1)));
        r.table(titles.get(2), tables.get(titles.get(2)));
        List<String> names = new ArrayList<>();
        double[] top = new double[summary.topExporters().size()];
        for (int k = 0; k < top.length; k++) {
            NetworkSummary.Trader t = summary.topExporters().get(k);
            names.add(t.name());
            top[k] = t.valueUsd() / divisor;
        }
        if (top.length > 0) {
            r.figure(trade
                    ? Charts.bars("top-exporters", "Largest exporters", "", "exports, USD million",
                            List.of(new Charts.Bars("exports", names, top)), true, Charts.Size.defaults())
                    : Charts.bars("top-out-strength", "Largest out-strength", "", "out-strength (" + unit + ")",
                            List.of(new Charts.Bars("out-strength", names, top)), true, Charts.Size.defaults()),
                    trade ? "Exports by value, USD million." : "Out-strength: the sum of a node's out-edge weights, as given.");
        }
        Integer[] byBalance = new Integer[n];
        for (int i = 0; i < n; i++) {
            byBalance[i] = i;
        }
        java.util.Arrays.sort(byBalance, Comparator.<Integer>comparingDouble(i -> -Math.abs(exports[i] - imports[i]))
                .thenComparing(i -> net.country(i).id()));
        int shown = Math.min(16, n);
        Integer[] chosen = java.util.Arrays.copyOf(byBalance, shown);
        java.util.Arrays.sort(chosen, Comparator.<Integer>comparingDouble(i -> -(exports[i] - imports[i])).thenComparing(i -> net.country(i).id()));
        List<String> balanceNames = new ArrayList<>();
        double[] balance = new double[shown];
        for (int k = 0; k < shown; k++) {
            int i = chosen[k];
            balanceNames.add(net.country(i).name());
            balance[k] = (exports[i] - imports[i]) / divisor;
        }
        if (shown > 0) {
            r.figure(trade
                    ? Charts.signedBars("balance", "Trade balance: exports minus imports", "", "USD million",
                            new Charts.Bars("balance", balanceNames, balance), true, new Charts.Size(760, 460))
                    : Charts.signedBars("balance", "Out-strength minus in-strength", "", "out-strength minus in-strength (" + unit + ")",
                            new Charts.Bars("out minus in", balanceNames, balance), true, new Charts.Size(760, 460)),
                    trade
                            ? "The " + shown + " countries with the largest balances, positive (net exporters, blue) or negative "
                                    + "(net importers, vermillion), USD million."
                            : "The " + shown + " nodes with the largest differences, positive (more weight out than in, blue) or "
                                    + "negative (more in than out, vermillion), " + unit + ".");
        }

        r.section(trade ? "Concentration and dependence" : "Concentration");
        double[] sorted = exports.clone();
        java.util.Arrays.sort(sorted);
        double total = java.util.Arrays.stream(sorted).sum();
        int exporters = (int) java.util.Arrays.stream(sorted).filter(v -> v > 0).count();
        if (exporters > 0 && total > 0) {
            double[] k = new double[exporters];
            double[] share = new double[exporters];
            double cum = 0;
            for (int j = 0; j < exporters; j++) {
                cum += sorted[sorted.length - 1 - j];
                k[j] = j + 1;
                share[j] = 100 * cum / total;
            }
            r.figure(trade
                    ? Charts.lines("concentration", "Concentration of exports", "number of largest exporters",
                            "share of all exports, %", List.of(new Charts.Line("cumulative share", k, share)), true,
                            Charts.Size.defaults())
                    : Charts.lines("concentration", "Concentration of out-strength", "number of nodes, largest out-strength first",
                            "share of the total weight, %", List.of(new Charts.Line("cumulative share", k, share)), true,
                            Charts.Size.defaults()),
                    trade
                            ? "Share of the network's exports held by its k largest exporters (" + exporters + " countries export)."
                            : "Share of the total weight sent by the k nodes of largest out-strength (" + exporters
                                    + " nodes have out-edges of positive weight).");
        }
        if (titles.size() > 3) {
            r.table(titles.get(3), tables.get(titles.get(3)));
        }

        if (pair.isPresent()) {
            Pair p = pair.get();
            NetworkDrawing.Scale scale = NetworkDrawing.Scale.of(p.left(), p.right());
            NetworkDrawing.Options o = NetworkDrawing.Options.defaults().withSize(680, 600).withLabels(10).withMaxLinks(300);
            r.section(p.title());
            r.pair(NetworkDrawing.svg("left", p.leftTitle(), p.left(), layout, regroup(groups, net, p.left()), scale, o),
                    NetworkDrawing.svg("right", p.rightTitle(), p.right(), layout, regroup(groups, net, p.right()), scale, o),
                    p.caption() + " Same positions and the same size scales in both drawings.");
        }

        if (timeline.isPresent()) {
            Timeline t = timeline.get();
            r.section("Over time");
            r.figure(Charts.lines("timeline", t.title(), "year", t.yAxis(), t.lines(), true, Charts.Size.defaults()), t.caption());
        }

        r.section(trade ? "All countries" : "All nodes");
        Table all = trade
                ? new Table("id", "name", "region", "exports (USD)", "imports (USD)", "balance (USD)", "importers", "exporters")
                : new Table("id", "name", "out-strength", "in-strength", "out minus in", "out-degree", "in-degree");
        for (int i = 0; i < n; i++) {
            Country c = net.country(i);
            List<String> cells = new ArrayList<>(List.of(c.id(), c.name()));
            if (trade) {
                cells.add(c.region().isEmpty() ? "-" : c.region());
            }
            cells.addAll(List.of(Numbers.usd(exports[i]), Numbers.usd(imports[i]), Numbers.usd(exports[i] - imports[i]),
                    String.valueOf(net.compact().outDegree(i)), String.valueOf(net.compact().inDegree(i))));
            all.row(cells);
        }
        r.table(trade ? "Every country; click a column header to sort" : "Every node; click a column header to sort", all);
        return r.render();
    }

    /** The grouping of {@code base} carried over to {@code other} by node id. */
    static Grouping regroup(Grouping groups, TradeNetwork base, TradeNetwork other) {
        int[] m = new int[other.nodeCount()];
        for (int i = 0; i < m.length; i++) {
            m[i] = base.indexOf(other.country(i).id()).map(groups::group).orElse(-1);
        }
        return new Grouping(groups.title(), m, groups.labels());
    }
}
