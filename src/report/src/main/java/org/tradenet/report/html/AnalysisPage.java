package org.tradenet.report.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.tradenet.analysis.AnalysisResult;
import org.tradenet.analysis.CommunityView;
import org.tradenet.analysis.NetworkView;
import org.tradenet.analysis.ScenarioOutcome;
import org.tradenet.community.Partition;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.text.AnalysisReport;
import org.tradenet.shock.BuiltInScenarios;
import org.tradenet.shock.ShockResult;
import org.tradenet.shock.WelfareChange;

/**
 * The analysis as one self-contained HTML page: the verdict table and a chart of trade
 * change by scenario first, then the baseline network coloured by its directed communities,
 * then each scenario with the network before and after (same positions and scales; a
 * post-shock community takes the colour of the baseline community it shares most members
 * with), the countries that moved, hub rank changes and welfare.
 */
public final class AnalysisPage {

    private AnalysisPage() {
    }

    /**
     * The page; {@code layoutSeed} fixes the drawing's layout.
     *
     * @param header the report header: data, parameters, seed, model form, units
     * @param r the analysis to show
     * @param layoutSeed seed of the network drawing's layout
     * @param sources the data sources, for the page's footer
     * @return the page, a self-contained HTML document
     */
    public static String render(ReportHeader header, AnalysisResult r, long layoutSeed, String sources) {
        return render(header, r, layoutSeed, sources, page -> { });
    }

