package org.tradenet.report.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tradenet.analysis.Analysis;
import org.tradenet.analysis.AnalysisResult;
import org.tradenet.analysis.CommunityView;
import org.tradenet.analysis.FixedPartition;
import org.tradenet.analysis.NetworkView;
import org.tradenet.analysis.NoiseBand;
import org.tradenet.analysis.ScenarioOutcome;
import org.tradenet.analysis.Verdict;
import org.tradenet.community.CommunityProfile;
import org.tradenet.community.SignificanceResult;
import org.tradenet.compare.PartitionComparison;
import org.tradenet.compare.RankChange;
import org.tradenet.compare.RankComparison;
import org.tradenet.metrics.HubReport;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.ControlCharacters;
import org.tradenet.report.Json;
import org.tradenet.report.Markdown;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;
import org.tradenet.shock.BuiltInScenarios;
import org.tradenet.shock.Measure;
import org.tradenet.shock.ShockResult;
import org.tradenet.shock.WelfareChange;

/**
 * Renders an {@link AnalysisResult}: a compact terminal summary, Markdown, and JSON
 * ({@code baseline}, {@code scenarios: [{name, totalTrade, welfare, communities, comparison:
 * {nmi, adjustedRand, variationOfInformation, variationOfInformationUnit, moved}}]}, {@code verdicts}). The HTML page is {@link org.tradenet.report.html.AnalysisPage}.
 */
public final class AnalysisReport {

    /** How many moved countries, movers and welfare lines text reports list. */
    public static final int LIST = 10;

    private AnalysisReport() {
    }

    /**
     * The verdict table: one row per scenario, the figures a reader takes in at a glance.
     *
     * @param r the analysis
     * @return the table
     */
    public static Table verdicts(AnalysisResult r) {
        boolean study = anyStudy(r);
        List<String> head = new ArrayList<>(List.of("scenario", "trade value at world prices", "at producer prices", "trade volume",
                "communities (2+)", "modularity", "trade inside communities", "trade inside UN regions", "NMI vs baseline",
                "moved", "verdict", "trade inside baseline communities (held fixed)", "noise bands", "reasons"));
        if (study) {
            head.add("the study found");
        }
        Table t = new Table(head.toArray(String[]::new));
        CommunityView b = r.baseline().communities();
        for (ScenarioOutcome o : r.scenarios()) {
            CommunityView a = o.after().communities();
            ShockResult.TradeTotals tt = o.shock().totals();
            List<String> row = new ArrayList<>(List.of(o.name(), Numbers.pctChange(tt.valueChange()),
                    Numbers.pctChange(tt.producerValueChange()), Numbers.pctChange(tt.volumeChange()),
                    b.communities() + " -> " + a.communities(),
                    Numbers.fixed(b.modularity(), 3) + " -> " + Numbers.fixed(a.modularity(), 3),
                    Numbers.pct(b.insideCommunityShare()) + " -> " + Numbers.pct(a.insideCommunityShare()),
                    Numbers.pct(b.insideRegionShare()) + " -> " + Numbers.pct(a.insideRegionShare()),
                    Numbers.fixed(o.comparison().nmi(), 3), String.valueOf(o.comparison().moved().size()),
                    kindWords(o.verdict()), fixedShares(o.verdict()), bands(o.verdict()), o.verdict().evidence()));
            if (study) {
                row.add(study(o));
            }
            t.row(row.toArray(String[]::new));
        }
        return t;
    }

    /**
     * The verdict in seven columns, for a terminal or a narrow page.
     *
     * @param r the analysis
     * @return the table
     */
    public static Table compactVerdicts(AnalysisResult r) {
        Table compact = new Table("scenario", TRADE_THREE_WAYS, "communities (2+)", "trade inside communities",
                "inside baseline communities (fixed)", "NMI", "verdict");
        List<List<String>> rows = verdicts(r).rows();
        for (int k = 0; k < rows.size(); k++) {
            List<String> row = rows.get(k);
            compact.row(row.get(0), tradeThreeWays(r.scenarios().get(k)), row.get(4), row.get(6), row.get(11), row.get(8),
                    row.get(10));
        }
        return compact;
    }

    /** The heading of a column that gives the trade change in the three valuations, headline first. */
    static final String TRADE_THREE_WAYS = "trade: world / producer prices / volume";

