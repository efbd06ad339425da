package org.tradenet.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads UN Comtrade declarations and reconciles their two sides into one flow each.
 *
 * <p>Every flow can be declared twice: by the importer (flow {@code M}, valued CIF) and by
 * the exporter (flow {@code X}, FOB). The two sides are never added; a {@link MirrorRule}
 * says which counts, and the report says how many flows came from each side.
 *
 * <p>Two layouts are read, told apart by the header:
 * <ul>
 * <li>with {@code exporter} and {@code importer} columns beside {@code reporter} and {@code flow}
 *     (ISO3 codes; value in {@code value_usd} or {@code primaryValue}; weight in {@code tonnes}
 *     or {@code netWgt} kg). A repeated reporter–flow–exporter–importer–product–year key is an
 *     error.</li>
 * <li>with {@code reporter} and {@code partner} codes (numeric Comtrade codes or ISO3), as
 *     Comtrade's bulk files: {@code year|period|refYear, reporter|reporterCode,
 *     partner|partnerCode, cmd|cmdCode, flow|flowCode, value|primaryValue, netwgt|netWgt (kg),
 *     qty, qtyunit|qtyUnitCode}. Comtrade publishes a declaration's total beside its breakdowns
 *     (by customs procedure, mode of transport, second partner) without always flagging which
 *     row is which; rows that repeat a reporter–partner–flow–product–year key are therefore
 *     collapsed to the largest, the total, and the report counts them. On the shipped 2022
 *     magnet declarations the partner sums then equal every reporter's World row.</li>
 * </ul>
 * <p>Years: when every reporter declares a single period (a "latest available year" extract,
 * such as the 2025 rare-earth file where Ukraine's latest is 2024), the file is one snapshot
 * and the two sides are matched across periods; each flow keeps the year its declaration
 * gives. When a reporter declares several periods (a panel), sides are matched within each
 * year. The report says which.
 *
 * <p>Partner World (code 0) rows are totals and are dropped (counted); an unknown country code
 * is an error. Re-export and re-import flows ({@code RX}, {@code RM}) are not used and are
 * counted in the report. Weights in kilograms become tonnes; where net weight is missing a
 * quantity in kilograms (unit code 8) stands in for it.
 */
public final class ComtradeReader implements TradeDataReader {

    private static final int QTY_UNIT_KG = 8;

    /** The reporter's column, by the names it goes under (lower case, first found wins). */
    static final String[] REPORTER = {"reporter", "reportercode", "reporteriso"};
    /** The year's column. */
    static final String[] YEAR = {"period", "year", "refyear"};
    /** The product's (HS6) column. */
    static final String[] PRODUCT = {"hs6", "cmd", "cmdcode"};

    @Override
    public InputFormat format() {
        return InputFormat.COMTRADE;
    }

    /** What a read counts besides the declarations. */
    private static final class Tally {
        long world;
        long collapsed;
        long selfDeclared;
        /** A reporter declared more than one period. */
        boolean panel;
    }

    /** One side's declaration of one flow. */
    private record Declaration(String exporter, String importer, String hs6, int year, double value,
                               double tonnes, Flow.Side side, long line) {
    }

    @Override
    public StreamedRead stream(DataSource source, ReadOptions options, FlowSink sink) throws IOException {
        try (CsvInput in = CsvInput.open(source)) {
            int reporter = in.column(REPORTER);
            int flow = in.column("flow", "flowcode");
            int exporter = in.column("exporter");
            int importer = in.column("importer");
            int partner = in.column("partner", "partnercode", "partneriso");
            boolean pairLayout = exporter >= 0 && importer >= 0;
            int year = in.column(YEAR);
            int product = in.column(PRODUCT);
            int value = in.column("value_usd", "primaryvalue", "value");
            int tonnes = in.column("tonnes");
            int kg = in.column("netwgt");
            int qty = in.column("qty");
            int qtyUnit = in.column("qtyunit", "qtyunitcode");
            requireColumn(source, reporter, "reporter");
            requireColumn(source, flow, "flow");
            requireColumn(source, value, "value");
            requireColumn(source, product, "cmd (HS6 product)");
            if (!pairLayout) {
                requireColumn(source, partner, "partner");
            }

            FlowCollector out = new FlowCollector(source.name(), options, sink);
            if (pairLayout) {
                EdgeListReader.noteIgnored(in, out, reporter, flow, exporter, importer, year, product, value, tonnes, kg);
            } else {
                EdgeListReader.noteIgnored(in, out, reporter, flow, partner, year, product, value, tonnes, kg, qty, qtyUnit);
            }
            Map<List<Object>, Declaration> declarations = new LinkedHashMap<>();
            Tally tally = new Tally();
            Map<String, Integer> unusedFlowCodes = new TreeMap<>();
            Map<String, Integer> periodOfReporter = new HashMap<>();
            out.eachRow(in, line -> {
                String code = in.text(flow).toUpperCase(Locale.ROOT);
                Flow.Side side;
                if (code.equals("M") || code.equals("1")) {
                    side = Flow.Side.IMPORTER;
                } else if (code.equals("X") || code.equals("2")) {
                    side = Flow.Side.EXPORTER;
                } else if (code.equals("RM") || code.equals("RX") || code.equals("3") || code.equals("4")) {
                    unusedFlowCodes.merge(code, 1, Integer::sum);
                    return;
                } else {
                    throw new CsvInput.RowException(in.name(flow), "'" + CsvInput.abbreviate(code)
                            + "' is not a Comtrade flow code (M, X, RM, RX)");
                }
                Country rep = country(options.registry(), in, reporter);
                if (rep.kind() == Country.Kind.WORLD) {
                    throw new CsvInput.RowException(in.name(reporter), "the reporter is the World total");
                }
                String exp;
                String imp;
                if (pairLayout) {
                    Country e = country(options.registry(), in, exporter);
                    Country m = country(options.registry(), in, importer);
                    Country expectedReporter = side == Flow.Side.IMPORTER ? m : e;
                    if (!expectedReporter.id().equals(rep.id())) {
                        throw new CsvInput.RowException(in.name(reporter), "reporter " + rep.id() + " of a flow "
                                + code + " should be the " + (side == Flow.Side.IMPORTER ? "importer " : "exporter ")
                                + expectedReporter.id());
                    }
                    if (e.kind() == Country.Kind.WORLD || m.kind() == Country.Kind.WORLD) {
                        tally.world++;
                        return;
                    }
                    exp = out.node(e);
                    imp = out.node(m);
                } else {
                    Country p = country(options.registry(), in, partner);
                    if (p.kind() == Country.Kind.WORLD) {
                        tally.world++;
                        return;
                    }
                    String r = out.node(rep);
                    String q = out.node(p);
                    exp = side == Flow.Side.IMPORTER ? q : r;
                    imp = side == Flow.Side.IMPORTER ? r : q;
                }
                if (exp.equals(imp)) {
                    tally.selfDeclared++;
                }
                String hs6 = hs6(in, product);
                int y = year < 0 ? 0 : EdgeListReader.year(in, year);
                Integer firstPeriod = periodOfReporter.putIfAbsent(rep.id(), y);
                tally.panel |= firstPeriod != null && firstPeriod != y;
                double v = in.amount(value, 1.0, EdgeListReader.MAX_VALUE_USD, "USD");
                double t = weight(in, tonnes, kg, qty, qtyUnit);
                Declaration d = new Declaration(exp, imp, hs6, y, v, t, side, line);
                List<Object> key = List.of(side, exp, imp, hs6, y);
                Declaration previous = declarations.get(key);
                if (previous != null) {
                    if (pairLayout) {
                        throw new CsvInput.RowException("", "duplicate declaration " + code + " " + exp + "→" + imp + " "
                                + hs6 + " " + y + " (first on line " + previous.line() + ")");
                    }
                    tally.collapsed++;
                    if (d.value() > previous.value()) {
                        declarations.put(key, d);
                    }
                } else {
                    declarations.put(key, d);
                }
            });
            ReadReport.MirrorSummary mirror = reconcile(declarations.values(), options.mirrorRule(), out, tally.world, tally.collapsed, tally.panel);
            if (new java.util.TreeSet<>(periodOfReporter.values()).size() > 1) {
                out.notes.add(tally.panel ? "reporters declare several years: the two sides are matched within each year"
                        : "each reporter declares one period (" + new java.util.TreeSet<>(periodOfReporter.values())
                        + " across reporters): read as one snapshot, the two sides matched across periods");
            }
            out.notes.add("mirror rule " + mirror.rule().name().toLowerCase(Locale.ROOT).replace('_', '-') + ": "
                    + mirror.fromImporter() + " flows from importers' declarations (CIF), " + mirror.fromExporter()
                    + " from exporters' (FOB); " + mirror.declarationsUnused() + " declarations not used (the other side counted)");
            if (tally.selfDeclared > 0) {
                out.notes.add(tally.selfDeclared + " declarations name the reporter as its own partner (goods returning home); "
                        + "they are kept as domestic flows, which networks leave out unless self-loops are asked for");
            }
            if (tally.world > 0) {
                out.notes.add(tally.world + " rows with partner World dropped (they are totals)");
            }
            if (tally.collapsed > 0) {
                out.notes.add(tally.collapsed + " rows repeating a declaration's key (its breakdowns) collapsed to the declaration's total");
            }
            unusedFlowCodes.forEach((c, n) -> out.notes.add(n + " rows of flow " + c + " (re-exports/re-imports) not used"));
            return out.finish(InputFormat.COMTRADE, mirror, true);
        }
    }

    private static ReadReport.MirrorSummary reconcile(Iterable<Declaration> declarations, MirrorRule rule,
                                                      FlowCollector out, long world, long collapsed, boolean panel) {
        Set<List<Object>> importerDeclared = new HashSet<>();
        Map<List<Object>, Boolean> flowHasImport = new HashMap<>();
        for (Declaration d : declarations) {
            if (d.side() == Flow.Side.IMPORTER) {
                int y = panel ? d.year() : 0;
                importerDeclared.add(List.of(d.importer(), d.hs6(), y));
                flowHasImport.put(List.of(d.exporter(), d.importer(), d.hs6(), y), Boolean.TRUE);
            }
        }
        long fromImporter = 0;
        long fromExporter = 0;
        long unused = 0;
        List<Flow> flows = new ArrayList<>();
        for (Declaration d : declarations) {
            boolean use;
            int y = panel ? d.year() : 0;
            if (d.side() == Flow.Side.IMPORTER) {
                use = true;
            } else if (rule == MirrorRule.IMPORTER_FIRST) {
                use = !importerDeclared.contains(List.of(d.importer(), d.hs6(), y));
            } else {
                use = !flowHasImport.containsKey(List.of(d.exporter(), d.importer(), d.hs6(), y));
            }
            if (!use) {
                unused++;
                continue;
            }
            if (d.side() == Flow.Side.IMPORTER) {
                fromImporter++;
            } else {
                fromExporter++;
            }
            flows.add(new Flow(d.exporter(), d.importer(), d.hs6(), d.year(), d.value(), d.tonnes(), d.side(), d.line()));
        }
        flows.forEach(out::emit);
        return new ReadReport.MirrorSummary(rule, fromImporter, fromExporter, unused, world, collapsed);
    }

    private static void requireColumn(DataSource source, int column, String name) {
        if (column < 0) {
            throw new DataFormatException(source.name(), 1, name, "missing: Comtrade files need reporter, partner (or exporter "
                    + "and importer), flow, cmd and value columns");
        }
    }

    /** A numeric Comtrade code or an alphabetic ISO code; unknown ones are errors in this format. */
    private static Country country(CountryRegistry registry, CsvInput in, int column) {
        String raw = in.text(column);
        if (raw.chars().allMatch(Character::isDigit)) {
            int code;
            try {
                code = Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                throw new CsvInput.RowException(in.name(column), "unknown country code " + CsvInput.abbreviate(raw)
                        + " (not in the BACI/Comtrade country table)");
            }
            return registry.byCode(code).orElseThrow(() -> new CsvInput.RowException(in.name(column),
                    "unknown country code " + code + " (not in the BACI/Comtrade country table)"));
        }
        return registry.byAlpha(raw).orElseThrow(() -> new CsvInput.RowException(in.name(column),
                "unknown country code '" + CsvInput.abbreviate(raw) + "'"));
    }

    private static String hs6(CsvInput in, int column) {
        String s = in.text(column);
        if (!ProductGroup.isHs6(s)) {
            throw new CsvInput.RowException(in.name(column), "'" + CsvInput.abbreviate(s) + "' is not a six-digit HS code");
        }
        return s;
    }

    private static double weight(CsvInput in, int tonnes, int kg, int qty, int qtyUnit) {
        if (tonnes >= 0) {
            return in.optionalAmount(tonnes, 1.0, EdgeListReader.MAX_TONNES, "tonnes");
        }
        double w = in.optionalAmount(kg, 1e-3, EdgeListReader.MAX_TONNES, "tonnes");
        if (Double.isNaN(w) && qty >= 0 && qtyUnit >= 0 && in.get(qtyUnit).equals(String.valueOf(QTY_UNIT_KG))) {
            w = in.optionalAmount(qty, 1e-3, EdgeListReader.MAX_TONNES, "tonnes");
        }
        return w;
    }
}
