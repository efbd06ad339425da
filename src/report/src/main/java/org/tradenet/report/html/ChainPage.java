package org.tradenet.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tradenet.chain.ChainTier;
import org.tradenet.chain.Robustness;
import org.tradenet.chain.TierExposure;
import org.tradenet.chain.TierSupply;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.text.ChainReport;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;

/**
 * The HTML page of a value-chain analysis ({@code tradenet chain --out DIR}): the tiers side
 * by side (production of the first tier, the traded tiers drawn as networks), a Sankey diagram
 * of exposure flows from origins to final buyers, the tables of the text report, and the
 * robustness curves. Self-contained: inline SVG, CSS and the table-sorting script, nothing
 * fetched.
 */
public final class ChainPage {

    private ChainPage() {
    }

    /**
     * The page.
     *
     * @param header data, parameters and seed of the run
     * @param in the chain, its exposures and the optional scenario results
     * @return a self-contained HTML page
     */
    public static String render(ReportHeader header, ChainReport.Input in) {
        HtmlReport page = HtmlReport.of(header);
        page.section("Tiers side by side");
        TierSupply first = in.chain().supplies().get(0);
        List<String> producers = new ArrayList<>();
        List<Double> amounts = new ArrayList<>();
        for (int k = 0; k < first.size(); k++) {
            if (first.output(k) > 0) {
                producers.add(in.chain().countries().get(k));
                amounts.add(first.output(k));
            }
        }
        double[] values = amounts.stream().mapToDouble(Double::doubleValue).toArray();
        ChainTier t0 = first.tier();
        page.figure(Charts.bars("tier0", t0.name() + ": production by country", "country", t0.unit(),
                List.of(new Charts.Bars(t0.name(), producers, values)), true, new Charts.Size(760, 120 + 22 * producers.size())),
                t0.name() + " (" + t0.source() + ")");
        List<ChainTier> traded = in.chain().tiers().stream().filter(t -> t.trade().isPresent()).toList();
        for (int i = 0; i < traded.size(); i += 2) {
            String left = drawing(traded.get(i), i);
            if (i + 1 < traded.size()) {
                page.pair(left, drawing(traded.get(i + 1), i + 1), traded.get(i).name() + " and " + traded.get(i + 1).name()
                        + ": countries coloured by UN region, node size = trade, edges exporter -> importer");
            } else {
                page.figure(left, traded.get(i).name());
            }
        }
        List<Map.Entry<String, Table>> tables = ChainReport.tables(in);
        page.table(tables.get(0).getKey(), tables.get(0).getValue());

        page.section("Hidden dependence on " + in.focus());
        for (String line : ChainReport.answerText(in).split("\n")) {
            page.paragraph(line);
        }
        TierExposure last = in.exposure().last();
        page.figure(ExposureSankey.svg("sankey", "Where " + last.name() + " supply comes from: origins at "
                        + in.chain().tiers().get(0).name() + " -> buyers of " + last.name(), last, 8, 14),
                "Band width = the buyer's supply of " + last.name() + " (" + last.supply().tier().unit()
                        + ") that traces back to the origin, U[c]*E[c][o]; the largest origins and buyers, the rest pooled as other.");
        for (Map.Entry<String, Table> t : tables) {
            if (t.getKey().startsWith("Dependence")) {
                page.table(t.getKey(), t.getValue());
            }
        }
        if (in.cascade() != null) {
            page.section("Shortage cascade: " + in.cascade().scenario().name());
            page.paragraph(in.cascade().scenario().description());
            ChainReport.cascadeTables(in, false).forEach(t -> page.table(t.getKey(), t.getValue()));
            if (!in.cascade().rerouted().isEmpty()) {
                ChainReport.cascadeTables(in, true).forEach(t -> page.table(t.getKey(), t.getValue()));
            }
        }
        if (in.prices() != null) {
            page.section("Price transmission");
            tables.stream().filter(t -> t.getKey().startsWith("Price")).forEach(t -> page.table(t.getKey(), t.getValue()));
        }
        if (in.robustness() != null) {
            page.section("Robustness");
            for (Robustness.TierRobustness tr : in.robustness().tiers()) {
                page.pair(curves(tr, true), curves(tr, false), tr.tier() + ": after removing k countries (targeted by "
                        + "throughput or by betweenness, ranked once on the whole network or, adaptive, re-ranked on what is "
                        + "left after each removal; or at random: mean of " + in.robustness().parameters().draws()
                        + " orders, seed " + in.robustness().parameters().seed() + ")");
            }
            tables.stream().filter(t -> t.getKey().startsWith("Removals")).forEach(t -> page.table(t.getKey(), t.getValue()));
        }
        page.section("Notes");
        ChainReport.notes(in).forEach(page::paragraph);
        page.footer("Data: " + in.chain().description() + " Made with tradenet.");
        return page.render();
    }

    /** Buyers listed in the main report's table of the largest hidden dependencies. */
    private static final int HIDDEN = 10;

