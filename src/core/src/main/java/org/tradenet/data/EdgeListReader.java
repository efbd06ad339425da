package org.tradenet.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tradenet's edge list, in two flavours chosen by the header:
 * <ul>
 * <li>trade flows: {@code exporter,importer,value[,quantity][,hs6][,year]} (aliases: value_usd;
 *     tonnes, qty_t; product; period). Value in USD, quantity in tonnes. Ids that are ISO3 or
 *     ISO2 codes are resolved to canonical ISO3 ({@code US} → USA, {@code S19} → TWN); any
 *     other id is kept as a custom region and listed in the report.</li>
 * <li>a generic graph: {@code source,target[,weight]}; ids are kept as they are, weight 1
 *     when there is no weight column.</li>
 * </ul>
 * A repeated exporter–importer–product–year key is an error: this format does not sum.
 * Columns that the reader does not use are named in the report.
 */
public final class EdgeListReader implements TradeDataReader {

    /** Largest value a single flow may have, in USD (world trade in all goods is about 2.5e13). */
    static final double MAX_VALUE_USD = 1e14;
    /** Largest quantity a single flow may have, in tonnes. */
    static final double MAX_TONNES = 1e11;

    @Override
    public InputFormat format() {
        return InputFormat.EDGES;
    }

    @Override
    public StreamedRead stream(DataSource source, ReadOptions options, FlowSink sink) throws IOException {
        try (CsvInput in = CsvInput.open(source)) {
            int tradeExp = in.column("exporter", "exporter_iso3", "exporter_iso2");
            int tradeImp = in.column("importer", "importer_iso3", "importer_iso2");
            boolean trade = tradeExp >= 0 && tradeImp >= 0;
            int exp = trade ? tradeExp : in.column("source");
            int imp = trade ? tradeImp : in.column("target");
            if (exp < 0 || imp < 0) {
                throw new DataFormatException(source.name(), 1, "", "an edge list needs the columns exporter,importer,value "
                        + "(or source,target for a graph); the header is '" + CsvInput.abbreviate(String.join(",", in.header())) + "'");
            }
            int val = trade ? in.column("value", "value_usd") : in.column("weight", "value");
            if (trade && val < 0) {
                throw new DataFormatException(source.name(), 1, "value", "missing: a trade edge list needs a value column (USD)");
            }
            int qty = in.column("quantity", "tonnes", "qty_t", "quantity_t");
            int hs = in.column("hs6", "product");
            int year = in.column("year", "period");
            FlowCollector out = new FlowCollector(source.name(), options.lenient(), sink);
            noteIgnored(in, out, exp, imp, val, qty, hs, year);
            out.eachRow(in, line -> {
                String e = trade ? countryId(options.registry(), in, exp, out) : out.customNode(in.text(exp));
                String i = trade ? countryId(options.registry(), in, imp, out) : out.customNode(in.text(imp));
                double value = val < 0 ? 1.0 : in.amount(val, 1.0, MAX_VALUE_USD, "USD");
                double tonnes = in.optionalAmount(qty, 1.0, MAX_TONNES, "tonnes");
                String product = hs < 0 ? "" : hs6(in, hs);
                int y = year < 0 ? 0 : year(in, year);
                out.requireUnique(e, i, product, y, line, () -> "flow " + e + "→" + i
                        + (product.isEmpty() ? "" : " " + product) + (y == 0 ? "" : " " + y));
                out.emit(new Flow(e, i, product, y, value, tonnes, Flow.Side.SINGLE, line));
            });
            return out.finish(InputFormat.EDGES, null, trade);
        }
    }

    static void noteIgnored(CsvInput in, FlowCollector out, int... used) {
        List<String> ignored = new ArrayList<>();
        outer:
        for (int c = 0; c < in.header().size(); c++) {
            for (int u : used) {
                if (u == c) {
                    continue outer;
                }
            }
            ignored.add(in.name(c));
        }
        if (!ignored.isEmpty()) {
            out.notes.add("column(s) not used: " + String.join(", ", ignored));
        }
    }

    /** An alphabetic country id resolved through the registry; unknown ids become custom regions. */
    static String countryId(CountryRegistry registry, CsvInput in, int column, FlowCollector out) {
        String raw = in.text(column);
        Country c = raw.chars().allMatch(Character::isDigit) ? null : registry.byAlpha(raw).orElse(null);
        if (c == null) {
            c = Country.custom(raw);
        } else if (c.kind() == Country.Kind.WORLD) {
            throw new CsvInput.RowException(in.name(column), "'" + raw + "' is the World total, not a trade partner");
        }
        return out.node(c);
    }

    static String hs6(CsvInput in, int column) {
        String s = in.get(column);
        if (s.isEmpty() || ProductGroup.isHs6(s)) {
            return s;
        }
        throw new CsvInput.RowException(in.name(column), "'" + CsvInput.abbreviate(s) + "' is not a six-digit HS code");
    }

    static int year(CsvInput in, int column) {
        String s = in.get(column);
        if (s.isEmpty()) {
            return 0;
        }
        int y;
        try {
            y = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new CsvInput.RowException(in.name(column), "'" + CsvInput.abbreviate(s) + "' is not a year");
        }
        if (y < 1900 || y > 2100) {
            throw new CsvInput.RowException(in.name(column), y + " is not a plausible year");
        }
        return y;
    }
}
