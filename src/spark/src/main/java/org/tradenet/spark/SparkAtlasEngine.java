package org.tradenet.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import org.tradenet.atlas.AtlasEngine;
import org.tradenet.atlas.AtlasInput;
import org.tradenet.atlas.AtlasJob;
import org.tradenet.atlas.AtlasResult;
import org.tradenet.atlas.AtlasRow;
import org.tradenet.atlas.BaciRows;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.DataFormatException;
import org.tradenet.data.DataSource;
import org.tradenet.data.FlowTable;
import org.tradenet.data.InputFormat;
import org.tradenet.data.ProductYearColumns;

/**
 * The atlas on Apache Spark. Reads BACI files ({@code t,i,j,k,v,q}: CSV, gzip-compressed CSV,
 * or Parquet with those columns; local paths, {@code hdfs://} or {@code s3a://} URIs) as a
 * DataFrame with an explicit schema ({@code t,i,j int; k string; v,q double}, {@code NA} read
 * as missing), keeps the products and years asked for, groups by (k, t) and runs {@link
 * GroupTask} (tradenet-core's {@link org.tradenet.atlas.ProductYearAnalysis}) on each group
 * in the executors. Edge lists and Comtrade files (CSV, the format found by tradenet-core's
 * detection) are read with a schema made from their own header, turned into flows group by
 * group by tradenet-core's readers ({@link FileFlows}), and the flows of all inputs grouped by
 * product and year for the same analysis. Writes the rows as Parquet and CSV part files under the job's engine
 * output, when one is given, and returns them to the driver for the atlas files.
 *
 * <p>The master is the job's ({@code local[2]}, {@code yarn}, {@code k8s://...}); when the job
 * has none, the one spark-submit set ({@code spark.master}), else {@code local[2]}. A session
 * already running in the process is reused.
 *
 * <p>Same input and seed, same rows as the local engine: both hand the same flows, in a
 * canonical order, to the same analysis.
 */
public final class SparkAtlasEngine implements AtlasEngine {