    /** The trade change of a scenario in the three valuations, headline first: "-3.5% / -10.3% / -7.1%". */
    private static String tradeThreeWays(ScenarioOutcome o) {
        ShockResult.TradeTotals tt = o.shock().totals();
        return Numbers.pctChange(tt.valueChange()) + " / " + Numbers.pctChange(tt.producerValueChange()) + " / "
                + Numbers.pctChange(tt.volumeChange());
    }

    /**
     * The verdict with the reasons that decided it, for the HTML page: the re-optimised
     * measures are left out of the reasons here (they are in {@link #verdicts}).
     *
     * @param r the analysis
     * @return the table
     */
    public static Table reasonedVerdicts(AnalysisResult r) {
        Table t = new Table("scenario", TRADE_THREE_WAYS, "fixed-partition share", "NMI", "verdict", "reasons");
        List<List<String>> rows = verdicts(r).rows();
        for (int k = 0; k < rows.size(); k++) {
            List<String> row = rows.get(k);
            List<String> deciding = r.scenarios().get(k).verdict().reasons().stream()
                    .filter(x -> !x.startsWith(Analysis.REOPTIMISED)).toList();
            t.row(row.get(0), tradeThreeWays(r.scenarios().get(k)), row.get(11), row.get(8), row.get(10), String.join("; ", deciding));
        }
        return t;
    }

    /**
     * The verdict's words, marked with an asterisk when it is qualified by an insignificant baseline structure.
     *
     * @param v the verdict
     * @return the words, e.g. "no measurable change", followed by " *" when qualified
     */
    public static String kindWords(Verdict v) {
        return v.kind().words() + (v.qualified() ? " *" : "");
    }

    private static String fixedShares(Verdict v) {
        FixedPartition f = v.fixedPartition();
        return Numbers.pct(f.insideShareBefore()) + " -> " + Numbers.pct(f.insideShareAfter());
    }

    private static String bands(Verdict v) {
        NoiseBand n = v.noise();
        return "share \u00b1" + Numbers.fixed(100 * n.shareBand(), 1) + " pt; NMI < " + Numbers.fixed(n.nmiBand(), 3);
    }

    /**
     * The significance of the baseline community structure in one line; prefixed "WARNING: "
     * and followed by what it means for the verdicts when the structure is not significant.
     *
     * @param r the analysis
     * @return the sentence
     */
    public static String significance(AnalysisResult r) {
        String words = Analysis.significanceWords(r.significance());
        return r.significance().significant() ? "Community structure: " + words + "."
                : "WARNING: " + words + ". Verdicts marked * are qualified.";
    }

    /**
     * How the verdict is decided, in one paragraph, with this analysis's thresholds.
     *
     * @param r the analysis, whose parameters give the thresholds
     * @return the paragraph
     */
    public static String verdictRule(AnalysisResult r) {
        return "Each scenario gets one verdict. The post-shock flows are measured on the baseline communities held fixed: "
                + "when the share of trade inside them rises beyond the noise band the scenario fragments the network, when it "
                + "falls beyond the band it integrates it. Otherwise, when the re-optimised communities differ from the "
                + "baseline's beyond the optimiser's own run-to-run noise (NMI below the band), it reshapes the blocs; "
                + "otherwise there is no measurable change. Bands: the share band is the larger of the spread of the inside "
                + "share over the " + r.parameters().runs() + " optimiser runs of either network and "
                + Numbers.fixed(100 * r.parameters().moveThreshold(), 1) + " pt; the NMI band is the smaller of the lowest "
                + "NMI between two runs and " + Numbers.fixed(1 - r.parameters().nmiThreshold(), 2) + ".";
    }

    /**
     * Each scenario's result beside what the study found for a comparable scenario.
     *
     * @param r the analysis
     * @return the table
     */
    public static Table besideTheStudy(AnalysisResult r) {
        Table t = new Table("scenario", "here: trade value at world prices", "at producer prices", "volume", "here: verdict",
                "the study found");
        for (ScenarioOutcome o : r.scenarios()) {
            ShockResult.TradeTotals tt = o.shock().totals();
            t.row(o.name(), Numbers.pctChange(tt.valueChange()), Numbers.pctChange(tt.producerValueChange()),
                    Numbers.pctChange(tt.volumeChange()), kindWords(o.verdict()), study(o));
        }
        return t;
    }