    /**
     * The page with more sections after the scenarios (such as the value chain of {@code
     * analyze --chain}, {@link ChainPage#section}).
     *
     * @param header the report header: data, parameters, seed, model form, units
     * @param r the analysis to show
     * @param layoutSeed seed of the network drawing's layout
     * @param sources the data sources, for the page's footer
     * @param more adds the further sections to the page
     * @return the page, a self-contained HTML document
     */
    public static String render(ReportHeader header, AnalysisResult r, long layoutSeed, String sources,
                                java.util.function.Consumer<HtmlReport> more) {
        HtmlReport page = HtmlReport.of(header);
        NetworkView b = r.baseline();
        NetworkLayout layout = NetworkLayout.of(b.network(), NetworkLayout.Parameters.defaults().withSeed(layoutSeed));

        page.section("Verdict");
        if (r.significance().significant()) {
            page.paragraph(AnalysisReport.significance(r));
        } else {
            page.warning(AnalysisReport.significance(r).replaceFirst("^WARNING: ", ""));
        }
        page.table("Verdict by scenario, with the reasons that decided it", AnalysisReport.reasonedVerdicts(r));
        page.paragraph("What each scenario does to the network. " + AnalysisReport.verdictRule(r)
                + " NMI compares the post-shock communities with the baseline's (1 = the same partition).");
        for (String k : r.skipped()) {
            page.paragraph("Not run: " + k + ".");
        }
        if (AnalysisReport.anyStudy(r)) {
            page.table("Beside the study (Han et al. 2025)", AnalysisReport.besideTheStudy(r));
        }
        List<String> names = new ArrayList<>();
        double[] value = new double[r.scenarios().size()];
        double[] volume = new double[r.scenarios().size()];
        double[] producer = new double[r.scenarios().size()];
        for (int k = 0; k < value.length; k++) {
            ScenarioOutcome o = r.scenarios().get(k);
            names.add(o.name());
            value[k] = 100 * o.shock().totals().valueChange();
            volume[k] = 100 * o.shock().totals().volumeChange();
            producer[k] = 100 * o.shock().totals().producerValueChange();
        }
        if (value.length > 0) {
            page.figure(Charts.bars("trade-change", "Change in world trade by scenario (GSIM "
                            + r.parameters().form().name().toLowerCase(Locale.ROOT) + " form)", "scenario", "change, %",
                    List.of(new Charts.Bars("value at world prices", names, value),
                            new Charts.Bars("value at producer prices", names, producer), new Charts.Bars("volume", names, volume)),
                    true, Charts.Size.defaults()),
                    "Total international trade after each scenario against the baseline: value at world prices (export "
                            + "taxes included, what trade statistics record), value at producer prices (net of export taxes) and "
                            + "volume (quantity at base prices).");
        }

        page.section("Baseline: " + b.network().name());
        CommunityView c = b.communities();
        page.paragraph(b.summary().nodes() + " countries, " + b.summary().links() + " exporter \u2192 importer links worth USD "
                + Numbers.usd(b.summary().totalValueUsd()) + ". Leiden with directed modularity (Leicht\u2013Newman) finds "
                + c.communities() + " communities of two or more countries (modularity " + Numbers.fixed(c.modularity(), 4)
                + ", " + c.runs().runsEqualToBest() + " of " + c.runs().runs().size() + " runs agree); "
                + Numbers.pct(c.insideCommunityShare()) + " of trade stays inside them, " + Numbers.pct(c.insideRegionShare())
                + " inside UN regions.");
        Grouping base = grouping(b, null);
        page.figure(NetworkDrawing.svg("baseline", b.network().name() + ": directed communities", b.network(), layout, base),
                "Countries coloured by directed community. Layout seed " + layoutSeed + ". Hover for figures.");
        page.table("Hubs and why", AnalysisReport.hubs(b.hubs()));
        page.table("Directed communities", AnalysisReport.communities(b));
        page.table("All measures by scenario", AnalysisReport.verdicts(r));

        for (ScenarioOutcome o : r.scenarios()) {
            ShockResult s = o.shock();
            page.section("Scenario: " + o.name());
            page.paragraph(s.scenario().description());
            page.paragraph("Trade value at world prices (export taxes included) " + Numbers.pctChange(s.totals().valueChange())
                    + ", at producer prices " + Numbers.pctChange(s.totals().producerValueChange()) + ", volume "
                    + Numbers.pctChange(s.totals().volumeChange()) + ". Verdict: " + AnalysisReport.kindWords(o.verdict()) + " ("
                    + o.verdict().evidence() + "). NMI against the baseline communities "
                    + Numbers.fixed(o.comparison().nmi(), 3) + ", ARI " + Numbers.fixed(o.comparison().adjustedRand(), 3)
                    + ", VI " + Numbers.fixed(o.comparison().variationOfInformation(), 3) + " nats."
                    + (BuiltInScenarios.isStudy(s.scenario()) ? " The study found: " + AnalysisReport.study(o) : ""));
            page.paragraph("Measures: " + AnalysisReport.measures(s) + ".");
            NetworkDrawing.Scale scale = NetworkDrawing.Scale.of(b.network(), o.after().network());
            NetworkDrawing.Options opts = NetworkDrawing.Options.defaults().withSize(720, 560).withLabels(12);
            String id = "s-" + o.name().replaceAll("[^A-Za-z0-9]", "-").toLowerCase(Locale.ROOT);
            page.pair(NetworkDrawing.svg(id + "-before", "Before", b.network(), layout, base, scale, opts),
                    NetworkDrawing.change(id + "-after", "After " + o.name() + ": what changed", b.network(), base,
                            o.after().network(), layout, grouping(o.after(), b), scale, opts),
                    "Same positions and scales before and after; a post-shock community takes the colour of the baseline "
                            + "community it shares most members with. After: links coloured by the change of their value "
                            + "(blue grew, vermillion shrank); a black ring marks a country that changed community.");
            page.table("Countries that changed community", AnalysisReport.moved(o.comparison(), o.after().network()));
            page.table("Communities after the shock", AnalysisReport.communities(o.after()));
            page.table("Largest hub rank changes", AnalysisReport.rankMoves(o));
            welfareChart(page, id, s);
            page.table("Welfare of the countries most affected (USD)", AnalysisReport.welfare(s));
        }
        more.accept(page);
        page.footer(sources);
        return page.render();
    }

