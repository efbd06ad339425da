package org.tradenet.report.atlas;

import java.util.ArrayList;
import java.util.List;

import org.tradenet.atlas.AtlasResult;
import org.tradenet.atlas.AtlasRow;
import org.tradenet.report.Numbers;
import org.tradenet.report.Table;

/**
 * The atlas as a table: the columns of {@link AtlasRow#columns(boolean)}, one row per product
 * and year in product, year order. Numbers at full precision (the shortest decimal that reads
 * back as the same double), empty for NaN.
 */
public final class AtlasTable {

    private AtlasTable() {
    }

    /**
     * The table of a result.
     *
     * @param result the atlas result
     * @return one row per row of the result, full-precision numbers
     */
    public static Table of(AtlasResult result) {
        boolean focus = result.job().parameters().hasFocus();
        Table t = new Table(AtlasRow.columns(focus));
        for (AtlasRow r : result.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object v : r.values(focus)) {
                cells.add(v instanceof Double d ? Numbers.raw(d) : String.valueOf(v));
            }
            t.row(cells);
        }
        return t;
    }

    /**
     * {@code atlas.csv}: the table as CSV with a header row.
     *
     * @param result the atlas result
     * @return the CSV text
     */
    public static String csv(AtlasResult result) {
        return of(result).toCsv();
    }
}