    /**
     * True when some scenario is one of the study's (only then do reports compare with the
     * study).
     *
     * @param r the analysis result
     * @return whether a study scenario was run
     */
    public static boolean anyStudy(AnalysisResult r) {
        return r.scenarios().stream().anyMatch(o -> BuiltInScenarios.isStudy(o.shock().scenario()));
    }

    /**
     * The scenario's measures in words, rules with the countries they resolved to.
     *
     * @param s the scenario's shock result
     * @return the measures in words
     */
    public static String measures(ShockResult s) {
        return s.scenario().measures().isEmpty() ? "no measure"
                : String.join("; ", s.scenario().measures().stream().map(Measure::describe).toList());
    }

    /**
     * The published finding a scenario is set beside (citation prefix dropped), or "(no comparable finding)".
     *
     * @param o the scenario's outcome
     * @return the finding, or "(no comparable finding)"
     */
    public static String study(ScenarioOutcome o) {
        String s = o.shock().scenario().studyFinding();
        return s.isEmpty() ? "(no comparable finding)" : s.replaceFirst("^Han et al\\. \\(2025\\): ", "");
    }

    /**
     * Communities of one network: id, size, internal share, largest members, all members.
     *
     * @param v the network's view
     * @return the table, largest community first
     */
    public static Table communities(NetworkView v) {
        Table t = new Table("community", "size", "internal share", "largest members", "members");
        TradeNetwork net = v.network();
        for (CommunityProfile p : v.communities().profiles()) {
            if (p.size() < 2) {
                continue;
            }
            List<String> largest = new ArrayList<>();
            for (int i : p.largestMembers()) {
                largest.add(net.country(i).name());
            }
            List<String> members = new ArrayList<>();
            for (int i : p.members()) {
                members.add(net.country(i).id());
            }
            t.row(String.valueOf(p.id()), String.valueOf(p.size()), Numbers.pct(p.internalShare()), String.join(", ", largest),
                    String.join(" ", members));
        }
        int singles = (int) v.communities().profiles().stream().filter(p -> p.size() < 2).count();
        if (singles > 0) {
            t.row("-", String.valueOf(singles), "-", "countries alone in their community", "");
        }
        return t;
    }

    /**
     * Hubs with their reasons.
     *
     * @param h the hubs found
     * @return the table
     */
    public static Table hubs(HubReport h) {
        Table t = new Table("hub", "name", "region", "why (criterion #rank = value)");
        for (HubReport.Hub hub : h.hubs()) {
            List<String> why = new ArrayList<>();
            for (HubReport.Reason x : hub.reasons()) {
                String value = x.criterion() == org.tradenet.metrics.HubCriterion.THROUGHPUT ? "USD " + Numbers.usd(x.value())
                        : Numbers.fixed(x.value(), 4);
                why.add(x.criterion().column() + " #" + x.rank() + " = " + value + " (" + x.criterion().role() + ")");
            }
            t.row(hub.id(), hub.name(), hub.region(), String.join("; ", why));
        }
        return t;
    }

    /**
     * Countries whose community changed, with where they went.
     *
     * @param c the comparison of the baseline and post-shock partitions
     * @param net the network, for the countries' names
     * @return the table
     */
    public static Table moved(PartitionComparison c, TradeNetwork net) {
        Table t = new Table("country", "name", "community before", "community after");
        for (PartitionComparison.Move m : c.moved()) {
            String name = net.indexOf(m.node()).map(i -> net.country(i).name()).orElse(m.node());
            t.row(m.node(), name, m.before(), m.after());
        }
        return t;
    }

    /**
     * The largest rank moves on each hub criterion (top {@code LIST} by absolute change among the top 20 of either).
     *
     * @param o a scenario's outcome
     * @return the table
     */
    public static Table rankMoves(ScenarioOutcome o) {
        Table t = new Table("metric", "country", "rank before", "rank after", "places gained");
        for (RankComparison rc : o.rankChanges()) {
            List<RankChange> top = rc.changes().stream()
                    .filter(x -> x.rankBefore() > 0 && x.rankAfter() > 0 && (x.rankBefore() <= 20 || x.rankAfter() <= 20)
                            && x.change() != 0)
                    .sorted((x, y) -> Integer.compare(Math.abs(y.change()), Math.abs(x.change())))
                    .limit(3).toList();
            for (RankChange x : top) {
                t.row(rc.metric(), x.id(), String.valueOf(x.rankBefore()), String.valueOf(x.rankAfter()),
                        String.format(Locale.ROOT, "%+d", x.change()));
            }
        }
        return t;
    }

