package org.tradenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.tradenet.data.FlowTable;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.AtomicFiles;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.text.ShockReport;
import org.tradenet.report.Table;
import org.tradenet.shock.BuiltInScenarios;
import org.tradenet.shock.Elasticities;
import org.tradenet.shock.HomeSales;
import org.tradenet.shock.Form;
import org.tradenet.shock.GsimModel;
import org.tradenet.shock.LevelsSolver;
import org.tradenet.shock.LinearSolver;
import org.tradenet.shock.Rates;
import org.tradenet.shock.Scenario;
import org.tradenet.shock.Sensitivity;
import org.tradenet.shock.ShockNotConvergedException;
import org.tradenet.shock.ShockResult;
import org.tradenet.shock.ShockSolver;
import org.tradenet.shock.TariffSchedule;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradenet shock}: a GSIM trade-policy simulation on a trade network. Domestic
 * sales (self-flows) always take part when the data has them.
 */
@Command(name = "shock", mixinStandardHelpOptions = true,
        description = "Simulate a trade-policy scenario (tariffs, export taxes, blocs, embargoes, decoupling) with the GSIM "
                + "partial-equilibrium model (Francois & Hall 2003): world prices, new flows, total trade, welfare by country.")
final class ShockCommand implements Callable<Integer> {

    @Mixin
    NetworkOptions network;

    @Mixin
    OutputOptions output;

    @Mixin
    ShockOptions modelOptions;

