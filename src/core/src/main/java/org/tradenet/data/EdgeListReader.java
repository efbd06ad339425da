package org.tradenet.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tradenet's edge list, in two flavours chosen by the header:
 * <ul>
 * <li>trade flows: {@code exporter,importer,value[,quantity][,hs6][,year]} (aliases: value_usd,
 *     trade_value_usd; tonnes, qty_t; product; period). Value in USD, quantity in tonnes; columns
 *     named with another unit are converted (value_kusd, value_1000usd: thousand USD; kg,
 *     netweight_kg: kilograms), and a value or quantity column whose unit cannot be known is refused. Ids that are ISO3 or
 *     ISO2 codes are resolved to canonical ISO3 ({@code US} → USA, {@code S19} → TWN); any
 *     other id is kept as a custom region and listed in the report.</li>
 * <li>a generic graph: {@code source,target[,weight]}; ids are kept as they are, weight 1
 *     when there is no weight column.</li>
 * </ul>
 * A repeated exporter–importer–product–year key is an error unless {@link DuplicateRows#SUM}
 * is chosen (several shipments of one pair), when the rows are added up.
 * Columns that the reader does not use are named in the report.
 */
public final class EdgeListReader implements TradeDataReader {

    /** Largest value a single flow may have, in USD (world trade in all goods is about 2.5e13). */
    static final double MAX_VALUE_USD = 1e14;
    /** Largest quantity a single flow may have, in tonnes. */
    static final double MAX_TONNES = 1e11;
    /** How a refused repeat says that repeats can be added up. */
    static final String DUPLICATE_ADVICE = "; if the file lists several shipments of one pair, add them up with --duplicates sum";

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
                throw new DataFormatException(source.name(), in.headerLine(), "", "an edge list needs the columns exporter,importer,value "
                        + "(or source,target for a graph); the header is '" + CsvInput.abbreviate(String.join(",", in.header())) + "'");
            }
            if (trade) {
                refuseUnknownUnits(in);
            }
            int valUsd = trade ? in.column(VALUE_USD) : in.column("weight", "value");
            int valThousands = trade ? in.column(VALUE_THOUSAND_USD) : -1;
            if (valUsd >= 0 && valThousands >= 0) {
                throw new DataFormatException(source.name(), in.headerLine(), in.name(valThousands), "a second value column beside '"
                        + in.name(valUsd) + "': which one to read cannot be told");
            }
            int val = valUsd >= 0 ? valUsd : valThousands;
            double valueScale = valThousands >= 0 ? 1000.0 : 1.0;
            if (trade && val < 0) {
                throw new DataFormatException(source.name(), in.headerLine(), "value", "missing: a trade edge list needs a value column (USD)");
            }
            int qtyTonnes = in.column(QUANTITY_TONNES);
            int qtyKg = in.column(QUANTITY_KG);
            if (qtyTonnes >= 0 && qtyKg >= 0) {
                throw new DataFormatException(source.name(), in.headerLine(), in.name(qtyKg), "a second quantity column beside '"
                        + in.name(qtyTonnes) + "': which one to read cannot be told");
            }
            int qty = qtyTonnes >= 0 ? qtyTonnes : qtyKg;
            double tonnesScale = qtyKg >= 0 ? 0.001 : 1.0;
            int hs = in.column(PRODUCT);
            int year = in.column(YEAR);
            FlowCollector out = new FlowCollector(source.name(), options, sink);
            noteIgnored(in, out, exp, imp, val, qty, hs, year);
            if (!trade) {
                out.weight = val < 0 ? "1 per edge (the edge list has no weight column)"
                        : "column '" + in.name(val) + "' as given (unit unknown)";
            }
            if (valThousands >= 0) {
                out.notes.add("values of column '" + in.name(valThousands) + "' converted from thousand USD to USD");
            }
            if (qtyKg >= 0) {
                out.notes.add("quantities of column '" + in.name(qtyKg) + "' converted from kg to tonnes");
            }
            out.eachRow(in, line -> {
                String e = trade ? countryId(options.registry(), in, exp, out) : out.customNode(in, exp);
                String i = trade ? countryId(options.registry(), in, imp, out) : out.customNode(in, imp);
                double value = val < 0 ? 1.0 : trade ? in.amount(val, valueScale, MAX_VALUE_USD, "USD") : in.amount(val, 1.0, Double.MAX_VALUE, "");
                double tonnes = in.optionalAmount(qty, tonnesScale, MAX_TONNES, "tonnes");
                String product = hs < 0 ? "" : hs6(in, hs);
                int y = year < 0 ? 0 : year(in, year);
                long first = out.repeatOf(e, i, product, y, line);
                if (first != 0) {
                    throw FlowCollector.duplicate("flow " + e + "→" + i + (product.isEmpty() ? "" : " " + product)
                            + (y == 0 ? "" : " " + y), first, DUPLICATE_ADVICE);
                }
                out.emit(new Flow(e, i, product, y, value, tonnes, Flow.Side.SINGLE, line));
            });
            return out.finish(InputFormat.EDGES, null, trade);
        }
    }

    /** The product's (HS6) column, by the names it goes under (lower case, first found wins). */
    static final String[] PRODUCT = {"hs6", "product"};
    /** The year's column. */
    static final String[] YEAR = {"year", "period"};
    /** Value columns in US dollars. */
    static final String[] VALUE_USD = {"value", "value_usd", "trade_value_usd", "valueusd"};
    /** Value columns in thousand US dollars (converted to USD). */
    static final String[] VALUE_THOUSAND_USD = {"value_kusd", "value_1000usd"};
    /** Quantity columns in tonnes. */
    static final String[] QUANTITY_TONNES = {"quantity", "tonnes", "qty_t", "quantity_t", "quantitytonnes"};
    /** Quantity columns in kilograms (converted to tonnes). */
    static final String[] QUANTITY_KG = {"kg", "netweight_kg", "quantity_kg"};

    /**
     * Refuses a value or quantity column whose unit cannot be known ({@code value_eur},
     * {@code netweight}, {@code quantity_lb}) when no column of a known unit stands beside it:
     * read as USD or tonnes it would be silently wrong. The message lists the names understood.
     */
    static void refuseUnknownUnits(CsvInput in) {
        boolean value = in.column(VALUE_USD) >= 0 || in.column(VALUE_THOUSAND_USD) >= 0;
        boolean quantity = in.column(QUANTITY_TONNES) >= 0 || in.column(QUANTITY_KG) >= 0;
        for (String h : in.header()) {
            String c = h.toLowerCase(java.util.Locale.ROOT);
            boolean unknownValue = !value && (c.startsWith("value") || c.startsWith("trade_value"));
            boolean unknownQuantity = !quantity && c.matches("(qty|quantity|netweight|net_weight|netwgt)(_[a-z0-9]+)?")
                    && !c.matches(".*_(unit|units|code|estimated|flag)");
            if (unknownValue || unknownQuantity) {
                throw new DataFormatException(in.file(), in.headerLine(), h, "the unit of this column cannot be known; "
                        + "understood: " + String.join(", ", VALUE_USD) + " (USD); " + String.join(", ", VALUE_THOUSAND_USD)
                        + " (thousand USD); " + String.join(", ", QUANTITY_TONNES) + " (tonnes); "
                        + String.join(", ", QUANTITY_KG) + " (kg); rename the column to say its unit");
            }
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
        int quick = in.digits(column);
        if (quick >= 1900 && quick <= 2100) {
            return quick;
        }
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
