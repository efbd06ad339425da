package org.tradenet.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a square trade matrix: the header holds a corner cell (empty, or a label such as
 * {@code exporter\importer}) and then the importer ids; every row holds an exporter id and
 * then the values it exports to each importer, in USD. Empty cells and zeros are no flow;
 * the diagonal is domestic sales. The row ids must be the column ids (in any order), each
 * once. Ids are resolved as in the edge list: ISO3/ISO2 codes to countries, anything else
 * kept as a custom region.
 */
public final class MatrixReader implements TradeDataReader {

    @Override
    public InputFormat format() {
        return InputFormat.MATRIX;
    }

    @Override
    public StreamedRead stream(DataSource source, ReadOptions options, FlowSink sink) throws IOException {
        try (CsvInput in = CsvInput.open(source)) {
            List<String> header = in.header();
            if (header.size() < 2) {
                throw new DataFormatException(source.name(), in.headerLine(), "", "a matrix needs a corner cell and at least one column id");
            }
            FlowCollector out = new FlowCollector(source.name(), options, sink);
            List<String> columns = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int c = 1; c < header.size(); c++) {
                String raw = header.get(c);
                if (raw.isEmpty()) {
                    throw new DataFormatException(source.name(), in.headerLine(), "column " + (c + 1), "the column id is empty");
                }
                String id = resolve(options.registry(), raw, out);
                if (!seen.add(id)) {
                    throw new DataFormatException(source.name(), in.headerLine(), raw, "column id appears twice (as " + id + ")");
                }
                columns.add(id);
            }
            Map<String, Long> rowLines = new HashMap<>();
            out.eachRow(in, line -> {
                String exporter = resolve(options.registry(), in.text(0), out);
                if (!seen.contains(exporter)) {
                    throw new CsvInput.RowException(in.name(0), "row id '" + in.get(0) + "' is not a column id: the matrix must be square");
                }
                Long first = rowLines.putIfAbsent(exporter, line);
                if (first != null) {
                    throw new CsvInput.RowException(in.name(0), "row " + exporter + " appears twice (first on line " + first + ")");
                }
                List<Flow> row = new ArrayList<>();
                for (int c = 1; c < header.size(); c++) {
                    double v = in.get(c).isEmpty() ? 0.0 : in.amount(c, 1.0, EdgeListReader.MAX_VALUE_USD, "USD");
                    if (v > 0) {
                        row.add(new Flow(exporter, columns.get(c - 1), "", 0, v, Double.NaN, Flow.Side.SINGLE, line));
                    }
                }
                row.forEach(out::emit);
            });
            if (out.skipped.isEmpty() && rowLines.size() != columns.size()) {
                Set<String> missing = new java.util.TreeSet<>(columns);
                missing.removeAll(rowLines.keySet());
                throw new DataFormatException(source.name(), 0, "", "the matrix has " + columns.size() + " columns but "
                        + rowLines.size() + " rows; no row for " + String.join(", ", missing));
            }
            return out.finish(InputFormat.MATRIX, null, true);
        }
    }

    private static String resolve(CountryRegistry registry, String raw, FlowCollector out) {
        Country c = raw.chars().allMatch(Character::isDigit) ? null : registry.byAlpha(raw).orElse(null);
        if (c != null && c.kind() == Country.Kind.WORLD) {
            throw new CsvInput.RowException("", "'" + raw + "' is the World total, not a trade partner");
        }
        return out.node(c != null ? c : Country.custom(raw));
    }
}
