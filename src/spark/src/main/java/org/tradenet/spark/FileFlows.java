package org.tradenet.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;

import org.tradenet.data.DataFormatException;
import org.tradenet.data.DataSource;
import org.tradenet.data.DuplicateRows;
import org.tradenet.data.FlowTable;
import org.tradenet.data.InputFormat;
import org.tradenet.data.MirrorRule;
import org.tradenet.data.ReadOptions;

/**
 * What an executor does with the rows of one edge-list or Comtrade file that share a product
 * and year (for a Comtrade snapshot, a product): it hands them, under the file's own header,
 * to tradenet-core's reader of that format ({@link FlowTable#stream}), which applies every rule
 * it applies to the whole file (ids, units, duplicates, and for Comtrade the mirror rule that
 * picks one side of each declared flow), and returns the flows as {@link FlowRows}.
 *
 * <p>Why the group is enough: the edge-list reader works row by row (its duplicate key holds
 * the product and year); the Comtrade reader matches the two sides of a flow within a product
 * and a year (a panel) or within a product (a snapshot, each reporter one period), which is
 * how {@link SparkAtlasEngine} groups the rows of each file. A bad row fails the task with the
 * reader's message, its line counted within the group.
 */
final class FileFlows implements FlatMapGroupsFunction<String, Row, Row>, Serializable {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String[] header;
    private final InputFormat format;
    private final boolean lenient;
    private final MirrorRule mirrorRule;
    private final DuplicateRows duplicates;

    FileFlows(String file, List<String> header, InputFormat format, ReadOptions read) {
        this.file = file;
        this.header = header.toArray(String[]::new);
        this.format = format;
        this.lenient = read.lenient();
        this.mirrorRule = read.mirrorRule();
        this.duplicates = read.duplicates();
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).build().print(text)) {
            while (rows.hasNext()) {
                Row r = rows.next();
                List<String> cells = new ArrayList<>(header.length);
                for (int c = 0; c < header.length; c++) {
                    cells.add(r.isNullAt(c) ? "" : r.getString(c));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        DataSource group = DataSource.of(file + " (its rows of " + key + ")", () -> new ByteArrayInputStream(bytes));
        ReadOptions options = ReadOptions.defaults().withFormat(format).withLenient(lenient).withMirrorRule(mirrorRule)
                .withDuplicates(duplicates);
        List<Row> flows = new ArrayList<>();
        try {
            FlowTable.stream(group, options, f -> flows.add(FlowRows.row(f)));
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(FlowRows.BAD_ROW + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return flows.iterator();
    }
}
