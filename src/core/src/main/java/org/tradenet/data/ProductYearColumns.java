package org.tradenet.data;

import java.io.IOException;
import java.util.Objects;

/**
 * The columns of a file's header that the readers take the product (HS6) and the year from,
 * and for Comtrade the reporter, found by the readers' own names ({@link EdgeListReader},
 * {@link ComtradeReader}). For an engine that reads the rows itself and must group them by
 * product and year before the reader sees them (the atlas on Spark). Names are as the header
 * spells them; empty when the file has no such column.
 *
 * @param format   the file's format (edges or Comtrade)
 * @param product  the product's column
 * @param year     the year's column
 * @param reporter the reporter's column (Comtrade), empty for edge lists
 */
public record ProductYearColumns(InputFormat format, String product, String year, String reporter) {

    /**
     * Turns null names into empty.
     *
     * @param format   the file's format (edges or Comtrade)
     * @param product  the product's column
     * @param year     the year's column
     * @param reporter the reporter's column (Comtrade), empty for edge lists
     */
    public ProductYearColumns {
        Objects.requireNonNull(format, "format");
        product = product == null ? "" : product;
        year = year == null ? "" : year;
        reporter = reporter == null ? "" : reporter;
    }

    /**
     * The columns of {@code source}'s header, as the reader of {@code format} finds them.
     *
     * @param source a file or stream; only its header is read
     * @param format {@link InputFormat#EDGES} or {@link InputFormat#COMTRADE}
     * @return the product, year and reporter columns
     * @throws IOException              when the source cannot be read
     * @throws DataFormatException      when the header names a column twice
     * @throws IllegalArgumentException for another format
     */
    public static ProductYearColumns of(DataSource source, InputFormat format) throws IOException {
        try (CsvInput in = CsvInput.open(source)) {
            return switch (format) {
                case EDGES -> new ProductYearColumns(format, name(in, EdgeListReader.PRODUCT), name(in, EdgeListReader.YEAR), "");
                case COMTRADE -> new ProductYearColumns(format, name(in, ComtradeReader.PRODUCT), name(in, ComtradeReader.YEAR),
                        name(in, ComtradeReader.REPORTER));
                default -> throw new IllegalArgumentException("product and year columns are looked for in edge lists and "
                        + "Comtrade files, not in " + format);
            };
        }
    }

    private static String name(CsvInput in, String[] names) {
        int c = in.column(names);
        return c < 0 ? "" : in.name(c);
    }
}