    /**
     * Welfare of the countries most affected, USD.
     *
     * @param s the shock's result
     * @return the table, welfare in USD
     */
    public static Table welfare(ShockResult s) {
        Table t = new Table("country", "producer surplus", "consumer surplus", "tariff revenue", "export-tax revenue", "total (USD)");
        s.welfare().entrySet().stream()
                .sorted((x, y) -> Double.compare(Math.abs(y.getValue().total()), Math.abs(x.getValue().total())))
                .limit(LIST)
                .forEach(e -> {
                    WelfareChange w = e.getValue();
                    t.row(e.getKey(), Numbers.usd(w.producerSurplus()), Numbers.usd(w.consumerSurplus()),
                            Numbers.usd(w.tariffRevenue()), Numbers.usd(w.exportTaxRevenue()), Numbers.usd(w.total()));
                });
        return t;
    }

    /**
     * The terminal summary: baseline in a few lines, then the verdict table.
     *
     * @param header the report header: data, parameters, seed, model form, units
     * @param r the analysis
     * @param written the files written, listed at the end; empty for none
     * @return the summary text
     */
    public static String terminal(ReportHeader header, AnalysisResult r, List<String> written) {
        StringBuilder sb = new StringBuilder(header.toText());
        NetworkView b = r.baseline();
        CommunityView c = b.communities();
        sb.append("Baseline: ").append(b.summary().nodes()).append(" countries, ").append(b.summary().links())
                .append(" links, USD ").append(Numbers.usd(b.summary().totalValueUsd())).append('\n');
        List<String> hubs = new ArrayList<>();
        for (HubReport.Hub h : b.hubs().hubs()) {
            hubs.add(h.name());
        }
        sb.append("Hubs: ").append(ControlCharacters.visible(String.join(", ", hubs))).append('\n');
        sb.append("Directed communities: ").append(c.communities()).append(" (modularity ")
                .append(Numbers.fixed(c.modularity(), 4)).append(", ").append(c.runs().runsEqualToBest()).append(" of ")
                .append(c.runs().runs().size()).append(" runs agree)\n");
        for (CommunityProfile p : c.profiles()) {
            if (p.size() >= 2) {
                List<String> largest = new ArrayList<>();
                for (int i : p.largestMembers()) {
                    largest.add(b.network().country(i).name());
                }
                sb.append("  ").append(p.id()).append(": ").append(p.size()).append(" countries around ")
                        .append(ControlCharacters.visible(String.join(", ", largest))).append('\n');
            }
        }
        sb.append(ControlCharacters.visible(significance(r))).append('\n');
        sb.append('\n').append("Verdict (").append(r.parameters().form().name().toLowerCase(Locale.ROOT))
                .append(" GSIM; on the baseline communities held fixed, changes beyond the optimiser's noise band; reasons in "
                        + "report.md; trade change at world prices, export taxes included (the headline), at producer prices and "
                        + "in volume; post-shock networks at world prices)\n");
        sb.append(compactVerdicts(r).toText());
        r.skipped().forEach(k -> sb.append("not run: ").append(ControlCharacters.visible(k)).append('\n'));
        if (!written.isEmpty()) {
            sb.append('\n').append("Wrote ").append(ControlCharacters.visible(String.join(", ", written))).append('\n');
        }
        return sb.toString();
    }

