/**
 * The atlas's outputs: {@code atlas.csv}, {@code atlas.parquet}, {@code atlas.json} (parameters
 * and provenance) and {@code atlas.html} (a self-contained, sortable and searchable ranking of
 * chokepoint products with small multiples over the years), each written atomically by {@link
 * org.tradenet.report.atlas.AtlasOutputs}. {@link org.tradenet.report.atlas.ParquetFile} is a
 * small Parquet writer for flat tables, so that writing Parquet needs no Hadoop.
 */
package org.tradenet.report.atlas;
