package org.tradenet.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.tradenet.shock.Elasticities;
import org.tradenet.shock.HomeSales;
import org.tradenet.shock.Form;
import org.tradenet.shock.LevelsSolver;
import org.tradenet.shock.LinearSolver;
import org.tradenet.shock.ShockSolver;
import org.tradenet.shock.TariffSchedule;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The GSIM model's options, shared by {@code shock} and {@code analyze}: form, base tariffs,
 * elasticities and the levels solver's limits.
 */
public final class ShockOptions {

    @Option(names = "--form", paramLabel = "FORM", defaultValue = "linear", converter = FormConverter.class,
            description = "linear (GSIM's percentage-change form) or levels (exact CES, Newton) (default: ${DEFAULT-VALUE}).")
    Form form = Form.LINEAR;

    @Option(names = "--tariffs", paramLabel = "NAME|FILE|none",
            description = "Base tariffs, CSV importer,exporter,rate (* = all); default: the schedule shipped for the data set "
                    + "(networks/tariffs/<data set>.csv) if there is one, else none.")
    String tariffs;

    @Option(names = "--default-tariff", paramLabel = "RATE", defaultValue = "0",
            description = "Rate of flows no tariff line covers, 0.05 or 5%% (default: ${DEFAULT-VALUE}).")
    String defaultTariff;

    @Option(names = "--import-demand", paramLabel = "E|ID=E",
            description = "Import-demand elasticity (< 0), global or per importer; repeatable (default -1.25).")
    List<String> importDemand = new ArrayList<>();

    @Option(names = "--substitution", paramLabel = "E|ID=E",
            description = "Elasticity of substitution (> 0), global or per importer; repeatable (default 5).")
    List<String> substitution = new ArrayList<>();

    @Option(names = "--export-supply", paramLabel = "E|ID=E",
            description = "Export-supply elasticity (> 0, 'inf' for fixed world prices), global or per exporter; repeatable (default 1.5).")
    List<String> exportSupply = new ArrayList<>();

    @Option(names = "--max-iterations", paramLabel = "K", description = "Levels form: most Newton iterations (default 100).")
    Integer maxIterations;

    @Option(names = "--tolerance", paramLabel = "TOL", description = "Levels form: largest clearing residual, a fraction of base sales (default 1e-10).")
    Double tolerance;

    /** The solver these options select. */
    ShockSolver solver() {
        if (form == Form.LINEAR) {
            if (maxIterations != null || tolerance != null) {
                throw new UserException(ExitCodes.USAGE, "--max-iterations and --tolerance apply to --form levels only");
            }
            return LinearSolver.create();
        }
        LevelsSolver s = LevelsSolver.defaults();
        try {
            if (maxIterations != null) {
                s = s.withMaxIterations(maxIterations);
            }
            if (tolerance != null) {
                s = s.withTolerance(tolerance);
            }
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        return s;
    }

    @Option(names = "--domestic-production", paramLabel = "FILE|rare-earths",
            description = "Home sales = production - exports, from a CSV country,value (USD) or country,tonnes; "
                    + "rare-earths is the shipped USGS mine production 2024 (t REO). Self-flows in the data are kept.")
    String domesticProduction;

    @Option(names = "--home-share", paramLabel = "S",
            description = "Home sales as a share S (0 to below 1) of each country's absorption.")
    Double homeShare;

    /** Where home sales come from: --domestic-production, --home-share, or none (with a warning in every report). */
    HomeSales homeSales() throws IOException {
        if (domesticProduction != null && homeShare != null) {
            throw new UserException(ExitCodes.USAGE, "give --domestic-production or --home-share, not both");
        }
        if (homeShare != null) {
            try {
                return HomeSales.share(homeShare);
            } catch (IllegalArgumentException e) {
                throw new UserException(ExitCodes.USAGE, "--home-share: " + e.getMessage());
            }
        }
        return domesticProduction == null ? HomeSales.none() : HomeSales.fromProduction(domesticProduction);
    }

    /** Base tariffs: --tariffs, else the schedule shipped for the data set, else none; with --default-tariff. */
    TariffSchedule schedule(NetworkOptions network) throws IOException {
        double defaultRate;
        try {
            defaultRate = org.tradenet.shock.Rates.parse(defaultTariff);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "--default-tariff: " + e.getMessage());
        }
        TariffSchedule s;
        if (tariffs == null) {
            s = network.dataset().isPresent() ? TariffSchedule.forDataset(network.dataset().get().name()).orElse(TariffSchedule.none())
                    : TariffSchedule.none();
        } else {
            s = tariffs.equals("none") ? TariffSchedule.none() : TariffSchedule.load(tariffs);
        }
        return s.withDefaultRate(defaultRate);
    }

    /** The elasticities these options select. */
    Elasticities elasticities() {
        Elasticities el = Elasticities.defaults();
        try {
            for (String v : importDemand) {
                el = apply(el, v, "--import-demand", 0);
            }
            for (String v : substitution) {
                el = apply(el, v, "--substitution", 1);
            }
            for (String v : exportSupply) {
                el = apply(el, v, "--export-supply", 2);
            }
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        return el;
    }

    private static Elasticities apply(Elasticities el, String value, String option, int which) {
        int eq = value.indexOf('=');
        String id = eq < 0 ? null : value.substring(0, eq).trim();
        String num = (eq < 0 ? value : value.substring(eq + 1)).trim();
        double e;
        try {
            e = num.equalsIgnoreCase("inf") || num.equalsIgnoreCase("infinity") ? Double.POSITIVE_INFINITY : Double.parseDouble(num);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not a number or ID=number");
        }
        return switch (which) {
            case 0 -> id == null ? el.withImportDemand(e) : el.withImportDemand(id, e);
            case 1 -> id == null ? el.withSubstitution(e) : el.withSubstitution(id, e);
            default -> id == null ? el.withExportSupply(e) : el.withExportSupply(id, e);
        };
    }

    static final class FormConverter implements ITypeConverter<Form> {
        @Override
        public Form convert(String value) {
            return Enums.parse(Form.class, value);
        }
    }
}
