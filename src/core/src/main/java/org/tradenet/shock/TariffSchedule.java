package org.tradenet.shock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.tradenet.data.Country;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.CsvTable;
import org.tradenet.data.DataFormatException;
import org.tradenet.data.DataSource;

/**
 * Base (pre-shock) import tariffs, ad valorem, as lines {@code importer,exporter,rate}: the
 * rate importer levies on goods from exporter. {@code *} as exporter is an MFN line (every
 * supplier); {@code *} as importer applies to every importer. The most specific line wins:
 * (importer, exporter), then (importer, *), then (*, exporter), then (*, *). Where no line
 * applies the {@link #defaultRate() default rate} is used, and the model counts those flows.
 *
 * <p>Rates are fractions ({@code 0.05}) or percent strings ({@code 5%}); lines starting with
 * {@code #} are comments. Country codes are read as edge lists read them, through the standard
 * country registry: ISO3, ISO2, BACI/Comtrade numeric codes, UN M49 numeric codes (840 USA,
 * 250 France, ...) and aliases such as {@code S19} (Taiwan); a code nobody knows is kept as
 * written (it may name a custom node). Two lines for the same pair, after this reading, are
 * refused, as is a line whose importer is its exporter. Lines are named by their physical line
 * ({@link CsvTable}). Lines that cover no flow of a network are listed by {@link GsimModel#tariffNotes()}.
 * Domestic sales (exporter = importer) never pay a tariff from a schedule. Immutable.
 */
public final class TariffSchedule {

    /**
     * One line of the schedule.
     *
     * @param importer   canonical id of the importer, or {@code *}
     * @param exporter   canonical id of the exporter, or {@code *}
     * @param rate       ad valorem rate, a fraction
     * @param lineNumber line in the file (0 when the line was not read from a file)
     * @param written    the line's codes as written ({@code US,CN})
     */
    public record Line(String importer, String exporter, double rate, long lineNumber, String written) {

        /**
         * A line made in code, with line number 0 and the ids as the written codes.
         *
         * @param importer canonical id of the importer, or {@code *}
         * @param exporter canonical id of the exporter, or {@code *}
         * @param rate     ad valorem rate, a fraction
         */
        public Line(String importer, String exporter, double rate) {
            this(importer, exporter, rate, 0, importer + "," + exporter);
        }
    }

    /** UN M49 numeric codes that differ from the BACI/Comtrade codes of the registry. */
    private static final java.util.Map<Integer, Integer> M49_TO_BACI = java.util.Map.of(840, 842, 250, 251, 356, 699, 756, 757,
            578, 579);

    private static final String RESOURCE_DIR = "/org/tradenet/networks/tariffs/";

    private final String source;
    private final List<Line> lines;
    private final Map<String, Double> byPair;
    private final double defaultRate;

    private TariffSchedule(String source, List<Line> lines, double defaultRate) {
        this.source = source;
        this.lines = List.copyOf(lines);
        this.defaultRate = Rates.check(defaultRate, "default tariff " + defaultRate);
        Map<String, Double> m = new HashMap<>();
        for (Line l : this.lines) {
            m.put(key(l.importer(), l.exporter()), l.rate());
        }
        this.byPair = m;
    }

    private static String key(String importer, String exporter) {
        return importer + "\u0000" + exporter;
    }

    /** {@return a schedule with no lines: every flow pays the default rate, 0} */
    public static TariffSchedule none() {
        return new TariffSchedule("none", List.of(), 0.0);
    }

    /**
     * {@return a schedule from lines, with default rate 0}
     *
     * @param source where the lines come from, for reports
     * @param lines  one rate per importer–exporter pair
     */
    public static TariffSchedule of(String source, List<Line> lines) {
        for (Line l : lines) {
            Rates.check(l.rate(), l.importer() + "," + l.exporter() + " " + l.rate());
        }
        return new TariffSchedule(source, lines, 0.0);
    }

    /**
     * {@return a copy whose flows without a line pay {@code rate} (a fraction above -1)}
     *
     * @param rate the default rate as a fraction
     */
    public TariffSchedule withDefaultRate(double rate) {
        return new TariffSchedule(source, lines, rate);
    }

