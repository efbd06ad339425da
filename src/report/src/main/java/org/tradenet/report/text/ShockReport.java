package org.tradenet.report.text;

import org.tradenet.report.ControlCharacters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tradenet.report.Json;
import org.tradenet.report.Markdown;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.Table;
import org.tradenet.shock.BuiltInScenarios;
import org.tradenet.shock.Measure;
import org.tradenet.shock.Scenario;
import org.tradenet.shock.Sensitivity;
import org.tradenet.shock.ShockResult;
import org.tradenet.shock.SolverDiagnostics;
import org.tradenet.shock.Valuation;
import org.tradenet.shock.WelfareChange;

/**
 * Renders a {@link ShockResult} (and, when run, its {@link Sensitivity.Result}) in every
 * {@link OutputFormat}: headline figures first, beside the study's finding and the list of
 * ways this data differs from the study's, then the largest movers. Text and Markdown show
 * changes as percentages; JSON keeps fractions (and the {@code *Pct} keys in percent); CSV
 * is one row per country.
 */
public final class ShockReport {

    /** How many rows each "largest movers" table shows. */
    public static final int MOVERS = 10;

    private ShockReport() {
    }

    /**
     * The report.
     *
     * @param header      what was run on which data
     * @param r           the result
     * @param differences how this data and model differ from the study's, one sentence each
     * @param sensitivity the sensitivity summary, or null
     * @param format      the format
     * @return the rendered report
     */
    public static String render(ReportHeader header, ShockResult r, List<String> differences, Sensitivity.Result sensitivity,
                                OutputFormat format) {
        return switch (format) {
            case TEXT -> header.toText() + text(r, differences, sensitivity, false);
            case MARKDOWN -> header.toMarkdown() + text(r, differences, sensitivity, true);
            case JSON -> Json.write(json(header, r, differences, sensitivity));
            case CSV -> countries(r).toCsv();
        };
    }