    private static void welfareChart(HtmlReport page, String id, ShockResult s) {
        List<String> who = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        s.welfare().entrySet().stream()
                .sorted((x, y) -> Double.compare(Math.abs(y.getValue().total()), Math.abs(x.getValue().total())))
                .limit(AnalysisReport.LIST)
                .forEach(e -> {
                    WelfareChange w = e.getValue();
                    who.add(e.getKey());
                    total.add(w.total() / 1e6);
                });
        if (!who.isEmpty()) {
            double[] v = total.stream().mapToDouble(Double::doubleValue).toArray();
            page.figure(Charts.signedBars(id + "-welfare", "Welfare change, largest by size", "country", "USD million",
                    new Charts.Bars("total welfare", who, v), true, Charts.Size.defaults()),
                    "Producer surplus + consumer surplus (GSIM form) + tariff and export-tax revenue.");
        }
    }

    /**
     * Colours for a network's communities: each community of two or more countries gets a
     * group, labelled by its largest members; countries alone share one group. With a
     * baseline, communities are matched to baseline groups greedily by overlap (members
     * matched by id, so the two networks may have different countries, as two years do) so
     * that a surviving bloc keeps its colour.
     *
     * @param v the network's communities
     * @param baseline the baseline's communities to match against, or null for none
     * @return the colour groups with their labels
     */
    public static Grouping grouping(NetworkView v, NetworkView baseline) {
        Partition p = v.communities().partition();
        TradeNetwork net = v.network();
        int k = p.communityCount();
        int[] groupOf = new int[k];
        Arrays.fill(groupOf, -1);
        List<String> labels = new ArrayList<>();
        int baseGroups = 0;
        if (baseline != null) {
            Partition q = baseline.communities().partition();
            baseGroups = q.communityCount();
            for (int i = 0; i < baseGroups; i++) {
                labels.add(null);
            }
            long[][] overlap = new long[k][baseGroups];
            TradeNetwork before = baseline.network();
            for (int i = 0; i < p.nodeCount(); i++) {
                int j = before.indexOf(net.country(i).id()).orElse(-1);
                if (j >= 0) {
                    overlap[p.community(i)][q.community(j)]++;
                }
            }
            boolean[] taken = new boolean[baseGroups];
            while (true) {
                long best = 0;
                int bi = -1;
                int bj = -1;
                for (int i = 0; i < k; i++) {
                    if (groupOf[i] >= 0 || p.size(i) < 2) {
                        continue;
                    }
                    for (int j = 0; j < baseGroups; j++) {
                        if (!taken[j] && overlap[i][j] > best && q.size(j) >= 2) {
                            best = overlap[i][j];
                            bi = i;
                            bj = j;
                        }
                    }
                }
                if (bi < 0) {
                    break;
                }
                groupOf[bi] = bj;
                taken[bj] = true;
            }
        }
        int alone = -1;
        for (int i = 0; i < k; i++) {
            if (p.size(i) < 2) {
                if (alone < 0) {
                    alone = labels.size();
                    labels.add("alone");
                }
                groupOf[i] = alone;
            } else if (groupOf[i] < 0) {
                groupOf[i] = labels.size();
                labels.add(null);
            }
        }
        for (int i = 0; i < k; i++) {
            if (p.size(i) >= 2) {
                List<String> largest = new ArrayList<>();
                for (int m : v.communities().profiles().get(i).largestMembers()) {
                    largest.add(net.country(m).id());
                }
                labels.set(groupOf[i], String.join(", ", largest) + " (" + p.size(i) + ")");
            }
        }
        for (int j = 0; j < labels.size(); j++) {
            if (labels.get(j) == null) {
                labels.set(j, "(dissolved)");
            }
        }
        int[] membership = new int[p.nodeCount()];
        for (int i = 0; i < membership.length; i++) {
            membership[i] = groupOf[p.community(i)];
        }
        return new Grouping("directed community", membership, labels);
    }
}
