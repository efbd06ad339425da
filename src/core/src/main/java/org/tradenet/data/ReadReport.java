package org.tradenet.data;

import java.util.List;

/**
 * What a reader did with a file: rows read, flows kept, rows skipped with their reasons
 * (only with {@code lenient}; otherwise the first bad row is an error), and notes on
 * everything else a user should know (units converted, columns ignored, custom ids, World
 * rows dropped, which side of a mirrored flow was used).
 *
 * @param source    the file or data set read
 * @param format    the format it was read as
 * @param rowsRead  data rows read (header excluded)
 * @param flowsKept flows in the resulting table
 * @param skipped   rows skipped, each with file, line, field and reason
 * @param notes     other facts about the read, one sentence each
 * @param mirror    how declarations were reconciled, for Comtrade input; {@code null} otherwise
 * @param weight    what a flow's value means when the reader knows better than "trade value
 *                  (USD)": for a generic graph the column it came from, as given, unit unknown;
 *                  empty for trade data
 */
public record ReadReport(String source, InputFormat format, long rowsRead, long flowsKept,
                         List<ReadProblem> skipped, List<String> notes, MirrorSummary mirror, String weight) {

    /**
     * A report of trade data, whose values are USD ({@link #weight()} empty).
     *
     * @param source    the file or data set read
     * @param format    the format it was read as
     * @param rowsRead  data rows read (header excluded)
     * @param flowsKept flows in the resulting table
     * @param skipped   rows skipped, each with file, line, field and reason
     * @param notes     other facts about the read, one sentence each
     * @param mirror    how declarations were reconciled, for Comtrade input; {@code null} otherwise
     */
    public ReadReport(String source, InputFormat format, long rowsRead, long flowsKept,
                      List<ReadProblem> skipped, List<String> notes, MirrorSummary mirror) {
        this(source, format, rowsRead, flowsKept, skipped, notes, mirror, "");
    }

    /**
     * Copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param source    the file or data set read
     * @param format    the format it was read as
     * @param rowsRead  data rows read (header excluded)
     * @param flowsKept flows in the resulting table
     * @param skipped   rows skipped, each with file, line, field and reason
     * @param notes     other facts about the read, one sentence each
     * @param mirror    how declarations were reconciled, for Comtrade input; {@code null} otherwise
     * @param weight    what a flow's value means for a generic graph; empty for trade data
     */
    public ReadReport {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        weight = weight == null ? "" : weight;
    }

    /**
     * How the two sides of Comtrade declarations were reconciled.
     *
     * @param rule              the rule applied
     * @param fromImporter      flows taken from importers' declarations (M)
     * @param fromExporter      flows taken from exporters' mirror declarations (X)
     * @param declarationsUnused declarations not used because the other side counted
     * @param worldRowsDropped  rows with partner World, dropped (they are totals)
     * @param collapsedRows     rows repeating a declaration's key (its breakdowns), collapsed to the total
     */
    public record MirrorSummary(MirrorRule rule, long fromImporter, long fromExporter, long declarationsUnused,
                                long worldRowsDropped, long collapsedRows) {
    }
}
