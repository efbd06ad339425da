/**
 * The atlas on Apache Spark: {@link org.tradenet.spark.SparkAtlasEngine} reads BACI, Comtrade
 * and edge-list files as DataFrames with explicit schemas, groups the rows by product and year, and runs
 * tradenet-core's {@link org.tradenet.atlas.ProductYearAnalysis} on each group in the
 * executors, so that its rows equal the local engine's.
 */
package org.tradenet.spark;
