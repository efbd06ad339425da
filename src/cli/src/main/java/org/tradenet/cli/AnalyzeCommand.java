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

import org.tradenet.analysis.Analysis;
import org.tradenet.analysis.AnalysisParameters;
import org.tradenet.analysis.AnalysisResult;
import org.tradenet.analysis.NetworkView;
import org.tradenet.analysis.ScenarioOutcome;
import org.tradenet.data.Dataset;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.AnalysisPage;
import org.tradenet.report.AnalysisReport;
import org.tradenet.report.AtomicFiles;
import org.tradenet.report.Json;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.export.AttributedNetwork;
import org.tradenet.report.export.ExportFormat;
import org.tradenet.report.export.NetworkExport;
import org.tradenet.report.export.NodeAttributeProviders;
import org.tradenet.shock.Rates;
import org.tradenet.shock.BuiltInScenarios;
import org.tradenet.shock.GsimModel;
import org.tradenet.shock.HomeSales;
import org.tradenet.shock.Scenario;
import org.tradenet.shock.ShockNotConvergedException;
import org.tradenet.shock.TariffSchedule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradenet analyze}: the main job. Baseline hubs and directed communities, every
 * scenario through GSIM, the post-shock networks and their communities, the comparison with
 * the baseline and a verdict per scenario; writes report.json, report.md, report.html and
 * GEXF files of the baseline and each post-shock network.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "The main job: baseline hubs and directed communities, each trade-policy scenario through GSIM, the "
                + "post-shock networks, their communities compared with the baseline, and a verdict per scenario. Writes "
                + "report.json, report.md, report.html and GEXF files to --out.")
final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    NetworkOptions network;

    @Mixin
    ShockOptions modelOptions;

    @Option(names = "--scenarios", split = ",", paramLabel = "all|study|generic|NAME|FILE", defaultValue = "all",
            description = "Scenarios to run: all (default: the study's scenarios on the shipped rare-earth data, the generic "
                    + "ones for any product elsewhere), study, generic, or names and files, comma-separated.")
    List<String> scenarios = new ArrayList<>(List.of("all"));

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "reports",
            description = "Folder for the report files (default: ${DEFAULT-VALUE}); each file is written whole or not at all.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of community detection (run k uses S + k) and of the drawing layout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "10",
            description = "Leiden runs per network; the best is kept, stability comes from their consensus (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--resolution", paramLabel = "G", defaultValue = "1", description = "Modularity resolution (default: ${DEFAULT-VALUE}).")
    double resolution;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "Hubs per criterion (default: ${DEFAULT-VALUE}).")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Scenario> list = new ArrayList<>();
        for (String s : scenarios) {
            if (s.equals("all")) {
                list.addAll(BuiltInScenarios.defaultsFor(network.network));
            } else if (s.equals("study")) {
                list.addAll(BuiltInScenarios.study());
            } else if (s.equals("generic")) {
                list.addAll(BuiltInScenarios.generic());
            } else {
                list.add(Scenario.load(s));
            }
        }
        TradeNetwork read = TradeNetwork.load(network.network, network.spec().withSelfLoops(true), network.readOptions());
        read.readReport().ifPresent(r -> r.skipped().forEach(p -> err.println("skipped " + p)));
        HomeSales.Applied home = modelOptions.homeSales().apply(read);
        TradeNetwork net = home.network();
        TariffSchedule tariffs = modelOptions.schedule(network);
        try {
            GsimModel ranks = GsimModel.of(net, TariffSchedule.none(), modelOptions.elasticities());
            list.replaceAll(s -> s.resolve(ranks, network.groups()));
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        AnalysisParameters p;
        try {
            p = AnalysisParameters.defaults().withSolver(modelOptions.solver()).withElasticities(modelOptions.elasticities())
                    .withTariffs(tariffs).withSeed(seed).withRuns(runs).withResolution(resolution).withTop(top);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        int total = list.size() + 1;
        int[] step = {0};
        AnalysisResult result;
        try {
            result = new Analysis(p).run(net, list, what -> {
                err.println("[" + (++step[0]) + "/" + total + "] " + what);
                err.flush();
            });
        } catch (ShockNotConvergedException e) {
            throw new UserException(ExitCodes.NOT_CONVERGED, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        ReportHeader header = header(result, tariffs);
        List<String> written;
        try {
            written = write(header, result);
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, out + ": cannot write the reports: " + e.getMessage());
        }
        spec.commandLine().getOut().print(AnalysisReport.terminal(header, result, written));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private List<String> write(ReportHeader header, AnalysisResult r) throws IOException {
        List<String> written = new ArrayList<>();
        AtomicFiles.writeString(out.resolve("report.json"), Json.write(AnalysisReport.json(header, r)));
        written.add(out.resolve("report.json").toString());
        AtomicFiles.writeString(out.resolve("report.md"), AnalysisReport.markdown(header, r));
        written.add(out.resolve("report.md").toString());
        AtomicFiles.writeString(out.resolve("report.html"), AnalysisPage.render(header, r, seed, sources(r)));
        written.add(out.resolve("report.html").toString());
        gexf(header, r.baseline(), "baseline", written);
        for (ScenarioOutcome o : r.scenarios()) {
            gexf(header, o.after(), o.name(), written);
        }
        return written;
    }

    private void gexf(ReportHeader header, NetworkView v, String name, List<String> written) throws IOException {
        AttributedNetwork a = NodeAttributeProviders.standard().annotate(v.network(), NodeAttributeProviders.DEFAULT)
                .with(NodeAttributeProviders.communityColumns(v.communities()));
        Path file = out.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".gexf");
        NetworkExport.write(a, header, ExportFormat.GEXF, file);
        written.add(file.toString());
    }

    private String sources(AnalysisResult r) {
        String data = network.dataset().map(Dataset::source).orElse(network.network);
        return "Data: " + data + ". Model: GSIM (Francois & Hall 2003). " + (AnalysisReport.anyStudy(r)
                ? "Study compared with: Han et al. (2025), iScience, doi:10.1016/j.isci.2025.113658. " : "") + "Made with tradenet.";
    }

    private ReportHeader header(AnalysisResult r, TariffSchedule tariffs) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("scenarios", String.join(", ", r.scenarios().stream().map(ScenarioOutcome::name).toList()));
        p.put("model", "GSIM (Francois & Hall 2003), one product, " + r.parameters().form().name().toLowerCase(Locale.ROOT)
                + " form");
        p.put("elasticities", r.parameters().elasticities().describe());
        try {
            p.put("home sales", modelOptions.homeSales().describe());
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        p.put("base tariffs", tariffs.source() + " (" + tariffs.lines().size() + " lines; default rate "
                + Rates.show(tariffs.defaultRate()) + ")");
        p.put("communities", "Leiden, directed modularity (Leicht-Newman), resolution " + r.parameters().resolution() + ", "
                + r.parameters().runs() + " runs, best kept; stability from their consensus");
        p.put("seed", String.valueOf(r.parameters().seed()));
        p.put("hubs", "top " + r.parameters().top() + " on throughput, betweenness (1/value distances), HITS hub and authority");
        p.put("units", "USD; post-shock flows at world prices; shares of trade value; changes in percent");
        p.put("self-loops", "domestic sales, where the data has them, take part in the model; network measures leave them out");
        return ReportHeaders.of("tradenet analyze", network, r.baseline().network(), p);
    }
}