    @Option(names = "--scenario", required = true, paramLabel = "NAME|FILE",
            description = "A built-in scenario (china-export-tax-25, allied-export-tax-25, global-free-trade, friend-shoring, "
                    + "us-china-decoupling; see 'tradenet scenarios') or a scenario JSON file.")
    String scenario;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "0",
            description = "Also draw the elasticities N times from ranges (import demand U[-2,-0.5], substitution U[2,10], "
                    + "export supply U[0.5,5]) and report mean and 5-95%% bands; 0 = off (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out-network", paramLabel = "FILE",
            description = "Also write the post-shock flows as a tradenet edge list (exporter,importer,value,quantity), readable back; "
                    + "- is standard output (the report then needs --out FILE).")
    Path outNetwork;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (StandardOutput.means(outNetwork) && (output.out == null || StandardOutput.means(output.out))) {
            throw new UserException(ExitCodes.USAGE, "--out-network - and the report would both go to standard output: "
                    + "give the report --out FILE");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (samples < 0 || samples == 1) {
            throw new UserException(ExitCodes.USAGE, "--samples must be 0 (off) or at least 2, was " + samples);
        }
        Elasticities el = modelOptions.elasticities();
        ShockSolver solver = modelOptions.solver();
        Scenario sc = Scenario.load(scenario);
        FlowTable table = network.readFlows(err);
        String name = network.dataset().map(d -> d.name()).orElse(network.network);
        HomeSales.Applied home = modelOptions.homeSales().apply(TradeNetwork.build(name, table, network.spec().withSelfLoops(true)));
        TradeNetwork net = home.network();
        TariffSchedule schedule = modelOptions.schedule(network);
        GsimModel gsim;
        ShockResult result;
        Sensitivity.Result sens = null;
        try {
            gsim = GsimModel.of(net, schedule, el);
            if (gsim.tradeFlows() == 0) {
                throw new UserException(ExitCodes.BAD_INPUT, name + ": no trade between countries to shock (every flow is "
                        + "zero or domestic)");
            }
            sc = sc.resolve(gsim, network.groups());
            result = solver.solve(gsim, sc);
            if (samples > 0) {
                Progress bar = new Progress(err, samples);
                sens = Sensitivity.run(gsim, sc, solver, Sensitivity.Ranges.defaults(), samples, seed,
                        Sensitivity.largestExporters(gsim, 5), Sensitivity.largestTraders(gsim, 5), bar::update);
                bar.done();
            }
        } catch (ShockNotConvergedException e) {
            throw new UserException(ExitCodes.NOT_CONVERGED, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        ReportHeader header = header(net, gsim, sc, schedule);
        String report = ShockReport.render(header, result, differences(net, gsim, result), sens, output.format());
        if (outNetwork != null) {
            writeNetwork(result);
        }
        output.emit(report, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private ReportHeader header(TradeNetwork net, GsimModel model, Scenario sc, TariffSchedule schedule) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("scenario", sc.name() + (Scenario.BUILT_IN.contains(scenario) ? " (built-in)" : " (" + scenario + ")"));
        p.put("model", "GSIM (Francois & Hall 2003), one product, " + modelOptions.form.name().toLowerCase(Locale.ROOT) + " form");
        p.put("elasticities", model.elasticities().describe());
        try {
            p.put("home sales", modelOptions.homeSales().describe());
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        p.put("base tariffs", schedule.source() + " (" + schedule.lines().size() + " lines)");
        p.put("default tariff", Rates.show(schedule.defaultRate()) + ", used by " + model.flowsUsingDefaultTariff() + " of "
                + model.tradeFlows() + " flows");
        p.put("units", "USD of the base year; values at world prices, export taxes included (the headline), also at producer "
                + "prices and as volume = quantity at base world prices");
        if (samples > 0) {
            p.put("samples", samples + " (seed " + seed + ")");
        }
        return ReportHeaders.of("tradenet shock", network, net, p);
    }

    /** How this run's data and model differ from the study's. */
    private List<String> differences(TradeNetwork net, GsimModel model, ShockResult r) {
        List<String> d = new ArrayList<>();
        boolean study = BuiltInScenarios.isStudy(r.scenario());
        if (study) {
            d.add("Economies: the study models 77; this network has " + model.size() + " countries.");
        }
        if (!study) {
            d.add("Data: " + net.name() + ".");
        } else if (network.dataset().map(x -> x.name().equals("rare-earths")).orElse(false)) {
            d.add("Data: UN Comtrade 2025 (20 rows of 2024), importer-first mirror reconciliation of HS 280530, 284610 and "
                    + "284690 (CIF and FOB values mixed; 2025 reporting incomplete); the study used its own trade data and year.");
        } else {
            d.add("Data: " + net.name() + ", not the study's data.");
        }
        boolean domestic = r.flows().stream().anyMatch(ShockResult.FlowChange::domestic);
        d.add(domestic ? "Domestic sales are in the data and take part as each country's home variety."
                : "No domestic sales in the data: each importer's demand is for imports only (no home variety to switch to).");
        d.add("Base tariffs: " + model.tariffSource() + "; " + model.flowsUsingDefaultTariff() + " of " + model.tradeFlows()
                + " flows have no observed line and use the default rate " + Rates.show(model.defaultTariffRate()) + ".");
        d.add("Elasticities: " + model.elasticities().describe() + " (GSIM's illustrative values unless set; not estimated for "
                + "this product)." + (study ? " Nothing here is tuned to match the study." : ""));
        d.add("Trade is reported as value at world prices (export taxes included), at producer prices and as volume"
                + (study ? "; the study's 'trade' may be any of them." : "."));
        return d;
    }

    private void writeNetwork(ShockResult result) {
        TradeNetwork post = result.postShockNetwork().orElseThrow();
        Table t = new Table("exporter", "importer", "value", "quantity");
        for (TradeLink l : post.links()) {
            t.row(l.exporter(), l.importer(), Numbers.raw(l.valueUsd()), Numbers.raw(l.quantityTonnes()));
        }
        if (StandardOutput.means(outNetwork)) {
            spec.commandLine().getOut().print(t.toCsv());
            spec.commandLine().getOut().flush();
            return;
        }
        try {
            AtomicFiles.writeString(outNetwork, t.toCsv());
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, outNetwork + ": cannot write: " + e.getMessage());
        }
    }

    /** A short progress bar on the terminal only (nothing when stderr is redirected). */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal = System.console() != null;

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
        }

        void update(int done) {
            if (!terminal) {
                return;
            }
            int width = 30;
            int filled = (int) ((long) done * width / total);
            err.print("\rsampling [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
            err.flush();
        }

        void done() {
            if (terminal) {
                err.print("\r" + " ".repeat(60) + "\r");
                err.flush();
            }
        }
    }

}