    /**
     * The full report in Markdown.
     *
     * @param header the report header: data, parameters, seed, model form, units
     * @param r the analysis
     * @return the Markdown document
     */
    public static String markdown(ReportHeader header, AnalysisResult r) {
        StringBuilder sb = new StringBuilder(header.toMarkdown());
        sb.append(r.significance().significant() ? "" : "> **").append(Markdown.escape(significance(r)))
                .append(r.significance().significant() ? "\n\n" : "**\n\n");
        sb.append("## Verdict\n\n").append(compactVerdicts(r).toMarkdown()).append('\n');
        r.skipped().forEach(k -> sb.append("- not run: ").append(Markdown.escape(k)).append('\n'));
        if (!r.skipped().isEmpty()) {
            sb.append('\n');
        }
        sb.append(Markdown.escape(verdictRule(r))).append("\n\n");
        for (ScenarioOutcome o : r.scenarios()) {
            sb.append("- **").append(Markdown.escape(o.name())).append("**: ").append(kindWords(o.verdict())).append('\n');
            for (String reason : o.verdict().reasons()) {
                sb.append("  - ").append(Markdown.escape(reason)).append('\n');
            }
        }
        sb.append("\n### All measures by scenario\n\n").append(verdicts(r).toMarkdown()).append('\n');
        NetworkView b = r.baseline();
        sb.append("## Baseline\n\n");
        sb.append(SummaryReport.render(new ReportHeader("", "", Map.of(), List.of()), b.summary(), OutputFormat.MARKDOWN)
                .replaceFirst("(?s)^# \\n\\n- \\*\\*data\\*\\*: \\n\\n", "").replace("\n## ", "\n### "));
        sb.append("### Hubs\n\n").append(hubs(b.hubs()).toMarkdown()).append('\n');
        CommunityView c = b.communities();
        sb.append("### Directed communities\n\n").append(c.communities()).append(" communities of two or more countries, directed "
                + "modularity ").append(Numbers.fixed(c.modularity(), 4)).append(" (").append(c.runs().runsEqualToBest())
                .append(" of ").append(c.runs().runs().size()).append(" runs found this partition; lowest ")
                .append(Numbers.fixed(c.runs().minQuality(), 4)).append("). Trade inside communities: ")
                .append(Numbers.pct(c.insideCommunityShare())).append("; inside UN regions: ")
                .append(Numbers.pct(c.insideRegionShare())).append(".\n\n");
        sb.append(communities(b).toMarkdown()).append('\n');
        for (ScenarioOutcome o : r.scenarios()) {
            ShockResult s = o.shock();
            sb.append("## Scenario ").append(Markdown.escape(o.name())).append("\n\n");
            sb.append(Markdown.escape(s.scenario().description())).append("\n\n");
            sb.append("- measures: ").append(Markdown.escape(measures(s))).append('\n');
            sb.append("- trade value at world prices (export taxes included): USD ").append(Numbers.usd(s.totals().valueBefore()))
                    .append(" -> ").append(Numbers.usd(s.totals().valueAfter())).append(" (")
                    .append(Numbers.pctChange(s.totals().valueChange())).append("); at producer prices (net of export taxes) ")
                    .append(Numbers.pctChange(s.totals().producerValueChange())).append("; volume ")
                    .append(Numbers.pctChange(s.totals().volumeChange())).append('\n');
            sb.append("- solver: ").append(s.diagnostics().form().name().toLowerCase(Locale.ROOT)).append(" form, ")
                    .append(s.diagnostics().iterations()).append(" iteration(s), converged\n");
            if (BuiltInScenarios.isStudy(s.scenario())) {
                sb.append("- the study found: ").append(Markdown.escape(study(o))).append('\n');
            }
            sb.append("- verdict: **").append(kindWords(o.verdict())).append("**: ").append(Markdown.escape(o.verdict().evidence()))
                    .append('\n');
            PartitionComparison pc = o.comparison();
            sb.append("- communities compared with the baseline: NMI ").append(Numbers.fixed(pc.nmi(), 4)).append(", ARI ")
                    .append(Numbers.fixed(pc.adjustedRand(), 4)).append(", VI ").append(Numbers.fixed(pc.variationOfInformation(), 4))
                    .append(" nats; the baseline partition's modularity on the post-shock network: ")
                    .append(Numbers.fixed(o.baselineModularityAfter(), 4)).append(" (baseline ")
                    .append(Numbers.fixed(r.baseline().communities().modularity(), 4)).append(")\n\n");
            sb.append("### Communities after the shock\n\n").append(communities(o.after()).toMarkdown()).append('\n');
            sb.append("### Countries that changed community\n\n").append(moved(pc, o.after().network()).toMarkdown()).append('\n');
            sb.append("### Largest hub rank changes\n\n").append(rankMoves(o).toMarkdown()).append('\n');
            sb.append("### Welfare of the countries most affected\n\n").append(welfare(s).toMarkdown()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The JSON document. Shares and changes are fractions unless a key ends in Pct.
     *
     * @param header the report header: data, parameters, seed, model form, units
     * @param r the analysis
     * @return the JSON document
     */
    public static ObjectNode json(ReportHeader header, AnalysisResult r) {
        ObjectNode root = header.putInto(Json.object());
        ObjectNode base = root.putObject("baseline");
        NetworkView b = r.baseline();
        base.set("summary", body(SummaryReport.json(header, b.summary())));
        base.set("hubs", body(HubsReport.json(header, b.network(), b.hubs(), List.of(), Map.of())));
        base.set("communities", communitiesJson(b));
        ((ObjectNode) base.get("communities")).set("significance", significanceJson(r.significance()));
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioOutcome o : r.scenarios()) {
            ObjectNode s = scenarios.addObject();
            s.put("name", o.name());
            ObjectNode shock = body(ShockReport.json(header, o.shock(), List.of(), null));
            shock.remove("scenario");
            s.put("description", o.shock().scenario().description());
            s.put("studyFinding", o.shock().scenario().studyFinding());
            s.setAll(shock);
            s.set("communities", communitiesJson(o.after()));
            ObjectNode cmp = s.putObject("comparison");
            PartitionComparison pc = o.comparison();
            Json.putNumber(cmp, "nmi", pc.nmi());
            Json.putNumber(cmp, "adjustedRand", pc.adjustedRand());
            Json.putNumber(cmp, "variationOfInformation", pc.variationOfInformation());
            cmp.put("variationOfInformationUnit", "nats");
            ArrayNode moved = cmp.putArray("moved");
            for (PartitionComparison.Move m : pc.moved()) {
                moved.addObject().put("id", m.node()).put("before", m.before()).put("after", m.after());
            }
            ArrayNode tr = cmp.putArray("transitions");
            for (PartitionComparison.Transition t : pc.transitions()) {
                ObjectNode x = tr.addObject().put("before", t.before()).put("after", t.after());
                t.members().forEach(x.putArray("members")::add);
            }
            CommunityView before = r.baseline().communities();
            CommunityView after = o.after().communities();
            Json.putNumber(cmp, "modularityBefore", before.modularity());
            Json.putNumber(cmp, "modularityAfter", after.modularity());
            Json.putNumber(cmp, "baselinePartitionModularityAfter", o.baselineModularityAfter());
            cmp.put("communitiesBefore", before.communities());
            cmp.put("communitiesAfter", after.communities());
            Json.putNumber(cmp, "insideCommunityShareBefore", before.insideCommunityShare());
            Json.putNumber(cmp, "insideCommunityShareAfter", after.insideCommunityShare());
            Json.putNumber(cmp, "insideRegionShareBefore", before.insideRegionShare());
            Json.putNumber(cmp, "insideRegionShareAfter", after.insideRegionShare());
            ArrayNode ranks = cmp.putArray("rankChanges");
            for (RankComparison rc : o.rankChanges()) {
                ObjectNode x = ranks.addObject().put("metric", rc.metric());
                ArrayNode ch = x.putArray("changes");
                for (RankChange c : rc.changes()) {
                    ch.addObject().put("id", c.id()).put("rankBefore", c.rankBefore()).put("rankAfter", c.rankAfter());
                }
            }
            s.set("verdict", verdictJson(o.verdict()));
        }
        ArrayNode skipped = root.putArray("skippedScenarios");
        r.skipped().forEach(skipped::add);
        ArrayNode verdicts = root.putArray("verdicts");
        for (ScenarioOutcome o : r.scenarios()) {
            ObjectNode v = verdicts.addObject();
            v.put("scenario", o.name());
            Json.putNumber(v, "tradeValueChangePct", 100 * o.shock().totals().valueChange());
            Json.putNumber(v, "tradeProducerValueChangePct", 100 * o.shock().totals().producerValueChange());
            Json.putNumber(v, "tradeVolumeChangePct", 100 * o.shock().totals().volumeChange());
            v.put("verdict", o.verdict().kind().id());
            v.put("qualified", o.verdict().qualified());
            v.put("evidence", o.verdict().evidence());
            v.put("study", o.shock().scenario().studyFinding());
        }
        return root;
    }

    /** {@code zScore}, {@code pValue}, {@code nullModel}, {@code draws} and the figures behind them. */
    static ObjectNode significanceJson(SignificanceResult s) {
        ObjectNode o = Json.object();
        Json.putNumber(o, "zScore", s.zScore());
        Json.putNumber(o, "pValue", s.pValue());
        o.put("nullModel", s.nullModel().id());
        o.put("draws", s.draws());
        o.put("significant", s.significant());
        Json.putNumber(o, "level", s.parameters().level());
        Json.putNumber(o, "observedModularity", s.observed());
        Json.putNumber(o, "nullModularityMean", s.nullMean());
        Json.putNumber(o, "nullModularitySd", s.nullSd());
        Json.putNumber(o, "nullMeanLinks", s.meanNullLinks());
        o.put("swapsPerLink", s.parameters().swapsPerLink());
        o.put("runsPerNetwork", s.parameters().runs());
        o.put("seed", s.parameters().seed());
        return o;
    }

    /** {@code kind}, {@code reasons}, {@code fixedPartition}, {@code noise}, {@code qualified}, {@code evidence}. */
    static ObjectNode verdictJson(Verdict v) {
        ObjectNode o = Json.object();
        o.put("kind", v.kind().id());
        v.reasons().forEach(o.putArray("reasons")::add);
        ObjectNode f = o.putObject("fixedPartition");
        Json.putNumber(f, "insideShareBefore", v.fixedPartition().insideShareBefore());
        Json.putNumber(f, "insideShareAfter", v.fixedPartition().insideShareAfter());
        Json.putNumber(f, "modularityBefore", v.fixedPartition().modularityBefore());
        Json.putNumber(f, "modularityAfter", v.fixedPartition().modularityAfter());
        ObjectNode n = o.putObject("noise");
        n.put("runs", v.noise().runs());
        Json.putNumber(n, "lowestRunNmi", v.noise().lowestRunNmi());
        Json.putNumber(n, "insideShareSpread", v.noise().insideShareSpread());
        Json.putNumber(n, "shareBand", v.noise().shareBand());
        Json.putNumber(n, "nmiBand", v.noise().nmiBand());
        o.put("qualified", v.qualified());
        o.put("evidence", v.evidence());
        return o;
    }

    private static ObjectNode body(ObjectNode node) {
        node.remove(List.of("title", "data", "parameters", "notes"));
        return node;
    }

    static ObjectNode communitiesJson(NetworkView v) {
        CommunityView c = v.communities();
        TradeNetwork net = v.network();
        ObjectNode o = Json.object();
        o.put("algorithm", "leiden");
        o.put("quality", "directed modularity (Leicht-Newman)");
        o.put("directed", net.directed());
        o.put("seed", c.runs().runs().get(0).seed());
        o.put("runs", c.runs().runs().size());
        o.put("runsEqualToBest", c.runs().runsEqualToBest());
        Json.putNumber(o, "modularity", c.modularity());
        ObjectNode spread = o.putObject("qualitySpread");
        Json.putNumber(spread, "min", c.runs().minQuality());
        Json.putNumber(spread, "mean", c.runs().meanQuality());
        Json.putNumber(spread, "max", c.runs().maxQuality());
        o.put("count", c.communities());
        o.put("isolated", c.isolated());
        Json.putNumber(o, "insideCommunityShare", c.insideCommunityShare());
        Json.putNumber(o, "insideRegionShare", c.insideRegionShare());
        ArrayNode list = o.putArray("communities");
        for (CommunityProfile p : c.profiles()) {
            ObjectNode x = list.addObject();
            x.put("id", p.id());
            x.put("size", p.size());
            ArrayNode m = x.putArray("members");
            for (int i : p.members()) {
                m.add(net.country(i).id());
            }
            Json.putNumber(x, "internalShare", p.internalShare());
            ArrayNode l = x.putArray("largestMembers");
            for (int i : p.largestMembers()) {
                l.add(net.country(i).id());
            }
        }
        ObjectNode memb = o.putObject("membership");
        ObjectNode stab = o.putObject("stability");
        double[] st = c.stability();
        for (int i = 0; i < net.nodeCount(); i++) {
            memb.put(net.country(i).id(), c.partition().community(i));
            Json.putNumber(stab, net.country(i).id(), st[i]);
        }
        return o;
    }

}
