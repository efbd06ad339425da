package org.tradenet.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import org.tradenet.atlas.BaciRows;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.Flow;

/**
 * Flows as Spark rows, the form every input takes before the rows are grouped by product and
 * year when the inputs are not all BACI: {@code exporter, importer, hs6 string; year int;
 * valueUsd, quantityTonnes double} (NaN where a flow reports no quantity). Edges run exporter
 * → importer; values in USD, quantities in tonnes, as the readers give them. The side a
 * Comtrade flow came from is not kept: the analysis does not use it (the local engine's
 * grouping drops it too).
 */
final class FlowRows {

    /** How a message about a bad input row starts, so that the engine reports it as bad input. */
    static final String BAD_ROW = "bad input: ";

    /** The schema of flow rows. */
    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("exporter", DataTypes.StringType, false),
        DataTypes.createStructField("importer", DataTypes.StringType, false),
        DataTypes.createStructField("hs6", DataTypes.StringType, false),
        DataTypes.createStructField("year", DataTypes.IntegerType, false),
        DataTypes.createStructField("valueUsd", DataTypes.DoubleType, false),
        DataTypes.createStructField("quantityTonnes", DataTypes.DoubleType, false)
    });

    private FlowRows() {
    }

    /** {@return the row of a flow} */
    static Row row(Flow f) {
        return RowFactory.create(f.exporter(), f.importer(), f.hs6(), f.year(), f.valueUsd(), f.quantityTonnes());
    }

    /**
     * A BACI row ({@code t,i,j,k,v,q} as {@link SparkAtlasEngine#BACI_SCHEMA} reads it) as a
     * flow, with the BACI reader's rules ({@link BaciRows}).
     *
     * @throws IllegalArgumentException naming the row and the field, for a row the BACI reader would reject
     */
    static Flow baci(Row r, CountryRegistry registry) {
        try {
            if (r.isNullAt(0) || r.isNullAt(1) || r.isNullAt(2) || r.isNullAt(3) || r.isNullAt(4)) {
                throw new IllegalArgumentException("t, i, j, k and v must not be empty");
            }
            return BaciRows.flow(r.getInt(0), r.getInt(1), r.getInt(2), r.getString(3), r.getDouble(4),
                    r.isNullAt(5) ? null : r.getDouble(5), registry);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("BACI row " + r.mkString(",") + ": " + e.getMessage(), e);
        }
    }

    /** {@return the flow of a row, as the local engine's grouping hands it to the analysis} */
    static Flow flow(Row r) {
        return new Flow(r.getString(0), r.getString(1), r.getString(2), r.getInt(3), r.getDouble(4), r.getDouble(5),
                Flow.Side.SINGLE, 0);
    }
}