    private static String text(ShockResult r, List<String> differences, Sensitivity.Result s, boolean md) {
        StringBuilder sb = new StringBuilder();
        Scenario sc = r.scenario();
        String form = r.form().name().toLowerCase(Locale.ROOT);
        ShockResult.TradeTotals t = r.totals();
        Table head = new Table("headline (GSIM " + form + " form)", "before", "after", "change");
        head.row("world trade, value at world prices, export taxes included (USD; the headline)", Numbers.usd(t.valueBefore()),
                Numbers.usd(t.valueAfter()), Numbers.pctChange(t.valueChange()));
        head.row("world trade, value at producer prices, net of export taxes (USD)", Numbers.usd(t.valueBefore()),
                Numbers.usd(t.producerValueAfter()), Numbers.pctChange(t.producerValueChange()));
        head.row("world trade, volume (USD at base prices)", Numbers.usd(t.valueBefore()), Numbers.usd(t.volumeAfter()),
                Numbers.pctChange(t.volumeChange()));
        section(sb, "Scenario " + sc.name() + ": " + sc.description(), null, md);
        StringBuilder ms = new StringBuilder();
        for (Measure m : sc.measures()) {
            ms.append(md ? "- " : "  - ").append(ControlCharacters.prose(m.describe(), md)).append('\n');
        }
        if (sc.measures().isEmpty()) {
            ms.append(md ? "- " : "  - ").append("no measure").append('\n');
        }
        sb.append(ms).append('\n');
        section(sb, "Headline", head, md);
        StringBuilder cmp = new StringBuilder();
        boolean isStudy = BuiltInScenarios.isStudy(sc);
        if (isStudy) {
            line(cmp, "Study: " + sc.studyFinding(), md);
        }
        for (String d : differences) {
            line(cmp, d, md);
        }
        section(sb, isStudy ? "Beside the study (Han et al. 2025, doi:10.1016/j.isci.2025.113658) and where our data differs"
                : "Data and model", null, md);
        sb.append(cmp).append('\n');
        if (s != null) {
            sensitivity(sb, s, md);
        }
        movers(sb, r, md);
        SolverDiagnostics d = r.diagnostics();
        Table diag = new Table("diagnostic", "value")
                .row("form", form)
                .row("iterations", String.valueOf(d.iterations()))
                .row("largest clearing residual", String.format(Locale.ROOT, "%.2e", d.residualNorm()))
                .row("tolerance", String.format(Locale.ROOT, "%.0e", d.tolerance()))
                .row("converged", String.valueOf(d.converged()));
        section(sb, "Solver", diag, md);
        if (!r.notes().isEmpty()) {
            StringBuilder n = new StringBuilder();
            for (String note : r.notes()) {
                line(n, note, md);
            }
            section(sb, "Notes", null, md);
            sb.append(n).append('\n');
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String s, boolean md) {
        sb.append(md ? "- " : "  - ").append(ControlCharacters.prose(s, md)).append('\n');
    }

    private static void movers(StringBuilder sb, ShockResult r, boolean md) {
        List<ShockResult.CountryChange> cs = r.countries();
        Table price = new Table("exporter", "producer price", "exports before", "exports after", "change", "at producer prices",
                "volume");
        for (ShockResult.CountryChange c : top(cs, c -> Double.isNaN(c.worldPriceChange()) ? -1 : Math.abs(c.worldPriceChange()))) {
            if (Double.isNaN(c.worldPriceChange()) || c.exportsBefore() <= 0) {
                continue;
            }
            price.row(c.id(), Numbers.pctChange(c.worldPriceChange()), Numbers.usd(c.exportsBefore()), Numbers.usd(c.exportsAfter()),
                    Numbers.pctChange(c.exportsAfter() / c.exportsBefore() - 1),
                    Numbers.pctChange(c.producerExportsAfter() / c.exportsBefore() - 1),
                    Numbers.pctChange(c.exportVolumeAfter() / c.exportsBefore() - 1));
        }
        section(sb, "Largest world price changes (the exporter's price before export taxes); exports at world prices, at producer prices and in volume",
                price, md);
        Map<String, double[]> imports = importsNetAndVolume(r);
        Table imp = new Table("importer", "composite import price", "imports before", "imports after", "change", "at producer prices",
                "volume");
        for (ShockResult.CountryChange c : top(cs, c -> c.importsBefore() <= 0 ? -1 : Math.abs(c.importsAfter() - c.importsBefore()))) {
            if (c.importsBefore() <= 0) {
                continue;
            }
            double[] nv = imports.get(c.id());
            imp.row(c.id(), Numbers.pctChange(c.compositePriceChange()), Numbers.usd(c.importsBefore()), Numbers.usd(c.importsAfter()),
                    Numbers.pctChange(c.importsAfter() / c.importsBefore() - 1), Numbers.pctChange(nv[0] / c.importsBefore() - 1),
                    Numbers.pctChange(nv[1] / c.importsBefore() - 1));
        }
        section(sb, "Largest changes in imports (value at world prices); imports at producer prices and in volume", imp, md);
        Table wel = new Table("country", "producer surplus", "consumer surplus", "tariff revenue", "export-tax revenue", "total (USD)");
        for (ShockResult.CountryChange c : top(cs, c -> Double.isNaN(c.welfare().total()) ? Double.MAX_VALUE : Math.abs(c.welfare().total()))) {
            WelfareChange w = c.welfare();
            wel.row(c.id(), Numbers.usd(w.producerSurplus()), Numbers.usd(w.consumerSurplus()), Numbers.usd(w.tariffRevenue()),
                    Numbers.usd(w.exportTaxRevenue()), Numbers.usd(w.total()));
        }
        section(sb, r.form() == org.tradenet.shock.Form.LEVELS
                ? "Largest welfare changes (levels form: exact CES areas under demand and supply)"
                : "Largest welfare changes (consumer surplus in the GSIM form)", wel, md);
        List<ShockResult.FlowChange> fl = new ArrayList<>(r.flows());
        fl.removeIf(ShockResult.FlowChange::domestic);
        fl.sort(Comparator.<ShockResult.FlowChange>comparingDouble(f -> -Math.abs(f.valueAfter() - f.valueBefore()))
                .thenComparing(ShockResult.FlowChange::exporter).thenComparing(ShockResult.FlowChange::importer));
        Table flows = new Table("exporter", "importer", "before", "after", "change", "at producer prices", "volume", "tariff",
                "export tax");
        for (ShockResult.FlowChange f : fl.subList(0, Math.min(MOVERS, fl.size()))) {
            flows.row(f.exporter(), f.importer(), Numbers.usd(f.valueBefore()), Numbers.usd(f.valueAfter()),
                    Numbers.pctChange(f.valueAfter() / f.valueBefore() - 1),
                    Numbers.pctChange(f.producerValueAfter() / f.valueBefore() - 1),
                    Numbers.pctChange(f.volumeAfter() / f.valueBefore() - 1),
                    f.embargoed() ? "embargo" : Numbers.pct(f.tariffBefore()) + " -> " + Numbers.pct(f.tariffAfter()),
                    Numbers.pct(f.exportTaxAfter()));
        }
        section(sb, "Largest flow changes (value at world prices)", flows, md);
    }

    private static List<ShockResult.CountryChange> top(List<ShockResult.CountryChange> cs, ToDoubleFunction<ShockResult.CountryChange> size) {
        return cs.stream().sorted(Comparator.<ShockResult.CountryChange>comparingDouble(c -> -size.applyAsDouble(c))
                .thenComparing(ShockResult.CountryChange::id)).limit(MOVERS).toList();
    }

    private static void sensitivity(StringBuilder sb, Sensitivity.Result s, boolean md) {
        Sensitivity.Ranges g = s.ranges();
        String title = String.format(Locale.ROOT, "Uncertainty: %d draws (seed %d; %d converged), elasticities uniform in "
                        + "import demand [%s, %s], substitution [%s, %s], export supply [%s, %s]", s.samples(), s.seed(), s.converged(),
                g.importDemandMin(), g.importDemandMax(), g.substitutionMin(), g.substitutionMax(), g.exportSupplyMin(), g.exportSupplyMax());
        Table t = new Table("figure", "mean", "5%", "95%");
        for (Valuation v : Valuation.values()) {
            Sensitivity.Band b = s.tradeChange(v);
            t.row("world trade, " + v.words() + (v == Valuation.WORLD_PRICES ? " (the headline)" : ""),
                    Numbers.pctChange(b.mean()), Numbers.pctChange(b.p05()), Numbers.pctChange(b.p95()));
        }
        s.worldPriceChange().forEach((id, b) -> t.row("world price " + id, Numbers.pctChange(b.mean()), Numbers.pctChange(b.p05()),
                Numbers.pctChange(b.p95())));
        s.welfare().forEach((id, b) -> t.row("welfare " + id + " (USD)", Numbers.usd(b.mean()), Numbers.usd(b.p05()), Numbers.usd(b.p95())));
        section(sb, title, t, md);
        if (s.failed() > 0) {
            line(sb, s.failed() + " draws did not converge and are left out of the bands", md);
            sb.append('\n');
        }
    }

    private static void section(StringBuilder sb, String title, Table t, boolean md) {
        if (md) {
            sb.append("## ").append(Markdown.escape(title)).append("\n\n");
            if (t != null) {
                sb.append(t.toMarkdown()).append('\n');
            }
        } else {
            sb.append(ControlCharacters.visible(title)).append('\n');
            if (t != null) {
                sb.append(t.toText()).append('\n');
            }
        }
    }

    /**
     * Each importer's international imports after the shock at producer prices (net of the
     * exporters' export taxes) and in volume (quantity at base world prices), summed from the flows.
     */
    private static Map<String, double[]> importsNetAndVolume(ShockResult r) {
        Map<String, double[]> m = new java.util.HashMap<>();
        for (ShockResult.CountryChange c : r.countries()) {
            m.put(c.id(), new double[2]);
        }
        for (ShockResult.FlowChange f : r.flows()) {
            if (!f.domestic()) {
                double[] nv = m.get(f.importer());
                nv[0] += f.producerValueAfter();
                nv[1] += f.volumeAfter();
            }
        }
        return m;
    }

    /**
     * One CSV row per country: trade (after the shock at world prices, at producer prices and in
     * volume), prices, welfare.
     *
     * @param r the shock's result
     * @return one row per country
     */
    public static Table countries(ShockResult r) {
        Map<String, double[]> imports = importsNetAndVolume(r);
        Table t = new Table("id", "exportsBeforeUsd", "exportsAfterUsd", "importsBeforeUsd", "importsAfterUsd",
                "worldPriceChange", "compositePriceChange", "producerSurplusUsd", "consumerSurplusUsd",
                "consumerSurplusTextbookUsd", "tariffRevenueUsd", "exportTaxRevenueUsd", "welfareTotalUsd",
                "producerExportsAfterUsd", "exportVolumeAfterUsd", "producerImportsAfterUsd", "importVolumeAfterUsd");
        for (ShockResult.CountryChange c : r.countries()) {
            WelfareChange w = c.welfare();
            double[] nv = imports.get(c.id());
            t.row(c.id(), Numbers.raw(c.exportsBefore()), Numbers.raw(c.exportsAfter()), Numbers.raw(c.importsBefore()),
                    Numbers.raw(c.importsAfter()), Numbers.raw(c.worldPriceChange()), Numbers.raw(c.compositePriceChange()),
                    Numbers.raw(w.producerSurplus()), Numbers.raw(w.consumerSurplus()), Numbers.raw(w.consumerSurplusTextbook()),
                    Numbers.raw(w.tariffRevenue()), Numbers.raw(w.exportTaxRevenue()), Numbers.raw(w.total()),
                    Numbers.raw(c.producerExportsAfter()), Numbers.raw(c.exportVolumeAfter()), Numbers.raw(nv[0]), Numbers.raw(nv[1]));
        }
        return t;
    }

    /**
     * The JSON object. Changes are fractions; keys ending in Pct are percent.
     *
     * @param header what was run on which data
     * @param r the shock's result
     * @param differences how this data and model differ from the study's, one sentence each
     * @param s the sensitivity summary, or null
     * @return the JSON document
     */
    public static ObjectNode json(ReportHeader header, ShockResult r, List<String> differences, Sensitivity.Result s) {
        ObjectNode root = header.putInto(Json.object());
        ObjectNode sc = root.putObject("scenario");
        sc.put("name", r.scenario().name());
        sc.put("description", r.scenario().description());
        ArrayNode ms = sc.putArray("measures");
        r.scenario().measures().forEach(m -> ms.addObject().put("type", m.type()).put("description", m.describe()));
        root.put("form", r.form().name().toLowerCase(Locale.ROOT));
        root.put("units", "USD of the base year; value = at world prices, export taxes included; producerValue = net of export "
                + "taxes; volume = quantity valued at base world prices; worldPriceChange = the exporter's producer price; "
                + "changes are fractions unless the key ends in Pct");
        root.put("welfareForm", r.form() == org.tradenet.shock.Form.LEVELS
                ? "levels form: exact CES areas, consumerSurplus = -baseSpending/(1+Em)*((1+compositePriceChange)^(1+Em)-1), "
                        + "producerSurplus = baseSales/(1+Ex)*((1+worldPriceChange)^(1+Ex)-1)"
                : "linear form: GSIM's second-order formulas (docs/shock.md)");
        putMap(root.putObject("worldPriceChange"), r.worldPriceChange());
        putMap(root.putObject("compositePriceChange"), r.compositePriceChange());
        ShockResult.TradeTotals t = r.totals();
        ObjectNode tt = root.putObject("totalTrade");
        Json.putNumber(tt, "valueBefore", t.valueBefore());
        Json.putNumber(tt, "valueAfter", t.valueAfter());
        Json.putNumber(tt, "producerValueAfter", t.producerValueAfter());
        Json.putNumber(tt, "volumeAfter", t.volumeAfter());
        Json.putNumber(tt, "valueChangePct", 100 * t.valueChange());
        Json.putNumber(tt, "producerValueChangePct", 100 * t.producerValueChange());
        Json.putNumber(tt, "volumeChangePct", 100 * t.volumeChange());
        Json.putNumber(tt, "valueChange", t.valueChange());
        Json.putNumber(tt, "producerValueChange", t.producerValueChange());
        Json.putNumber(tt, "volumeChange", t.volumeChange());
        tt.put("headline", "valueChange: value at world prices, export taxes included (what trade statistics record)");
        tt.put("scope", "international flows; domestic sales (self-flows) excluded");
        ObjectNode wel = root.putObject("welfare");
        for (ShockResult.CountryChange c : r.countries()) {
            WelfareChange w = c.welfare();
            ObjectNode o = wel.putObject(c.id());
            Json.putNumber(o, "compositePriceChange", c.compositePriceChange());
            Json.putNumber(o, "baseSpending", c.baseSpending());
            Json.putNumber(o, "worldPriceChange", c.worldPriceChange());
            Json.putNumber(o, "baseSales", c.baseSales());
            Json.putNumber(o, "producerSurplus", w.producerSurplus());
            Json.putNumber(o, "consumerSurplus", w.consumerSurplus());
            Json.putNumber(o, "consumerSurplusTextbook", w.consumerSurplusTextbook());
            Json.putNumber(o, "tariffRevenue", w.tariffRevenue());
            Json.putNumber(o, "exportTaxRevenue", w.exportTaxRevenue());
            Json.putNumber(o, "total", w.total());
        }
        SolverDiagnostics d = r.diagnostics();
        ObjectNode dg = root.putObject("diagnostics");
        dg.put("form", d.form().name().toLowerCase(Locale.ROOT));
        dg.put("iterations", d.iterations());
        Json.putNumber(dg, "residualNorm", d.residualNorm());
        Json.putNumber(dg, "tolerance", d.tolerance());
        dg.put("converged", d.converged());
        ShockResult.BaseInfo b = r.base();
        ObjectNode bt = root.putObject("baseTariffs");
        bt.put("source", b.tariffSource());
        Json.putNumber(bt, "defaultRate", b.defaultTariffRate());
        bt.put("flowsUsingDefault", b.flowsUsingDefaultTariff());
        bt.put("flows", b.tradeFlows());
        ObjectNode el = root.putObject("elasticities");
        Json.putNumber(el, "importDemand", b.elasticities().importDemand());
        Json.putNumber(el, "substitution", b.elasticities().substitution());
        Json.putNumber(el, "exportSupply", b.elasticities().exportSupply());
        el.put("description", b.elasticities().describe());
        ArrayNode diff;
        if (BuiltInScenarios.isStudy(r.scenario())) {
            ObjectNode st = root.putObject("study");
            st.put("reference", "Han et al. (2025), iScience, doi:10.1016/j.isci.2025.113658");
            st.put("finding", r.scenario().studyFinding());
            diff = st.putArray("differences");
        } else {
            diff = root.putArray("dataAndModel");
        }
        differences.forEach(diff::add);
        ArrayNode mn = root.putArray("modelNotes");
        r.notes().forEach(mn::add);
        if (s != null) {
            root.set("sensitivity", sensitivityJson(s));
        }
        ArrayNode fl = root.putArray("flows");
        for (ShockResult.FlowChange f : r.flows()) {
            ObjectNode o = fl.addObject();
            o.put("exporter", f.exporter());
            o.put("importer", f.importer());
            Json.putNumber(o, "valueBefore", f.valueBefore());
            Json.putNumber(o, "valueAfter", f.valueAfter());
            Json.putNumber(o, "producerValueAfter", f.producerValueAfter());
            Json.putNumber(o, "volumeAfter", f.volumeAfter());
            Json.putNumber(o, "tariffBefore", f.tariffBefore());
            Json.putNumber(o, "tariffAfter", f.tariffAfter());
            Json.putNumber(o, "exportTaxAfter", f.exportTaxAfter());
            o.put("embargoed", f.embargoed());
        }
        return root;
    }

    private static ObjectNode sensitivityJson(Sensitivity.Result s) {
        ObjectNode o = Json.object();
        o.put("samples", s.samples());
        o.put("seed", s.seed());
        o.put("converged", s.converged());
        o.put("form", s.form().name().toLowerCase(Locale.ROOT));
        Sensitivity.Ranges g = s.ranges();
        ObjectNode rg = o.putObject("ranges");
        rg.putArray("importDemand").add(g.importDemandMin()).add(g.importDemandMax());
        rg.putArray("substitution").add(g.substitutionMin()).add(g.substitutionMax());
        rg.putArray("exportSupply").add(g.exportSupplyMin()).add(g.exportSupplyMax());
        band(o.putObject("valueChange"), s.valueChange());
        band(o.putObject("producerValueChange"), s.producerValueChange());
        band(o.putObject("volumeChange"), s.volumeChange());
        o.put("headline", "valueChange: value at world prices, export taxes included (what trade statistics record); "
                + "producerValueChange net of export taxes; volumeChange = quantity at base world prices; fractions");
        ObjectNode p = o.putObject("worldPriceChange");
        s.worldPriceChange().forEach((id, b) -> band(p.putObject(id), b));
        ObjectNode w = o.putObject("welfareTotal");
        s.welfare().forEach((id, b) -> band(w.putObject(id), b));
        return o;
    }

    private static void band(ObjectNode o, Sensitivity.Band b) {
        Json.putNumber(o, "mean", b.mean());
        Json.putNumber(o, "p05", b.p05());
        Json.putNumber(o, "p95", b.p95());
    }

    private static void putMap(ObjectNode o, Map<String, Double> m) {
        m.forEach((k, v) -> Json.putNumber(o, k, v));
    }

    /**
     * The built-in scenarios as a table: name, description, measures.
     *
     * @param list the scenarios
     * @param format text, Markdown, JSON or CSV
     * @return the rendered table
     */
    public static String scenarios(List<Scenario> list, OutputFormat format) {
        Table t = new Table("name", "description", "measures");
        for (Scenario s : list) {
            t.row(s.name(), s.description(), String.join("; ", s.measures().stream().map(Measure::describe).toList()));
        }
        return switch (format) {
            case TEXT -> {
                StringBuilder sb = new StringBuilder("Built-in scenarios (networks/scenarios/)\n\n");
                for (Scenario s : list) {
                    sb.append(ControlCharacters.visible(s.name())).append('\n').append("  ").append(ControlCharacters.visible(s.description())).append('\n');
                    s.measures().forEach(m -> sb.append("  - ").append(ControlCharacters.visible(m.describe())).append('\n'));
                    sb.append('\n');
                }
                yield sb.toString();
            }
            case MARKDOWN -> t.toMarkdown();
            case CSV -> t.toCsv();
            case JSON -> {
                ArrayNode a = Json.mapper().createArrayNode();
                for (Scenario s : list) {
                    ObjectNode o = a.addObject();
                    o.put("name", s.name());
                    o.put("description", s.description());
                    o.put("study", s.studyFinding());
                    ArrayNode ms = o.putArray("measures");
                    s.measures().forEach(m -> ms.addObject().put("type", m.type()).put("description", m.describe()));
                }
                yield Json.write(a);
            }
        };
    }
}