    /**
     * The shipped schedule for a shipped data set ({@code networks/tariffs/<dataset>.csv}), when there is
     * one.
     *
     * @param dataset a shipped data set's name, for instance {@code rare-earths}
     * @return the schedule, or empty when none is shipped for it
     * @throws IOException when the shipped file cannot be read
     */
    public static Optional<TariffSchedule> forDataset(String dataset) throws IOException {
        String resource = RESOURCE_DIR + dataset + ".csv";
        if (TariffSchedule.class.getResource(resource) == null) {
            return Optional.empty();
        }
        return Optional.of(read(DataSource.of("networks/tariffs/" + dataset + ".csv",
                () -> TariffSchedule.class.getResourceAsStream(resource))));
    }

    /**
     * {@return a file, or the name of a shipped schedule ({@code rare-earths})}
     *
     * @param nameOrPath a CSV file or a shipped data set's name
     * @throws IOException when the file cannot be read
     */
    public static TariffSchedule load(String nameOrPath) throws IOException {
        Path p = Path.of(nameOrPath);
        if (Files.exists(p)) {
            return read(DataSource.of(p));
        }
        Optional<TariffSchedule> shipped = forDataset(nameOrPath);
        if (shipped.isPresent()) {
            return shipped.get();
        }
        throw new DataFormatException(nameOrPath, 0, "", "no such tariff file, and not a shipped schedule");
    }

    /**
     * Reads {@code importer,exporter,rate} CSV (header required; other columns ignored).
     *
     * @param in the CSV source
     * @return the schedule, default rate 0
     * @throws IOException         when the source cannot be read
     * @throws DataFormatException naming file, line and field for a bad line
     */
    public static TariffSchedule read(DataSource in) throws IOException {
        List<Line> lines = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (CsvTable table = CsvTable.open(in)) {
            for (String col : List.of("importer", "exporter", "rate")) {
                if (!table.has(col)) {
                    throw new DataFormatException(in.name(), table.headerLine(), col,
                            "missing column; a tariff file has the header importer,exporter,rate");
                }
            }
            for (CsvTable.Row row : table) {
                String imp = row.get("importer");
                String exp = row.get("exporter");
                if (imp.isEmpty() || exp.isEmpty()) {
                    throw row.error(imp.isEmpty() ? "importer" : "exporter", "empty; use * for all");
                }
                double rate;
                try {
                    rate = Rates.parse(row.get("rate"));
                } catch (IllegalArgumentException e) {
                    throw row.error("rate", e.getMessage());
                }
                String written = imp + "," + exp;
                String importer = canonical(imp);
                String exporter = canonical(exp);
                if (!importer.equals("*") && importer.equals(exporter)) {
                    throw row.error("exporter", "the importer is the exporter (" + importer + "): a tariff applies to imports "
                            + "from another country");
                }
                Long before = seen.put(key(importer, exporter), row.line());
                if (before != null) {
                    throw row.error("importer", "second line for " + importer + "," + exporter
                            + (written.equals(importer + "," + exporter) ? "" : " (written " + written + ")")
                            + " (first on line " + before + "); one rate per pair");
                }
                lines.add(new Line(importer, exporter, rate, row.line(), written));
            }
        }
        return new TariffSchedule(in.name(), lines, 0.0);
    }

    /** A code as the registry's canonical id: ISO3, ISO2, BACI, M49 or an alias; unknown codes as written. */
    private static String canonical(String code) {
        if (code.equals("*")) {
            return code;
        }
        CountryRegistry registry = CountryRegistry.standard();
        Optional<Country> c;
        if (code.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(code.length() > 6 ? "-1" : code);
            c = registry.byCode(M49_TO_BACI.getOrDefault(n, n));
        } else {
            c = registry.byAlpha(code);
        }
        return c.map(Country::id).orElse(code);
    }

    /** {@return where the lines came from: the file or resource name} */
    public String source() {
        return source;
    }

    /** {@return the lines, in file order} */
    public List<Line> lines() {
        return lines;
    }

    /** {@return the rate of flows no line covers} */
    public double defaultRate() {
        return defaultRate;
    }

    /**
     * {@return the rate {@code importer} levies on {@code exporter}, if a line gives one}
     *
     * @param importer the importer's id
     * @param exporter the exporter's id
     */
    public OptionalDouble rate(String importer, String exporter) {
        for (String[] k : new String[][] {{importer, exporter}, {importer, "*"}, {"*", exporter}, {"*", "*"}}) {
            Double r = byPair.get(key(k[0], k[1]));
            if (r != null) {
                return OptionalDouble.of(r);
            }
        }
        return OptionalDouble.empty();
    }
}
