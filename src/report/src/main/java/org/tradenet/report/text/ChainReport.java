package org.tradenet.report.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tradenet.chain.ChainShock;
import org.tradenet.chain.ChainTier;
import org.tradenet.chain.Exposure;
import org.tradenet.chain.Robustness;
import org.tradenet.chain.ShortageCascade;
import org.tradenet.chain.TierExposure;
import org.tradenet.chain.ValueChain;
import org.tradenet.metrics.NetworkSummary;
import org.tradenet.shock.ShockResult;
import org.tradenet.report.ControlCharacters;
import org.tradenet.report.Json;
import org.tradenet.report.Markdown;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a value-chain analysis ({@code tradenet chain}): the tiers, hidden dependencies on
 * one origin, and, with a scenario, the shortage cascade and the price transmission; then
 * robustness to the removal of countries. Text, Markdown or JSON.
 */
public final class ChainReport {

    /** The 27 members of the European Union (2020-). */
    public static final List<String> EU27 = List.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU",
            "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE");

    /** Buyers every report shows beside the largest ones: the United States, the EU members, Japan, India. */
    public static final List<String> WATCHED = List.of("USA", "JPN", "IND");

    private static final int TOP = 10;

    private ChainReport() {
    }

    /**
     * What to render.
     *
     * @param chain      the chain
     * @param exposure   its exposures
     * @param focus      the origin whose hidden dependencies are shown
     * @param cascade    the shortage cascade, or null without a scenario
     * @param prices     the price transmission, or null without a scenario
     * @param robustness the robustness curves, or null
     */
    public record Input(ValueChain chain, Exposure exposure, String focus, ShortageCascade.Result cascade,
                        ChainShock.Result prices, Robustness.Result robustness) {
    }

    /**
     * The origin with the largest share of the first tier's supply: the default focus.
     *
     * @param chain the value chain, first tier first
     * @return the id of the origin with the largest first-tier output
     */
    public static String largestOrigin(ValueChain chain) {
        var first = chain.supplies().get(0);
        int best = 0;
        for (int k = 0; k < first.size(); k++) {
            if (first.output(k) > first.output(best)) {
                best = k;
            }
        }
        return chain.countries().get(best);
    }

    /**
     * Renders in {@code format} (text, markdown or json; csv is refused by the command).
     *
     * @param header data, parameters and seed of the run, printed first
     * @param in the chain, its exposures and the optional scenario results
     * @param format text, Markdown or JSON
     * @return the rendered report
     */
    public static String render(ReportHeader header, Input in, OutputFormat format) {
        return switch (format) {
            case JSON -> json(header, in);
            case MARKDOWN -> text(header, in, true);
            default -> text(header, in, false);
        };
    }

    /**
     * The report's tables with their captions, in report order (tiers, exposure per tier,
     * cascade, prices, robustness), for pages that lay them out themselves.
     *
     * @param in the chain, its exposures and the optional scenario results
     * @return caption and table pairs, in report order
     */
    public static List<Map.Entry<String, Table>> tables(Input in) {
        List<Map.Entry<String, Table>> out = new ArrayList<>();
        out.add(Map.entry("Tiers", tiersTable(in.chain())));
        for (TierExposure te : in.exposure().tiers().subList(1, in.exposure().tiers().size())) {
            out.add(Map.entry("Dependence on " + in.focus() + " at " + te.name() + ": direct, upstream (traced back to "
                    + in.chain().tiers().get(0).name() + "), hidden = upstream - direct",
                    exposureTable(te, in.focus(), te == in.exposure().last())));
        }
        if (in.prices() != null) {
            out.add(Map.entry("Price transmission, GSIM tier by tier, both forms", pricesTable(in.prices())));
        }
        if (in.robustness() != null) {
            out.add(Map.entry("Removals to halve trade and the largest weakly connected component", robustnessTable(in.robustness())));
        }
        return out;
    }

    /**
     * The answer to "how much of X's supply of the last tier traces back to the focus origin", one line per watched buyer.
     *
     * @param in the chain, its exposures and the focus origin
     * @return the answer, one line per watched buyer
     */
    public static String answerText(Input in) {
        return answer(in);
    }

    /**
     * The chain notes every rendering lists.
     *
     * @param in the chain, its exposures and the optional scenario results
     * @return the notes, one sentence each
     */
    public static List<String> notes(Input in) {
        return notesOf(in);
    }

    /**
     * The cascade tables (totals, then the most hit per tier) of one run, for pages.
     *
     * @param in the chain and its shortage cascade (not null here)
     * @param rerouted true for the cascade with re-routing, false for the one without
     * @return caption and table pairs, totals first
     */
    public static List<Map.Entry<String, Table>> cascadeTables(Input in, boolean rerouted) {
        StringBuilder ignored = new StringBuilder();
        List<Map.Entry<String, Table>> out = new ArrayList<>();
        cascadeTables(ignored, in, rerouted ? in.cascade().rerouted() : in.cascade().tiers(), rerouted ? " (with re-routing)" : "",
                false, out);
        return out;
    }

    /**
     * The chain report as a section of another Markdown report: the same content with every
     * heading one level down.
     *
     * @param header data, parameters and seed of the run
     * @param in the chain, its exposures and the optional scenario results
     * @return the Markdown section
     */
    public static String markdownSection(ReportHeader header, Input in) {
        String md = text(header, in, true);
        return md.replaceAll("(?m)^(#{1,5}) ", "#$1 ");
    }

    // ------------------------------------------------------------------ text

    private static String text(ReportHeader header, Input in, boolean md) {
        StringBuilder sb = new StringBuilder(md ? header.toMarkdown() : header.toText());
        section(sb, "Tiers", md);
        table(sb, tiersTable(in.chain()), md);
        section(sb, "Hidden dependence on " + in.focus() + " (origin at tier " + in.chain().tiers().get(0).name() + ")", md);
        sb.append(ControlCharacters.prose(answer(in), md)).append("\n\n");
        for (TierExposure te : in.exposure().tiers().subList(1, in.exposure().tiers().size())) {
            boolean last = te == in.exposure().last();
            table(sb, exposureTable(te, in.focus(), last), md, "tier " + te.name() + ": direct = share bought from " + in.focus()
                    + " (home supply when the buyer is " + in.focus() + "); upstream = share that traces back to " + in.focus()
                    + " at " + in.chain().tiers().get(0).name() + "; hidden = upstream - direct");
        }
        if (in.cascade() != null) {
            section(sb, "Shortage cascade: " + in.cascade().scenario().name(), md);
            sb.append(ControlCharacters.prose(in.cascade().scenario().description(), md)).append('\n');
            sb.append(String.format(java.util.Locale.ROOT, "input substitution sigma = %s; re-routing: %s%n%n",
                    Numbers.fixed(in.cascade().parameters().inputSubstitution(), 2),
                    in.cascade().parameters().spareCapacity() > 0 ? "to unaffected suppliers up to "
                            + Numbers.pct(in.cascade().parameters().spareCapacity()) + " of their output (second run)" : "none"));
            cascadeTables(sb, in, in.cascade().tiers(), "", md, null);
            if (!in.cascade().rerouted().isEmpty()) {
                cascadeTables(sb, in, in.cascade().rerouted(), " (with re-routing)", md, null);
            }
        }
        if (in.prices() != null) {
            section(sb, "Price transmission (GSIM tier by tier, both forms)", md);
            table(sb, pricesTable(in.prices()), md, "trade = international trade of the tier: value at world prices (what "
                    + "buyers pay, the supply-price wedge included), at producer prices (net of it) and volume; composite "
                    + "price = buyers' price of the tier's product, home supply included; welfare = sum over countries, in the tier's unit");
            for (int t = 0; t < in.prices().levels().size(); t++) {
                table(sb, priceRises(in.prices(), t, in.focus()), md, "largest composite price rises at "
                        + in.prices().levels().get(t).tier());
            }
        }
        if (in.robustness() != null) {
            section(sb, "Robustness: removing countries one by one", md);
            table(sb, robustnessTable(in.robustness()), md, "removals until the share of trade kept, or the largest weakly "
                    + "connected component (share of countries), is at or below half; static = ranked once on the whole "
                    + "network, adaptive = re-ranked on what is left after each removal (Holme et al. 2002); random = mean "
                    + "curve of " + in.robustness().parameters().draws() + " draws, seed " + in.robustness().parameters().seed());
        }
        section(sb, "Notes", md);
        for (String n : notesOf(in)) {
            sb.append(md ? "- " : "  - ").append(ControlCharacters.prose(n, md)).append('\n');
        }
        return sb.toString();
    }

    private static List<String> notesOf(Input in) {
        List<String> notes = new ArrayList<>(in.chain().notes());
        for (TierExposure te : in.exposure().tiers()) {
            if (!te.fallbackOrigins().isEmpty()) {
                notes.add(te.name() + ": " + te.fallbackOrigins().size() + " suppliers have no supply at the tier before and count "
                        + "as their own origin (" + abbreviate(te.fallbackOrigins()) + ")");
            }
        }
        if (in.cascade() != null) {
            notes.addAll(in.cascade().notes());
        }
        if (in.prices() != null) {
            notes.add("price transmission: a supply cut of share s is the supply-price wedge (1-s)^(-1/Ex) - 1; each tier's "
                    + "composite input-price change times its inputCostShare is a supply-price wedge on all of that country's "
                    + "sales of the next tier, home included; tiers without trade values are priced in their own unit "
                    + "(tonnes at base price 1); no tariffs");
        }
        return notes;
    }

    private static String abbreviate(List<String> ids) {
        return ids.size() <= 12 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 12)) + ", ... " + (ids.size() - 12) + " more";
    }

    private static void section(StringBuilder sb, String title, boolean md) {
        sb.append(md ? "## " : "").append(ControlCharacters.prose(title, md)).append(md ? "\n\n" : "\n");
    }

    private static void table(StringBuilder sb, Table t, boolean md) {
        sb.append(md ? t.toMarkdown() : t.toText()).append('\n');
    }

    private static void table(StringBuilder sb, Table t, boolean md, String caption) {
        sb.append(md ? "*" : "").append(ControlCharacters.prose(caption, md)).append(md ? "*\n\n" : "\n");
        table(sb, t, md);
    }

    private static Table tiersTable(ValueChain chain) {
        Table t = new Table("tier", "inputs", "input cost share", "unit", "countries", "links", "trade", "density", "export HHI",
                "production", "source");
        for (var ts : chain.supplies()) {
            ChainTier tier = ts.tier();
            double prod = tier.production().values().stream().mapToDouble(Double::doubleValue).sum();
            t.row(tier.name(), tier.inputs().orElse("-"), tier.inputs().isPresent() ? Numbers.fixed(tier.inputCostShare(), 2) : "-",
                    tier.unit(), String.valueOf(countries(ts)), tier.trade().map(n -> String.valueOf(n.linkCount())).orElse("-"),
                    tier.trade().map(n -> amount(n.totalValueUsd(), tier.unit())).orElse("-"),
                    tier.trade().map(n -> Numbers.fixed(NetworkSummary.of(n, 1).density(), 4)).orElse("-"),
                    tier.trade().map(n -> Numbers.fixed(NetworkSummary.of(n, 1).exportHhi(), 3)).orElse("-"),
                    tier.production().isEmpty() ? "none" : amount(prod, tier.unit()), tier.source());
        }
        return t;
    }

    private static int countries(org.tradenet.chain.TierSupply ts) {
        int c = 0;
        for (int i = 0; i < ts.size(); i++) {
            if (ts.output(i) > 0 || ts.supply(i) > 0) {
                c++;
            }
        }
        return c;
    }

    private static String amount(double v, String unit) {
        return unit.equals("USD") ? Numbers.usd(v) : Math.abs(v) >= Numbers.EXPONENT_FROM ? Numbers.fixed(v, 0) + " " + unit
                : String.format(java.util.Locale.ROOT, "%,.0f %s", v, unit);
    }

    /** The buyers shown for a tier: the watched ones, the EU (and its members at the last tier), the largest. */
    private static List<String> shownBuyers(TierExposure te, boolean withMembers) {
        Set<String> out = new LinkedHashSet<>();
        List<String> buyers = te.buyers();
        for (String w : WATCHED) {
            if (buyers.contains(w)) {
                out.add(w);
            }
        }
        if (te.buyers().stream().anyMatch(EU27::contains)) {
            out.add("EU27");
        }
        if (withMembers) {
            buyers.stream().filter(EU27::contains).forEach(out::add);
        }
        buyers.stream().limit(TOP).forEach(out::add);
        return new ArrayList<>(out);
    }

    private static Table exposureTable(TierExposure te, String focus, boolean last) {
        Table t = new Table("buyer", "supply", "direct", "upstream", "hidden", "largest supplier", "supplier HHI");
        String unit = te.supply().tier().unit();
        for (String c : shownBuyers(te, last)) {
            if (c.equals("EU27")) {
                double supply = EU27.stream().filter(x -> te.buyers().contains(x)).mapToDouble(te::supply).sum();
                double d = te.groupDirect(EU27, focus);
                double u = te.groupUpstream(EU27, focus);
                t.row("EU27 (combined)", amount(supply, unit), Numbers.pct(d), Numbers.pct(u), Numbers.pctChange(u - d), "-", "-");
                continue;
            }
            var ls = te.largestSupplier(c);
            t.row(c, amount(te.supply(c), unit), Numbers.pct(te.direct(c, focus)), Numbers.pct(te.upstream(c, focus)),
                    Numbers.pctChange(te.hidden(c, focus)),
                    ls.map(s -> s.id() + " " + Numbers.pct(s.share())).orElse("-"), Numbers.fixed(te.supplierHhi(c), 3));
        }
        return t;
    }

    /** The sentence that answers the user's question for the first watched buyer. */
    private static String answer(Input in) {
        TierExposure last = in.exposure().last();
        String focus = in.focus();
        List<String> lines = new ArrayList<>();
        for (String c : WATCHED) {
            if (last.buyers().contains(c)) {
                lines.add(tracesBack(in, c));
            }
        }
        double d = last.groupDirect(EU27, focus);
        double u = last.groupUpstream(EU27, focus);
        if (!Double.isNaN(u)) {
            lines.add(String.format(java.util.Locale.ROOT, "The EU's 27 members together buy %s of their %s supply from %s, "
                    + "and %s of it traces back to %s at %s.", Numbers.pct(d), last.name(), focus, Numbers.pct(u), focus,
                    in.chain().tiers().get(0).name()));
        }
        return String.join("\n", lines);
    }

    /**
     * The sentence that says how much of a buyer's supply of the last tier traces back to the
     * focus origin at the first tier, beside what it buys from the focus directly.
     *
     * @param in the analysis
     * @param c  a buyer of the last tier
     * @return one sentence
     */
    public static String tracesBack(Input in, String c) {
        TierExposure last = in.exposure().last();
        String focus = in.focus();
        var ls = last.largestSupplier(c);
        // "but" where more traces back than is bought directly (a hidden dependence), "and" where less
        String link = last.hidden(c, focus) > 0 ? "but" : "and";
        return String.format(java.util.Locale.ROOT, "%s buys %s of %s from %s directly, %s %s of its %s supply traces "
                        + "back to %s at %s (hidden dependence %s points)%s.", c, Numbers.pct(last.direct(c, focus)),
                last.name(), focus, link, Numbers.pct(last.upstream(c, focus)), last.name(), focus,
                in.chain().tiers().get(0).name(), Numbers.fixed(100 * last.hidden(c, focus), 1),
                ls.map(s -> "; its largest supplier is " + s.id() + " (" + Numbers.pct(s.share()) + ")").orElse(""));
    }

    /**
     * The buyers of the last tier with the largest positive hidden dependence on the focus
     * origin in value, {@code hidden(c, focus) * U[c]}: supply that traces back to the focus
     * beyond what they buy from it directly. Largest first; ties by id.
     *
     * @param in    the analysis
     * @param limit how many at most
     * @return the buyers' ids
     */
    public static List<String> largestHidden(Input in, int limit) {
        TierExposure last = in.exposure().last();
        String focus = in.focus();
        return last.buyers().stream().filter(c -> last.hidden(c, focus) > 0)
                .sorted(java.util.Comparator.comparingDouble((String c) -> -last.hidden(c, focus) * last.supply(c))
                        .thenComparing(c -> c))
                .limit(limit).toList();
    }

    /**
     * The table of {@link #largestHidden}: supply, direct, upstream, hidden share and value, largest supplier.
     *
     * @param in the chain, its exposures and the focus origin
     * @param limit the most rows to show
     * @return one row per buyer of {@link #largestHidden}, at most {@code limit}
     */
    public static Table largestHiddenTable(Input in, int limit) {
        TierExposure last = in.exposure().last();
        String focus = in.focus();
        String unit = last.supply().tier().unit();
        Table t = new Table("buyer", "supply", "direct", "upstream", "hidden", "hidden value", "largest supplier");
        for (String c : largestHidden(in, limit)) {
            var ls = last.largestSupplier(c);
            t.row(c, amount(last.supply(c), unit), Numbers.pct(last.direct(c, focus)), Numbers.pct(last.upstream(c, focus)),
                    Numbers.pctChange(last.hidden(c, focus)), amount(last.hidden(c, focus) * last.supply(c), unit),
                    ls.map(x -> x.id() + " " + Numbers.pct(x.share())).orElse("-"));
        }
        return t;
    }

    /** Appends the cascade tables to {@code sb}, or, when {@code collect} is not null, adds them there instead. */
    private static void cascadeTables(StringBuilder sb, Input in, List<ShortageCascade.TierLoss> tiers, String run, boolean md,
                                      List<Map.Entry<String, Table>> collect) {
        Table totals = new Table("tier", "supply lost", "of world supply", "unit", "countries losing");
        for (var tl : tiers) {
            totals.row(tl.tier(), amount(tl.totalLoss(), tl.unit()).replace(" " + tl.unit(), ""),
                    Numbers.pct(tl.totalSupply() > 0 ? tl.totalLoss() / tl.totalSupply() : 0), tl.unit(),
                    String.valueOf(tl.supplyLoss().size()));
        }
        emit(sb, totals, md, "supply lost per tier" + run, collect);
        for (var tl : tiers) {
            Table t = new Table("country", "supply loss", "value lost", "own output lost");
            Set<String> shown = new LinkedHashSet<>();
            tl.lossValue().keySet().stream().limit(TOP).forEach(shown::add);
            if (tl == tiers.get(tiers.size() - 1)) {
                for (String w : WATCHED) {
                    if (tl.supplyLoss().containsKey(w)) {
                        shown.add(w);
                    }
                }
                tl.lossValue().keySet().stream().filter(EU27::contains).limit(5).forEach(shown::add);
            }
            for (String c : shown) {
                t.row(c, Numbers.pct(tl.supplyLoss(c)), amount(tl.lossValue().getOrDefault(c, 0.0), tl.unit()),
                        Numbers.pct(tl.outputLoss().getOrDefault(c, 0.0)));
            }
            if (t.size() > 0) {
                emit(sb, t, md, "most hit at " + tl.tier() + run + " (supply loss = share of the country's supply of the tier lost)",
                        collect);
            }
        }
    }

    private static void emit(StringBuilder sb, Table t, boolean md, String caption, List<Map.Entry<String, Table>> collect) {
        if (collect != null) {
            collect.add(Map.entry(caption, t));
        } else {
            table(sb, t, md, caption);
        }
    }

    private static Table pricesTable(ChainShock.Result p) {
        Table t = new Table("tier", "form", "trade value at world prices", "at producer prices", "trade volume",
                "largest composite price rise", "world welfare");
        for (int i = 0; i < p.linear().size(); i++) {
            for (ChainShock.TierShock ts : List.of(p.linear().get(i), p.levels().get(i))) {
                ShockResult r = ts.result();
                Map.Entry<String, Double> top = r.compositePriceChange().entrySet().stream()
                        .filter(e -> Double.isFinite(e.getValue()))
                        .max(Map.Entry.comparingByValue()).orElse(null);
                double welfare = r.welfare().values().stream().mapToDouble(w -> w.total()).filter(Double::isFinite).sum();
                boolean traded = r.totals().valueBefore() > 0;
                t.row(ts.tier(), r.form().name().toLowerCase(java.util.Locale.ROOT),
                        traded ? Numbers.pctChange(r.totals().valueChange()) : "no trade",
                        traded ? Numbers.pctChange(r.totals().producerValueChange()) : "no trade",
                        traded ? Numbers.pctChange(r.totals().volumeChange()) : "no trade",
                        top == null ? "-" : top.getKey() + " " + Numbers.pctChange(top.getValue()),
                        amount(welfare, ts.unit()));
            }
        }
        return t;
    }

    private static Table priceRises(ChainShock.Result p, int tier, String focus) {
        ShockResult lin = p.linear().get(tier).result();
        ShockResult lev = p.levels().get(tier).result();
        Table t = new Table("country", "composite price (linear)", "composite price (levels)", "supply-price wedge",
                "world price (levels)");
        Set<String> shown = new LinkedHashSet<>();
        lev.compositePriceChange().entrySet().stream().filter(e -> Double.isFinite(e.getValue()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5).forEach(e -> shown.add(e.getKey()));
        for (String w : WATCHED) {
            if (lev.compositePriceChange().containsKey(w)) {
                shown.add(w);
            }
        }
        if (lev.compositePriceChange().containsKey(focus)) {
            shown.add(focus);
        }
        for (String c : shown) {
            t.row(c, Numbers.pctChange(lin.compositePriceChange().getOrDefault(c, Double.NaN)),
                    Numbers.pctChange(lev.compositePriceChange().getOrDefault(c, Double.NaN)),
                    Numbers.pctChange(p.levels().get(tier).wedge().rate(c)),
                    Numbers.pctChange(lev.worldPriceChange().getOrDefault(c, Double.NaN)));
        }
        return t;
    }

    private static Table robustnessTable(Robustness.Result r) {
        Table t = new Table("tier", "countries", "removal order", "ranking", "to halve trade", "to halve largest component",
                "first removed");
        for (var tier : r.tiers()) {
            for (var c : tier.curves()) {
                t.row(tier.tier(), String.valueOf(tier.countries()), c.strategy(), c.ranking().word(),
                        String.valueOf(c.removalsToHalveTrade()),
                        String.valueOf(c.removalsToHalveWcc()),
                        c.removed().isEmpty() ? "(random)" : String.join(" ", c.removed().subList(0, Math.min(5, c.removed().size()))));
            }
        }
        return t;
    }

    // ------------------------------------------------------------------ json

    private static String json(ReportHeader header, Input in) {
        ObjectNode root = header.putInto(Json.object());
        root.put("chain", in.chain().name());
        root.put("focus", in.focus());
        ArrayNode tiers = root.putArray("tiers");
        for (var ts : in.chain().supplies()) {
            ChainTier tier = ts.tier();
            ObjectNode o = tiers.addObject();
            o.put("name", tier.name());
            o.put("inputs", tier.inputs().orElse(null));
            o.put("inputCostShare", tier.inputCostShare());
            o.put("unit", tier.unit());
            o.put("source", tier.source());
            o.put("countries", countries(ts));
            o.put("links", tier.trade().map(n -> n.linkCount()).orElse(0));
            Json.putNumber(o, "value", tier.trade().map(n -> n.totalValueUsd()).orElse(0.0));
            Json.putNumber(o, "production", tier.production().values().stream().mapToDouble(Double::doubleValue).sum());
            o.put("productionSource", tier.productionSource());
            tier.trade().ifPresent(net -> {
                NetworkSummary s = NetworkSummary.of(net, 3);
                Json.putNumber(o, "density", s.density());
                Json.putNumber(o, "reciprocity", s.reciprocity());
                Json.putNumber(o, "exportHhi", s.exportHhi());
                Json.putNumber(o, "exportTop1Share", s.exportTop1Share());
            });
        }
        ArrayNode exposure = root.putArray("exposure");
        ArrayNode concentration = root.putArray("supplierConcentration");
        for (TierExposure te : in.exposure().tiers()) {
            for (String c : te.buyers()) {
                Set<String> origins = new LinkedHashSet<>(te.origins(c).keySet());
                te.suppliers(c).forEach(s -> origins.add(s.id()));
                for (String o : origins) {
                    ObjectNode e = exposure.addObject();
                    e.put("tier", te.name());
                    e.put("country", c);
                    e.put("origin", o);
                    Json.putNumber(e, "direct", te.direct(c, o));
                    Json.putNumber(e, "upstream", te.upstream(c, o));
                    Json.putNumber(e, "hidden", te.hidden(c, o));
                }
                ObjectNode h = concentration.addObject();
                h.put("tier", te.name());
                h.put("country", c);
                Json.putNumber(h, "supply", te.supply(c));
                Json.putNumber(h, "supplierHhi", te.supplierHhi(c));
                Optional<TierExposure.Supplier> ls = te.largestSupplier(c);
                h.put("largestSupplier", ls.map(TierExposure.Supplier::id).orElse(null));
                Json.putNumber(h, "largestSupplierShare", ls.map(TierExposure.Supplier::share).orElse(Double.NaN));
            }
        }
        if (in.cascade() != null) {
            ObjectNode c = root.putObject("cascade");
            c.put("scenario", in.cascade().scenario().name());
            c.put("description", in.cascade().scenario().description());
            Json.putNumber(c, "inputSubstitution", in.cascade().parameters().inputSubstitution());
            Json.putNumber(c, "spareCapacity", in.cascade().parameters().spareCapacity());
            c.set("tiers", cascadeJson(in.cascade().tiers()));
            if (!in.cascade().rerouted().isEmpty()) {
                c.set("rerouted", cascadeJson(in.cascade().rerouted()));
            }
        }
        if (in.prices() != null) {
            ObjectNode p = root.putObject("prices");
            ArrayNode pt = p.putArray("tiers");
            for (int i = 0; i < in.prices().linear().size(); i++) {
                ObjectNode o = pt.addObject();
                o.put("name", in.prices().linear().get(i).tier());
                o.put("unit", in.prices().linear().get(i).unit());
                ObjectNode total = o.putObject("totalTrade");
                for (ChainShock.TierShock ts : List.of(in.prices().linear().get(i), in.prices().levels().get(i))) {
                    String form = ts.result().form().name().toLowerCase(java.util.Locale.ROOT);
                    ShockResult r = ts.result();
                    ObjectNode tt = total.putObject(form);
                    Json.putNumber(tt, "valueBefore", r.totals().valueBefore());
                    Json.putNumber(tt, "valueAfter", r.totals().valueAfter());
                    Json.putNumber(tt, "producerValueAfter", r.totals().producerValueAfter());
                    Json.putNumber(tt, "volumeAfter", r.totals().volumeAfter());
                    Json.putNumber(tt, "valueChange", r.totals().valueChange());
                    Json.putNumber(tt, "producerValueChange", r.totals().producerValueChange());
                    Json.putNumber(tt, "volumeChange", r.totals().volumeChange());
                    ObjectNode f = o.putObject(form);
                    map(f.putObject("supplyPriceWedge"), ts.wedge().rates());
                    map(f.putObject("inputCostPassedDown"), ts.inputCost());
                    map(f.putObject("worldPriceChange"), r.worldPriceChange());
                    map(f.putObject("compositePriceChange"), r.compositePriceChange());
                    ObjectNode w = f.putObject("welfare");
                    r.welfare().forEach((id, wc) -> Json.putNumber(w, id, wc.total()));
                    ObjectNode d = f.putObject("diagnostics");
                    d.put("iterations", r.diagnostics().iterations());
                    Json.putNumber(d, "residualNorm", r.diagnostics().residualNorm());
                    d.put("converged", r.diagnostics().converged());
                }
            }
        }
        if (in.robustness() != null) {
            ObjectNode r = root.putObject("robustness");
            r.put("draws", in.robustness().parameters().draws());
            r.put("seed", in.robustness().parameters().seed());
            ArrayNode rt = r.putArray("tiers");
            for (var tier : in.robustness().tiers()) {
                ObjectNode o = rt.addObject();
                o.put("name", tier.tier());
                o.put("countries", tier.countries());
                ArrayNode cs = o.putArray("curves");
                for (var c : tier.curves()) {
                    ObjectNode co = cs.addObject();
                    co.put("strategy", c.strategy());
                    co.put("ranking", c.ranking().word());
                    co.put("removalsToHalveTrade", c.removalsToHalveTrade());
                    co.put("removalsToHalveLargestWcc", c.removalsToHalveWcc());
                    ArrayNode order = co.putArray("removed");
                    c.removed().forEach(order::add);
                    ArrayNode tk = co.putArray("tradeKept");
                    for (double v : c.tradeKept()) {
                        tk.add(v);
                    }
                    ArrayNode wk = co.putArray("largestWcc");
                    for (double v : c.largestWcc()) {
                        wk.add(v);
                    }
                }
            }
        }
        ArrayNode notes = root.putArray("chainNotes");
        notesOf(in).forEach(notes::add);
        return Json.write(root);
    }

    private static ArrayNode cascadeJson(List<ShortageCascade.TierLoss> tiers) {
        ArrayNode a = Json.mapper().createArrayNode();
        for (var tl : tiers) {
            ObjectNode o = a.addObject();
            o.put("name", tl.tier());
            o.put("unit", tl.unit());
            Json.putNumber(o, "totalSupply", tl.totalSupply());
            Json.putNumber(o, "totalLoss", tl.totalLoss());
            map(o.putObject("supplyLoss"), tl.supplyLoss());
            map(o.putObject("lossValue"), tl.lossValue());
            map(o.putObject("outputLoss"), tl.outputLoss());
        }
        return a;
    }

    private static void map(ObjectNode o, Map<String, Double> m) {
        m.forEach((k, v) -> Json.putNumber(o, k, v));
    }
}