    /** The BACI schema the input is read with. */
    static final StructType BACI_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("t", DataTypes.IntegerType, true),
        DataTypes.createStructField("i", DataTypes.IntegerType, true),
        DataTypes.createStructField("j", DataTypes.IntegerType, true),
        DataTypes.createStructField("k", DataTypes.StringType, true),
        DataTypes.createStructField("v", DataTypes.DoubleType, true),
        DataTypes.createStructField("q", DataTypes.DoubleType, true)
    });

    @Override
    public String name() {
        return "spark";
    }

    /** The Spark schema of atlas rows, with or without the focus columns. */
    static StructType rowSchema(boolean focus) {
        List<String> names = AtlasRow.columns(focus);
        List<Class<?>> types = AtlasRow.types(focus);
        List<StructField> fields = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            Class<?> k = types.get(c);
            DataType t = k == String.class ? DataTypes.StringType : k == Integer.class ? DataTypes.IntegerType : DataTypes.DoubleType;
            fields.add(DataTypes.createStructField(names.get(c), t, false));
        }
        return DataTypes.createStructType(fields);
    }

    @Override
    public AtlasResult run(AtlasJob job) throws IOException {
        try {
            return runOnSpark(job);
        } catch (IOException | IllegalArgumentException e) {
            throw e;   // our own refusals (a zip, a missing file, bad input already named) pass as they are
        } catch (Exception e) {
            // A bad row fails a Spark task wherever the job first needs it (collect, write, count), and
            // Spark throws its checked SparkException: report it as bad input naming the row.
            if (isBadInput(e)) {
                throw new DataFormatException(String.join(", ", job.inputs()), 0, "", badInputMessage(e));
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the Spark job failed: " + e.getMessage(), e);
        }
    }

    private AtlasResult runOnSpark(AtlasJob job) throws IOException {
        SparkSession spark = session(job.master());
        Map<String, String> descriptions = new TreeMap<>();
        List<String> metadata = new ArrayList<>();
        List<String> localFiles = job.inputs().stream().filter(SparkAtlasEngine::isLocal).toList();
        if (!localFiles.isEmpty()) {
            for (String f : localFiles) {
                if (f.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                    throw new IllegalArgumentException(f + ": the Spark engine reads CSV, .csv.gz and Parquet, not zip archives: "
                            + "unzip the release first (see docs/atlas.md)");
                }
            }
            AtlasInput input = AtlasInput.of(localFiles.stream().map(Path::of).toList());
            descriptions.putAll(input.descriptions());
            metadata.addAll(input.metadataFiles());
        }
        List<InputFormat> formats = new ArrayList<>();
        for (String input : job.inputs()) {
            formats.add(format(spark, input, job.read().format()));
        }
        boolean focus = job.parameters().hasFocus();
        List<String> notes = new ArrayList<>();
        Dataset<Row> rows;
        long rowsRead;
        if (formats.stream().allMatch(f -> f == InputFormat.BACI)) {
            Dataset<Row> raw = read(spark, job.inputs());
            rowsRead = raw.count();
            Dataset<Row> kept = raw;
            if (!job.years().isEmpty()) {
                kept = kept.filter(functions.col("t").isin(job.years().toArray()));
            }
            if (!job.products().isEmpty()) {
                kept = kept.filter(functions.lpad(functions.trim(functions.col("k")), 6, "0").isin(job.products().toArray()));
            }
            if (!job.years().isEmpty() || !job.products().isEmpty()) {
                notes.add((rowsRead - kept.count()) + " row(s) outside the products/years asked for were left out");
            }
            notes.add("values converted from thousand USD to USD; quantities in tonnes as in BACI");
            rows = kept
                    .groupByKey((MapFunction<Row, String>) r -> r.isNullAt(3) || r.isNullAt(0) ? "" : BaciRows.hs6(r.getString(3))
                            + "/" + r.getInt(0), Encoders.STRING())
                    .flatMapGroups(new GroupTask(job.parameters(), descriptions, true), Encoders.row(rowSchema(focus)));
        } else {
            Dataset<Row> flows = null;
            rowsRead = 0;
            for (int n = 0; n < job.inputs().size(); n++) {
                String input = job.inputs().get(n);
                Dataset<Row> part;
                if (formats.get(n) == InputFormat.BACI) {
                    Dataset<Row> raw = read(spark, List.of(input));
                    rowsRead += raw.count();
                    part = raw.map((MapFunction<Row, Row>) r -> FlowRows.row(FlowRows.baci(r, CountryRegistry.standard())),
                            Encoders.row(FlowRows.SCHEMA));
                    notes.add(input + ": values converted from thousand USD to USD; quantities in tonnes as in BACI");
                } else {
                    FileRead read = readFile(spark, input, formats.get(n), job);
                    rowsRead += read.rows();
                    part = read.flows();
                    notes.add(read.note());
                }
                flows = flows == null ? part : flows.union(part);
            }
            flows = flows.cache();
            Dataset<Row> keyed = flows.filter(functions.col("hs6").notEqual("").and(functions.col("year").notEqual(0)));
            long all = flows.count();
            long withKey = keyed.count();
            if (withKey < all) {
                notes.add((all - withKey) + " flow(s) without a six-digit HS code or a year were left out (the atlas groups by both)");
            }
            Dataset<Row> kept = keyed;
            if (!job.years().isEmpty()) {
                kept = kept.filter(functions.col("year").isin(job.years().toArray()));
            }
            if (!job.products().isEmpty()) {
                kept = kept.filter(functions.col("hs6").isin(job.products().toArray()));
            }
            if (!job.years().isEmpty() || !job.products().isEmpty()) {
                notes.add((withKey - kept.count()) + " flow(s) outside the products/years asked for were left out");
            }
            rows = kept.groupByKey((MapFunction<Row, String>) r -> r.getString(2) + "/" + r.getInt(3), Encoders.STRING())
                    .flatMapGroups(new GroupTask(job.parameters(), descriptions, false), Encoders.row(rowSchema(focus)));
        }
        rows = rows.cache();
        List<Row> collected = rows.collectAsList();   // a bad row surfaces here; run() reports it as bad input
        if (!job.engineOutput().isEmpty()) {
            rows.write().mode(SaveMode.Overwrite).parquet(job.engineOutput() + "/parquet");
            rows.write().mode(SaveMode.Overwrite).option("header", true).csv(job.engineOutput() + "/csv");
            notes.add("Spark wrote the rows as Parquet and CSV part files under " + job.engineOutput());
        }
        rows.unpersist();
        List<AtlasRow> out = new ArrayList<>(collected.size());
        for (Row r : collected) {
            out.add(toAtlasRow(r, focus));
        }
        return new AtlasResult(name(), job, out, job.inputs(), metadata, rowsRead, notes);
    }

    /** The DataFrame of the inputs: Parquet when every input ends in .parquet (or is a Parquet folder), else CSV. */
    static Dataset<Row> read(SparkSession spark, List<String> inputs) {
        boolean parquet = inputs.stream().allMatch(p -> p.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet"));
        String[] paths = inputs.toArray(String[]::new);
        if (parquet) {
            return spark.read().schema(BACI_SCHEMA).parquet(paths);
        }
        return spark.read().schema(BACI_SCHEMA).option("header", true).option("nullValue", "NA").option("mode", "FAILFAST")
                .option("enforceSchema", false).csv(paths);
    }

    /**
     * The format of one input: {@code format} when the job names one, BACI for Parquet, else what
     * tradenet-core's detection ({@link FlowTable#detect}) makes of the file's header.
     */
    static InputFormat format(SparkSession spark, String input, InputFormat format) throws IOException {
        if (format != InputFormat.AUTO) {
            return format;
        }
        if (input.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")) {
            return InputFormat.BACI;
        }
        InputFormat detected = FlowTable.detect(headerSource(input, header(spark, input)));
        if (detected == InputFormat.MATRIX) {
            throw new IllegalArgumentException(input + ": the atlas reads BACI, Comtrade and edge-list files, not matrices");
        }
        return detected;
    }

    /** The header of a CSV input, as Spark reads it. */
    private static List<String> header(SparkSession spark, String input) {
        return List.of(spark.read().option("header", true).option("escape", "\"").csv(input).columns());
    }

    /** The header line alone, as a source tradenet-core's readers can look at. */
    private static DataSource headerSource(String input, List<String> header) throws IOException {
        java.io.StringWriter line = new java.io.StringWriter();
        try (org.apache.commons.csv.CSVPrinter p = org.apache.commons.csv.CSVFormat.RFC4180.print(line)) {
            p.printRecord(header);
        }
        byte[] bytes = line.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return DataSource.of(input, () -> new java.io.ByteArrayInputStream(bytes));
    }

    /** An edge-list or Comtrade file read: its flows (a lazy DataFrame), its data rows, and how its rows were grouped. */
    private record FileRead(Dataset<Row> flows, long rows, String note) {
    }

    /**
     * Reads an edge-list or Comtrade file with an explicit schema (its header's columns, all
     * text: tradenet-core's reader parses the cells), groups its rows by product and year as
     * tradenet-core's reader names those columns ({@link ProductYearColumns}), and turns each
     * group into flows with that reader ({@link FileFlows}). A Comtrade file in which every
     * reporter declares one period is a snapshot (the reader matches the two sides of a flow
     * across periods): its rows are grouped by product alone.
     */
    private static FileRead readFile(SparkSession spark, String input, InputFormat format, AtlasJob job) throws IOException {
        List<String> header = header(spark, input);
        ProductYearColumns columns = ProductYearColumns.of(headerSource(input, header), format);
        List<StructField> fields = new ArrayList<>();
        for (String h : header) {
            fields.add(DataTypes.createStructField(h, DataTypes.StringType, true));
        }
        Dataset<Row> raw = spark.read().schema(DataTypes.createStructType(fields)).option("header", true).option("escape", "\"")
                .option("mode", "FAILFAST").option("enforceSchema", false).csv(input);
        long rows = raw.count();
        int product = header.indexOf(columns.product());
        int year = header.indexOf(columns.year());
        boolean snapshot = false;
        if (format == InputFormat.COMTRADE && year >= 0 && !columns.reporter().isEmpty()) {
            snapshot = raw.select(columns.reporter(), columns.year()).distinct().groupBy(columns.reporter()).count()
                    .filter(functions.col("count").gt(1)).isEmpty();
        }
        int yearKey = snapshot ? -1 : year;
        Dataset<Row> flows = raw.groupByKey((MapFunction<Row, String>) r -> groupKey(r, product, yearKey), Encoders.STRING())
                .flatMapGroups(new FileFlows(input, header, format, job.read()), Encoders.row(FlowRows.SCHEMA));
        String how = format == InputFormat.COMTRADE
                ? (snapshot ? "a Comtrade snapshot (each reporter one period): the two sides of a flow matched within each product"
                        : "Comtrade: the two sides of a flow matched within each product and year") + ", mirror rule "
                        + job.read().mirrorRule().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                : "an edge list, read by product and year";
        return new FileRead(flows, rows, input + ": " + how + " (tradenet-core's " + format.name().toLowerCase(java.util.Locale.ROOT)
                + " reader on each group)");
    }

    /** The group of a raw row: the product's text and the year's (as a number when it is one); empty for a missing column. */
    private static String groupKey(Row r, int product, int year) {
        String p = product < 0 || r.isNullAt(product) ? "" : r.getString(product).trim();
        if (year < 0) {
            return p;
        }
        String y = r.isNullAt(year) ? "" : r.getString(year).trim();
        try {
            y = String.valueOf(Integer.parseInt(y));
        } catch (NumberFormatException e) {
            // left as written: the reader names it as a bad year
        }
        return p + "/" + y;
    }

    /** A Spark row of {@link #rowSchema} back as an atlas row. */
    static AtlasRow toAtlasRow(Row r, boolean focus) {
        int c = 0;
        String hs6 = r.getString(c++);
        int year = r.getInt(c++);
        String description = r.getString(c++);
        int countries = r.getInt(c++);
        int links = r.getInt(c++);
        double value = r.getDouble(c++);
        double tonnes = r.getDouble(c++);
        double hhi = r.getDouble(c++);
        String top = r.getString(c++);
        double topShare = r.getDouble(c++);
        double top3 = r.getDouble(c++);
        double over = r.getDouble(c++);
        int communities = r.getInt(c++);
        double modularity = r.getDouble(c++);
        double modularityZ = r.getDouble(c++);
        double modularityP = r.getDouble(c++);
        String hubs = r.getString(c++);
        double shock = r.getDouble(c++);
        String focusCountry = "";
        double largest = Double.NaN;
        double exposure = Double.NaN;
        if (focus) {
            focusCountry = r.getString(c++);
            largest = r.getDouble(c++);
            exposure = r.getDouble(c++);
        }
        String notes = r.getString(c);
        return new AtlasRow(hs6, year, description, countries, links, value, tonnes, hhi, top, topShare, top3, over,
                communities, modularity, modularityZ, modularityP, hubs, shock, focusCountry, largest, exposure, notes);
    }

    private static SparkSession session(String master) {
        String m = !master.isEmpty() ? master : System.getProperty("spark.master", "local[2]");
        SparkSession.Builder b = SparkSession.builder().appName("tradenet atlas").master(m);
        if (m.startsWith("local")) {
            // In-process: no web UI, and a shuffle sized for one machine rather than Spark's 200 partitions.
            b = b.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8");
        }
        return b.getOrCreate();
    }

    /** True for a file on this machine's disk (not a folder, not a remote URI): its product_codes can be looked for beside it. */
    private static boolean isLocal(String p) {
        return !p.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*") && Files.isRegularFile(Path.of(p));
    }

    /**
     * True when a failed Spark job failed on the input: a BACI row the reader's rules reject
     * (an {@link IllegalArgumentException} from {@link GroupTask}), or a CSV that does not parse
     * with the schema (Spark's FAILFAST mode).
     */
    private static boolean isBadInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof IllegalArgumentException || m.contains("Malformed") || m.contains("CSV header")
                    || m.contains("FAILFAST")) {
                return true;
            }
        }
        return false;
    }

    /** The message of the row GroupTask rejected ("BACI row ...: why"), else the innermost cause's. */
    private static String badInputMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).startsWith("BACI row ")) {
                return t.getMessage();
            }
            if (t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).startsWith(FlowRows.BAD_ROW)) {
                return t.getMessage().substring(FlowRows.BAD_ROW.length());
            }
        }
        return rootMessage(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