    /**
     * The chain as one section of another page (the analysis report of {@code tradenet
     * analyze --chain}): what was run, a link to the chain's own page, the tiers, the hidden
     * dependence on the focus origin (the watched buyers' sentences, the largest hidden
     * dependencies in value and the last tier's table), with a scenario the shortage cascade
     * and the price transmission, and the removals that halve each tier. The drawings stay on
     * the chain page.
     *
     * @param page     the page to add the section to
     * @param header   the chain analysis' header: spec, tiers, years, focus, scenario, settings
     * @param in       the chain analysis
     * @param fullPage the chain page's file name beside the page (e.g. {@code chain.html})
     */
    public static void section(HtmlReport page, ReportHeader header, ChainReport.Input in, String fullPage) {
        page.section("Value chain: " + in.chain().name());
        page.paragraph(in.chain().description());
        page.paragraphWithLink("The tiers drawn side by side, the Sankey diagram of exposure flows from origins to final buyers, "
                + "the robustness curves and every table are on the chain's own page:", fullPage, fullPage);
        Table settings = new Table("chain analysis", "value");
        header.parameters().forEach((k, v) -> settings.row(k, v));
        page.table("What the chain analysis used", settings);
        List<Map.Entry<String, Table>> tables = ChainReport.tables(in);
        page.table(tables.get(0).getKey(), tables.get(0).getValue());

        TierExposure last = in.exposure().last();
        String first = in.chain().tiers().get(0).name();
        page.heading("Hidden dependence on " + in.focus() + " (origin at " + first + ")");
        for (String line : ChainReport.answerText(in).split("\n")) {
            if (!line.isBlank()) {
                page.paragraph(line);
            }
        }
        List<String> top = ChainReport.largestHidden(in, HIDDEN);
        if (top.isEmpty()) {
            page.paragraph("No buyer of " + last.name() + " traces more of its supply back to " + in.focus() + " than it buys "
                    + "from " + in.focus() + " directly.");
        } else {
            page.paragraph("The largest hidden dependence in value: " + ChainReport.tracesBack(in, top.get(0)));
            page.table("Largest hidden dependencies on " + in.focus() + " at " + last.name() + ": supply that traces back to "
                    + in.focus() + " at " + first + " beyond what the buyer buys from " + in.focus() + " directly (hidden value = "
                    + "hidden share x supply, " + last.supply().tier().unit() + ")", ChainReport.largestHiddenTable(in, HIDDEN));
        }
        Map.Entry<String, Table> lastTable = tables.stream().filter(t -> t.getKey().startsWith("Dependence")).reduce((a, b) -> b)
                .orElseThrow();
        page.table(lastTable.getKey(), lastTable.getValue());

        if (in.cascade() != null) {
            page.heading("Shortage cascade: " + in.cascade().scenario().name());
            page.paragraph(in.cascade().scenario().description());
            for (boolean rerouted : in.cascade().rerouted().isEmpty() ? new boolean[] {false} : new boolean[] {false, true}) {
                List<Map.Entry<String, Table>> cascade = ChainReport.cascadeTables(in, rerouted);
                page.table(cascade.get(0).getKey(), cascade.get(0).getValue());
                Map.Entry<String, Table> mostHit = cascade.get(cascade.size() - 1);
                if (cascade.size() > 1) {
                    page.table(mostHit.getKey(), mostHit.getValue());
                }
            }
        }
        if (in.prices() != null) {
            page.heading("Price transmission");
            tables.stream().filter(t -> t.getKey().startsWith("Price")).forEach(t -> page.table(t.getKey(), t.getValue()));
        }
        if (in.robustness() != null) {
            page.heading("Robustness");
            page.paragraph("Countries removed one by one from each traded tier, targeted by throughput or by betweenness, ranked "
                    + "once on the whole network (static) or re-ranked on what is left after each removal (adaptive, Holme et al. "
                    + "2002), or at random (mean of " + in.robustness().parameters().draws() + " orders, seed "
                    + in.robustness().parameters().seed() + "). The curves are on " + fullPage + ".");
            tables.stream().filter(t -> t.getKey().startsWith("Removals")).forEach(t -> page.table(t.getKey(), t.getValue()));
        }
        page.heading("Chain notes");
        ChainReport.notes(in).forEach(page::paragraph);
    }

    private static String drawing(ChainTier tier, int i) {
        TradeNetwork net = tier.trade().orElseThrow();
        return NetworkDrawing.svg("tier" + (i + 1), tier.name() + " (" + tier.unit() + ")", net, NetworkLayout.of(net),
                Grouping.byRegion(net));
    }

    private static String curves(Robustness.TierRobustness tr, boolean trade) {
        List<Charts.Line> lines = new ArrayList<>();
        for (Robustness.Curve c : tr.curves()) {
            double[] y = trade ? c.tradeKept() : c.largestWcc();
            double[] x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = i;
            }
            lines.add(new Charts.Line(c.label(), x, y));
        }
        return Charts.lines("rob-" + tr.tier() + (trade ? "-t" : "-w"), tr.tier() + (trade ? ": share of trade kept"
                : ": largest weakly connected component"), "countries removed", trade ? "share of trade value" : "share of countries",
                lines, true, new Charts.Size(520, 360));
    }
}
