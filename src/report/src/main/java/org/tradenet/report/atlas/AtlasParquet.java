package org.tradenet.report.atlas;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.tradenet.TradenetVersion;
import org.tradenet.atlas.AtlasResult;
import org.tradenet.atlas.AtlasRow;

/**
 * {@code atlas.parquet}: the rows of {@code atlas.csv} as a Parquet file (see {@link
 * ParquetFile}): strings as STRING, counts and years as INT32, measures as DOUBLE (NaN where
 * the CSV cell is empty).
 */
public final class AtlasParquet {

    private AtlasParquet() {
    }

    /**
     * The Parquet columns of an atlas, with or without the focus columns.
     *
     * @param focus true when a focus country is set
     * @return the columns, in file order
     */
    public static List<ParquetFile.Column> columns(boolean focus) {
        List<String> names = AtlasRow.columns(focus);
        List<Class<?>> types = AtlasRow.types(focus);
        List<ParquetFile.Column> out = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            Class<?> k = types.get(c);
            out.add(new ParquetFile.Column(names.get(c), k == String.class ? ParquetFile.Type.STRING
                    : k == Integer.class ? ParquetFile.Type.INT32 : ParquetFile.Type.DOUBLE));
        }
        return out;
    }

    /**
     * Writes the result's rows.
     *
     * @param result the atlas result
     * @param out the stream to write to
     * @throws IOException when writing fails
     */
    public static void write(AtlasResult result, OutputStream out) throws IOException {
        boolean focus = result.job().parameters().hasFocus();
        List<List<Object>> rows = result.rows().stream().map(r -> r.values(focus)).toList();
        ParquetFile.write(columns(focus), rows, "tradenet " + TradenetVersion.current().version(), out);
    }
}
