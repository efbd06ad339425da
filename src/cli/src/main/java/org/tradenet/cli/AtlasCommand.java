package org.tradenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.tradenet.atlas.AtlasEngine;
import org.tradenet.atlas.AtlasJob;
import org.tradenet.atlas.AtlasParameters;
import org.tradenet.atlas.AtlasResult;
import org.tradenet.atlas.AtlasRow;
import org.tradenet.atlas.LocalAtlasEngine;
import org.tradenet.data.Country;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.InputFormat;
import org.tradenet.data.ProductCatalog;
import org.tradenet.data.ReadOptions;
import org.tradenet.report.Numbers;
import org.tradenet.report.Table;
import org.tradenet.report.atlas.AtlasJson;
import org.tradenet.report.atlas.AtlasOutputs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradenet atlas}: every product and year of the input screened in one run, with the
 * embedded engine or on Apache Spark. Writes atlas.csv, atlas.parquet, atlas.json and
 * atlas.html to {@code --out} and prints the top chokepoints.
 *
 * <p>The Spark engine lives in the tradenet-spark module and is loaded by name only when
 * {@code --engine spark} asks for it; the launcher puts it and Spark on the class path then.
 */
@Command(name = "atlas", mixinStandardHelpOptions = true,
        description = "Screen every product and year of BACI, Comtrade or edge-list files for chokepoints: per HS6 product "
                + "and year, size, exporter concentration (HHI, top exporter, top-3 share), importers over 50%% from one "
                + "supplier, directed Leiden communities, modularity and its significance (z, p), top hubs (throughput, PageRank), and a screening "
                + "shock (the largest exporter's 25%% export tax, linear GSIM, no base tariffs: world trade change %%). "
                + "Writes atlas.csv, atlas.parquet, atlas.json and atlas.html to --out.")
final class AtlasCommand implements Callable<Integer> {

    /** The Spark engine's class, in the tradenet-spark module. */
    static final String SPARK_ENGINE = "org.tradenet.spark.SparkAtlasEngine";

