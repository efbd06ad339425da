package org.tradenet.atlas;

import java.util.List;

/**
 * What an atlas run produced.
 *
 * @param engine   the engine that ran ({@code local} or {@code spark})
 * @param job      the job as asked
 * @param rows     one row per product and year, ordered by product then year
 * @param sources  the data files read, as named
 * @param metadata the BACI product_codes and country_codes files found beside the data
 * @param rowsRead data rows read over all files
 * @param notes    what was left out or assumed (flows without product or year, rows outside
 *                 the selection, skipped bad rows, spilling), one sentence each
 */
public record AtlasResult(String engine, AtlasJob job, List<AtlasRow> rows, List<String> sources, List<String> metadata,
                          long rowsRead, List<String> notes) {

    /**
     * Sorts the rows by product then year and copies the lists.
     *
     * @param engine   the engine that ran ({@code local} or {@code spark})
     * @param job      the job as asked
     * @param rows     one row per product and year, ordered by product then year
     * @param sources  the data files read, as named
     * @param metadata the BACI product_codes and country_codes files found beside the data
     * @param rowsRead data rows read over all files
     * @param notes    what was left out or assumed (flows without product or year, rows outside
     *                 the selection, skipped bad rows, spilling), one sentence each
     */
    public AtlasResult {
        rows = rows.stream().sorted(AtlasRow.ORDER).toList();
        sources = List.copyOf(sources);
        metadata = List.copyOf(metadata);
        notes = List.copyOf(notes);
    }
}
