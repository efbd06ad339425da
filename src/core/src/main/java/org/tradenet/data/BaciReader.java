package org.tradenet.data;

import java.io.IOException;
import java.util.List;

/**
 * Reads CEPII BACI files: {@code t,i,j,k,v,q} with t the year, i the exporter and j the
 * importer as BACI numeric codes, k the HS6 product, v the value in thousand USD and q the
 * quantity in tonnes ({@code NA} or empty where unknown). Values become USD.
 *
 * <p>BACI writes k as a number, so codes of chapters 01–09 lose their leading zero; a
 * five-digit k is padded back. An unknown country code, or a repeated t–i–j–k key, is an
 * error (BACI has one row per key).
 *
 * <p>Reference: Gaulier, G. and Zignago, S. (2010), BACI: International Trade Database at
 * the Product-Level, CEPII Working Paper 2010-23.
 */
public final class BaciReader implements TradeDataReader {

    @Override
    public InputFormat format() {
        return InputFormat.BACI;
    }

    @Override
    public StreamedRead stream(DataSource source, ReadOptions options, FlowSink sink) throws IOException {
        try (CsvInput in = CsvInput.open(source)) {
            int t = in.column("t");
            int i = in.column("i");
            int j = in.column("j");
            int k = in.column("k");
            int v = in.column("v");
            int q = in.column("q");
            for (String col : List.of("t", "i", "j", "k", "v")) {
                if (in.column(col) < 0) {
                    throw new DataFormatException(source.name(), in.headerLine(), col, "missing: BACI files have the columns t,i,j,k,v,q");
                }
            }
            FlowCollector out = new FlowCollector(source.name(), options, sink);
            EdgeListReader.noteIgnored(in, out, t, i, j, k, v, q);
            out.notes.add("values converted from thousand USD to USD; quantities in tonnes as in BACI");
            // Each product's code as a string, made once: BACI has a few thousand products and millions of rows.
            String[] products = new String[1_000_000];
            out.eachRow(in, line -> {
                int year = EdgeListReader.year(in, t);
                String e = out.node(country(options.registry(), in, i));
                String m = out.node(country(options.registry(), in, j));
                if (e.equals(m)) {
                    throw new CsvInput.RowException(in.name(j), "the importer is the exporter (" + e + "): BACI has no domestic flows");
                }
                int code = in.digits(k);
                int digits = in.trimmedEnd(k) - in.trimmedStart(k);
                String product;
                if (code >= 0 && (digits == 5 || digits == 6)) {
                    // A five-digit code and its six-digit spelling with a leading zero are one product.
                    if (products[code] == null) {
                        products[code] = product(in, k);
                    }
                    product = products[code];
                } else {
                    product = product(in, k);
                }
                double value = in.amount(v, 1000.0, EdgeListReader.MAX_VALUE_USD, "USD");
                double tonnes = in.optionalAmount(q, 1.0, EdgeListReader.MAX_TONNES, "tonnes");
                long first = out.repeatOf(e, m, product, year, line);
                if (first != 0) {
                    throw FlowCollector.duplicate("BACI key t,i,j,k = " + year + "," + in.get(i) + "," + in.get(j) + ","
                            + product, first, "");
                }
                out.emit(new Flow(e, m, product, year, value, tonnes, Flow.Side.SINGLE, line));
            });
            return out.finish(InputFormat.BACI, null, true);
        }
    }

    /** A numeric BACI/Comtrade code resolved through the registry; unknown codes and World are errors. */
    static Country country(CountryRegistry registry, CsvInput in, int column) {
        int digits = in.digits(column);
        if (digits >= 0) {
            Country known = registry.byCode(digits).orElse(null);
            if (known != null && known.kind() != Country.Kind.WORLD) {
                return known;
            }
        }
        String raw = in.text(column);
        int code;
        try {
            code = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new CsvInput.RowException(in.name(column), "'" + CsvInput.abbreviate(raw) + "' is not a numeric country code");
        }
        Country c = registry.byCode(code).orElseThrow(() -> new CsvInput.RowException(in.name(column),
                "unknown country code " + code + " (not in the BACI/Comtrade country table)"));
        if (c.kind() == Country.Kind.WORLD) {
            throw new CsvInput.RowException(in.name(column), "code " + code + " is the World total, not a trade partner");
        }
        return c;
    }

    private static String product(CsvInput in, int column) {
        String s = in.text(column);
        if (s.length() == 5 && s.chars().allMatch(Character::isDigit)) {
            s = "0" + s;
        }
        if (!ProductGroup.isHs6(s)) {
            throw new CsvInput.RowException(in.name(column), "'" + CsvInput.abbreviate(s) + "' is not a six-digit HS code");
        }
        return s;
    }
}