    /** Where the engine runs. */
    enum Engine { local, spark }

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "BACI files (t,i,j,k,v,q; .csv, .csv.gz or a release .zip), Comtrade files or edge lists with hs6 "
                    + "and year columns. BACI product_codes/country_codes files beside the data are used when present.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--hs", split = ",", paramLabel = "CODE|GROUP", description = "Screen these HS6 codes or product groups only; default all.")
    List<String> hs = new ArrayList<>();

    @Option(names = "--year", split = ",", paramLabel = "YEAR", description = "Screen these years only; default all.")
    List<Integer> years = new ArrayList<>();

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "local (one process, the default) or spark (the tradenet-spark module) (default: ${DEFAULT-VALUE}).")
    Engine engine = Engine.local;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark: local[N], yarn, k8s://HOST:PORT, spark://HOST:PORT (default: the one "
                    + "spark-submit set, else local[2]).")
    String master = "";

    @Option(names = "--spark-out", paramLabel = "URI",
            description = "Where --engine spark writes its Parquet and CSV part files: a folder, hdfs:// or s3a:// (default: DIR/spark).")
    String sparkOut;

    @Option(names = "--focus", paramLabel = "COUNTRY",
            description = "Add this country's (ISO3) dependence on its largest supplier and its exposure to the largest exporter.")
    String focus;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "atlas",
            description = "Write atlas.csv, atlas.parquet, atlas.json and atlas.html here, each whole or not at all (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("atlas");

    @Option(names = "--seed", paramLabel = "S", description = "Seed of community detection (run k uses S + k) (default: ${DEFAULT-VALUE}).")
    long seed = AtlasParameters.defaults().seed();

    @Option(names = "--runs", paramLabel = "R", description = "Leiden runs per product and year; the best is kept (default: ${DEFAULT-VALUE}).")
    int runs = AtlasParameters.defaults().runs();

    @Option(names = "--null-draws", paramLabel = "N",
            description = "Null networks (strength-preserving rewiring) per product and year to test the communities' "
                    + "significance; each costs about one more community detection; 0 leaves the test out "
                    + "(default: ${DEFAULT-VALUE}).")
    int nullDraws = AtlasParameters.defaults().nullDraws();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads of the local engine (default: the processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--memory-rows", paramLabel = "ROWS",
            description = "Rows the local engine groups in memory before it spills to temporary partition files (default: ${DEFAULT-VALUE}).")
    long memoryRows = AtlasJob.DEFAULT_MEMORY_ROWS;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto", converter = Enums.InputFormatConverter.class,
            description = "auto, edges, baci or comtrade (default: ${DEFAULT-VALUE}: detected from each file's header).")
    InputFormat inputFormat = InputFormat.AUTO;

    @Option(names = "--lenient", description = "Skip bad rows, listing each with its reason in atlas.json, instead of stopping at the first.")
    boolean lenient;

    @Option(names = "--top", paramLabel = "N", description = "Chokepoints to print (default: ${DEFAULT-VALUE}).")
    int top = 10;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        StandardOutput.refuseForFolder("--out", out, "atlas.csv, atlas.parquet, atlas.json and atlas.html");
        PrintWriter err = spec.commandLine().getErr();
        AtlasJob job;
        try {
            AtlasParameters p = AtlasParameters.defaults().withSeed(seed).withRuns(runs).withFocus(focusId())
                    .withNullDraws(nullDraws);
            Set<String> products = ProductCatalog.standard().resolve(hs);
            job = AtlasJob.of(inputs).withProducts(products).withYears(new LinkedHashSet<>(years)).withParameters(p)
                    .withRead(ReadOptions.defaults().withFormat(inputFormat).withLenient(lenient)).withThreads(threads)
                    .withMemory(memoryRows, AtlasJob.DEFAULT_PARTITIONS).withMaster(engine == Engine.spark ? master : "");
            if (engine == Engine.spark) {
                job = job.withEngineOutput(sparkOut != null ? sparkOut : out.resolve("spark").toString());
            }
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        AtlasResult result = engine().run(job);
        if (result.rows().isEmpty()) {
            throw new UserException(ExitCodes.BAD_INPUT, "no product and year to screen: "
                    + (result.notes().isEmpty() ? "the input has no flows" : String.join("; ", result.notes())));
        }
        List<Path> written;
        try {
            written = AtlasOutputs.write(out, result);
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, out + ": cannot write: " + e.getMessage());
        }
        written.forEach(f -> err.println("wrote " + f));
        err.flush();
        PrintWriter terminal = spec.commandLine().getOut();
        terminal.print(summary(result));
        terminal.flush();
        return ExitCodes.OK;
    }

    /** The focus country's canonical id, or empty. */
    private String focusId() {
        if (focus == null || focus.isBlank()) {
            return "";
        }
        Country c = CountryRegistry.standard().byAlpha(focus.trim())
                .orElseThrow(() -> new IllegalArgumentException("--focus " + focus + ": not a known country code (ISO3 or ISO2)"));
        return c.id();
    }

    private AtlasEngine engine() {
        if (engine == Engine.local) {
            return new LocalAtlasEngine();
        }
        try {
            return (AtlasEngine) Class.forName(SPARK_ENGINE).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new UserException(ExitCodes.USAGE, "the Spark engine is not on the class path: run through the ./tradenet "
                    + "launcher, which adds tradenet-spark and Spark when --engine spark is given (see docs/atlas.md)");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the Spark engine: " + e, e);
        }
    }

    /** The run in a few lines: what was read, and the top chokepoints by exporter HHI. */
    private String summary(AtlasResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("tradenet atlas (").append(r.engine()).append(" engine): ").append(r.rows().size())
                .append(" product-years from ").append(r.rowsRead()).append(" rows of ").append(String.join(", ", r.sources()))
                .append("\nseed ").append(r.job().parameters().seed()).append("; ").append(r.job().parameters().nullDraws())
                .append(" null draws for the communities' significance; values USD; ").append(AtlasJson.SCREENING).append('\n');
        r.notes().forEach(n -> sb.append("note: ").append(n).append('\n'));
        sb.append("\nTop chokepoints (highest exporter HHI):\n");
        Table t = new Table("hs6", "year", "description", "value USD", "top exporter", "share", "HHI", "importers >50%", "communities p", "shock %");
        r.rows().stream().filter(x -> !Double.isNaN(x.exporterHhi()))
                .sorted(Comparator.comparingDouble(AtlasRow::exporterHhi).reversed().thenComparing(AtlasRow.ORDER))
                .limit(Math.max(0, top))
                .forEach(x -> t.row(x.hs6(), String.valueOf(x.year()), shortText(x.description()), Numbers.usd(x.valueUsd()),
                        x.topExporter(), Numbers.pct(x.topExporterShare()), Numbers.fixed(x.exporterHhi(), 3),
                        Numbers.fixed(x.importersOver50Pct(), 1) + "%",
                        Numbers.fixed(x.modularityP(), 2),
                        Double.isNaN(x.shockTopExporterTax25Pct()) ? "-"
                                : String.format(Locale.ROOT, "%+.2f", x.shockTopExporterTax25Pct())));
        return sb.append(t.toText()).toString();
    }

    private static String shortText(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
