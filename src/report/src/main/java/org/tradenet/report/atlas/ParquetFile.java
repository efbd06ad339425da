package org.tradenet.report.atlas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes a flat table as an Apache Parquet file, without Hadoop: one row group, one data
 * page (v1) per column, PLAIN encoding, no compression, every column {@code REQUIRED} (so no
 * definition or repetition levels), the footer in Thrift compact form. Column types: UTF-8
 * strings (BYTE_ARRAY annotated STRING), 32-bit integers (INT32) and doubles (DOUBLE; NaN is
 * stored as NaN). Readers that follow the format (Spark, parquet-mr, pyarrow, DuckDB) read it.
 *
 * <p>Layout: {@code PAR1}, for each column its page header and values, the {@code
 * FileMetaData}, its length (4 bytes, little-endian), {@code PAR1}. O(cells) time; the
 * table's bytes are held once per column while it is written.
 *
 * <p>Reference: Apache Parquet format specification, parquet-format {@code parquet.thrift}
 * and "Encodings" (PLAIN), https://parquet.apache.org/docs/file-format/.
 */
public final class ParquetFile {

    /** A column's physical type as this writer supports it. */
    public enum Type {
        /** UTF-8 text: BYTE_ARRAY with the STRING logical type. */
        STRING(6),
        /** 32-bit signed integer: INT32. */
        INT32(1),
        /** 64-bit IEEE 754 floating point: DOUBLE. */
        DOUBLE(5);

        final int thrift;

        Type(int thrift) {
            this.thrift = thrift;
        }
    }

    /**
     * A column.
     *
     * @param name the column's name
     * @param type its type
     */
    public record Column(String name, Type type) {
        /**
         * Checks name and type are given.
         *
         * @param name the column's name
         * @param type its type
         */
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private ParquetFile() {
    }

    /**
     * Writes {@code rows} (each a list of String, Integer or Double in column order) as one
     * Parquet file to {@code out}.
     *
     * @param columns the columns, in file order
     * @param rows the rows, one value per column each
     * @param createdBy the writer named in the file's metadata
     * @param out the stream to write to; left open
     * @throws IllegalArgumentException when a value does not match its column's type or is null
     * @throws IOException when writing fails
     */
    public static void write(List<Column> columns, List<List<Object>> rows, String createdBy, OutputStream out) throws IOException {
        long offset = 0;
        out.write(MAGIC);
        offset += MAGIC.length;
        long[] pageOffsets = new long[columns.size()];
        long[] chunkSizes = new long[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            byte[] values = values(columns.get(c), c, rows);
            byte[] header = new ThriftCompact().begin()
                    .i32(1, 0) // type: DATA_PAGE
                    .i32(2, values.length) // uncompressed_page_size
                    .i32(3, values.length) // compressed_page_size
                    .struct(5) // data_page_header
                    .i32(1, rows.size()) // num_values
                    .i32(2, 0) // encoding: PLAIN
                    .i32(3, 3) // definition_level_encoding: RLE
                    .i32(4, 3) // repetition_level_encoding: RLE
                    .end()
                    .end().bytes();
            pageOffsets[c] = offset;
            out.write(header);
            out.write(values);
            chunkSizes[c] = header.length + values.length;
            offset += chunkSizes[c];
        }
        byte[] footer = footer(columns, rows.size(), pageOffsets, chunkSizes, createdBy);
        out.write(footer);
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.length).array());
        out.write(MAGIC);
    }

    /** The PLAIN-encoded values of one column. */
    private static byte[] values(Column col, int c, List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteBuffer eight = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < rows.size(); r++) {
            Object v = rows.get(r).get(c);
            eight.clear();
            switch (col.type()) {
                case STRING -> {
                    if (!(v instanceof String s)) {
                        throw mismatch(col, r, v);
                    }
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    bytes.write(eight.putInt(b.length).array(), 0, 4);
                    bytes.write(b, 0, b.length);
                }
                case INT32 -> {
                    if (!(v instanceof Integer i)) {
                        throw mismatch(col, r, v);
                    }
                    bytes.write(eight.putInt(i).array(), 0, 4);
                }
                case DOUBLE -> {
                    if (!(v instanceof Double d)) {
                        throw mismatch(col, r, v);
                    }
                    bytes.write(eight.putDouble(d).array(), 0, 8);
                }
                default -> throw new IllegalStateException(col.type().name());
            }
        }
        return bytes.toByteArray();
    }

    private static IllegalArgumentException mismatch(Column col, int row, Object v) {
        return new IllegalArgumentException("row " + row + ", column " + col.name() + ": " + v + " is not a "
                + col.type().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** FileMetaData (parquet.thrift): version, schema, num_rows, row_groups, created_by. */
    private static byte[] footer(List<Column> columns, int rows, long[] pageOffsets, long[] chunkSizes, String createdBy) {
        ThriftCompact t = new ThriftCompact().begin();
        t.i32(1, 1); // version
        t.list(2, ThriftCompact.STRUCT, columns.size() + 1); // schema: the root, then one element per column
        t.begin().string(4, "schema").i32(5, columns.size()).end();
        for (Column col : columns) {
            t.begin().i32(1, col.type().thrift).i32(3, 0); // type; repetition_type REQUIRED
            t.string(4, col.name());
            if (col.type() == Type.STRING) {
                t.i32(6, 0); // converted_type UTF8
                t.struct(10).struct(1).end().end(); // logicalType: STRING
            }
            t.end();
        }
        t.i64(3, rows); // num_rows
        long total = 0;
        for (long s : chunkSizes) {
            total += s;
        }
        t.list(4, ThriftCompact.STRUCT, rows == 0 ? 0 : 1); // row_groups
        if (rows > 0) {
            t.begin();
            t.list(1, ThriftCompact.STRUCT, columns.size()); // columns
            for (int c = 0; c < columns.size(); c++) {
                t.begin().i64(2, pageOffsets[c]); // file_offset
                t.struct(3) // meta_data
                        .i32(1, columns.get(c).type().thrift)
                        .list(2, ThriftCompact.I32, 2).element(0).element(3) // encodings: PLAIN, RLE
                        .list(3, ThriftCompact.BINARY, 1).element(columns.get(c).name()) // path_in_schema
                        .i32(4, 0) // codec: UNCOMPRESSED
                        .i64(5, rows) // num_values
                        .i64(6, chunkSizes[c]) // total_uncompressed_size
                        .i64(7, chunkSizes[c]) // total_compressed_size
                        .i64(9, pageOffsets[c]) // data_page_offset
                        .end();
                t.end();
            }
            t.i64(2, total); // total_byte_size
            t.i64(3, rows); // num_rows
            t.end();
        }
        t.string(6, createdBy); // created_by
        return t.end().bytes();
    }
}
