package org.tradenet.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
import org.tradenet.community.NullModel;
import org.tradenet.community.SignificanceParameters;
import org.tradenet.data.Dataset;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.html.AnalysisPage;
import org.tradenet.report.text.AnalysisReport;
import org.tradenet.report.AtomicFiles;
import org.tradenet.report.ControlCharacters;
import org.tradenet.report.Json;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.export.AttributedNetwork;
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

    @Option(names = "--null-model", paramLabel = "MODEL",
            description = "Null model the baseline communities are tested against: ${COMPLETION-CANDIDATES} "
                    + "(default: strength-preserving rewiring, the only one so far).")
    NullModel nullModel;

    @Option(names = "--null-draws", paramLabel = "N",
            description = "Null networks drawn for the significance test (default: 100).")
    Integer nullDraws;

    @Option(names = "--significance-level", paramLabel = "ALPHA",
            description = "The baseline communities count as significant when the empirical p-value is at most ALPHA "
                    + "(default: 0.05).")
    Double significanceLevel;

    @Option(names = "--share-threshold", paramLabel = "PT",
            description = "Smallest change of the share of trade inside the baseline communities that counts, in percentage "
                    + "points, whatever the optimiser's noise (default: 1).")
    Double shareThreshold;

    @Option(names = "--nmi-threshold", paramLabel = "D",
            description = "Smallest NMI drop against the baseline communities that counts as a changed partition, whatever "
                    + "the optimiser's noise (default: 0.05).")
    Double nmiThreshold;

    @Option(names = "--chain", paramLabel = "SPEC", description = "Also analyse a value chain (a chain spec or a shipped chain "
            + "such as rare-earth-chain): a chain section in report.html, report.md and report.json, and chain.html beside "
            + "report.html.")
    String chain;

    @Option(names = "--chain-scenario", paramLabel = "NAME|FILE", completionCandidates = ChainCommand.ShippedChainScenarios.class,
            description = "With --chain: also run this chain scenario (one the chain names, for rare-earth-chain "
                    + "${COMPLETION-CANDIDATES}, or a file): its shortage cascade and price transmission join the chain section.")
    String chainScenario;

    private ChainPages.AnalysisSection chainSection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        StandardOutput.refuseForFolder("--out", out, "report.json, report.html and a network file per scenario");
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
        Map<String, String> files = ScenarioFileNames.assign(list.stream().map(Scenario::name).toList());
        if (chainScenario != null && chain == null) {
            throw new UserException(ExitCodes.USAGE, "--chain-scenario needs --chain SPEC (the chain it applies to)");
        }
        chainSection = chain == null ? null : ChainPages.AnalysisSection.run(chain, chainScenario);
        TradeNetwork read = TradeNetwork.load(network.network, network.spec().withSelfLoops(true), network.readOptions());
        read.readReport().ifPresent(r -> r.skipped().forEach(p -> err.println("skipped " + ControlCharacters.visible(p.toString()))));
        HomeSales.Applied home = modelOptions.homeSales().apply(read);
        TradeNetwork net = home.network();
        TariffSchedule tariffs = modelOptions.schedule(network);
        List<String> tariffNotes;
        try {
            tariffNotes = GsimModel.of(net, tariffs, modelOptions.elasticities()).tariffNotes();
            GsimModel ranks = GsimModel.of(net, TariffSchedule.none(), modelOptions.elasticities());
            list.replaceAll(s -> s.resolve(ranks, network.groups()));
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        AnalysisParameters p;
        try {
            p = AnalysisParameters.defaults().withSolver(modelOptions.solver()).withElasticities(modelOptions.elasticities())
                    .withTariffs(tariffs).withSeed(seed).withRuns(runs).withResolution(resolution).withTop(top);
            p = verdictSettings(p);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        int total = list.size() + 2;
        int[] step = {0};
        AnalysisResult result;
        try {
            result = new Analysis(p).run(net, list, what -> {
                err.println("[" + (++step[0]) + "/" + total + "] " + ControlCharacters.visible(what));
                err.flush();
            });
        } catch (ShockNotConvergedException e) {
            throw new UserException(ExitCodes.NOT_CONVERGED, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        ReportHeader header = header(result, tariffs, tariffNotes);
        List<String> written;
        try (Closeable lock = AtomicFiles.lockFolder(out)) {
            written = write(header, result, files);
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, out + ": cannot write the reports: " + e.getMessage());
        }
        spec.commandLine().getOut().print(AnalysisReport.terminal(header, result, written));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The significance test's and the verdict's settings given on the command line; the library's defaults otherwise. */
    private AnalysisParameters verdictSettings(AnalysisParameters p) {
        SignificanceParameters s = p.significance();
        if (nullModel != null) {
            s = s.withNullModel(nullModel);
        }
        if (nullDraws != null) {
            s = s.withDraws(nullDraws);
        }
        if (significanceLevel != null) {
            s = s.withLevel(significanceLevel);
        }
        AnalysisParameters q = p.withSignificance(s);
        if (shareThreshold != null) {
            q = q.withMoveThreshold(shareThreshold / 100);
        }
        if (nmiThreshold != null) {
            q = q.withNmiThreshold(nmiThreshold);
        }
        return q;
    }

    /** Renders every report file, then writes the set all or none (under the folder's lock). */
    private List<String> write(ReportHeader header, AnalysisResult r, Map<String, String> files) throws IOException {
        // The GEXF files depend on the results alone: rendered on a second core while this one
        // renders the pages (a sixth of analyze's CPU on the shipped data).
        java.util.concurrent.CompletableFuture<List<String>> graphs = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            List<String> g = new java.util.ArrayList<>();
            g.add(gexf(header, r.baseline()));
            for (ScenarioOutcome o : r.scenarios()) {
                g.add(gexf(header, o.after()));
            }
            return g;
        });
        Map<Path, String> content = new LinkedHashMap<>();
        content.put(out.resolve("report.json"), Json.write(AnalysisReport.json(header, r)));
        content.put(out.resolve("report.md"), AnalysisReport.markdown(header, r));
        java.util.function.Consumer<org.tradenet.report.html.HtmlReport> more = chainSection == null ? page -> { }
                : chainSection::appendTo;
        content.put(out.resolve("report.html"), AnalysisPage.render(header, r, seed, sources(r), more));
        if (chainSection != null) {
            chainSection.addTo(content, out);
        }
        List<String> g;
        try {
            g = graphs.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException x) {
                throw x;
            }
            throw e;
        }
        content.put(out.resolve("baseline.gexf"), g.get(0));
        for (int k = 0; k < r.scenarios().size(); k++) {
            content.put(out.resolve(files.get(r.scenarios().get(k).name()) + ".gexf"), g.get(k + 1));
        }
        Map<Path, AtomicFiles.Writer> writers = new LinkedHashMap<>();
        content.forEach((file, text) -> writers.put(file, s -> s.write(text.getBytes(StandardCharsets.UTF_8))));
        AtomicFiles.writeAll(writers);
        return content.keySet().stream().map(Path::toString).toList();
    }

    private static String gexf(ReportHeader header, NetworkView v) {
        AttributedNetwork a = NodeAttributeProviders.standard().annotate(v.network(), NodeAttributeProviders.DEFAULT)
                .with(NodeAttributeProviders.communityColumns(v.communities()));
        return NetworkExport.gexf(a, header);
    }

    private String sources(AnalysisResult r) {
        String data = network.dataset().map(Dataset::source).orElse(network.network);
        return "Data: " + data + ". Model: GSIM (Francois & Hall 2003). " + (AnalysisReport.anyStudy(r)
                ? "Study compared with: Han et al. (2025), iScience, doi:10.1016/j.isci.2025.113658. " : "") + "Made with tradenet.";
    }

    private ReportHeader header(AnalysisResult r, TariffSchedule tariffs, List<String> tariffNotes) {
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
        SignificanceParameters s = r.parameters().significance();
        p.put("null model", s.nullModel().words() + " (in- and out-strength and link count kept), " + s.draws() + " draws, "
                + s.swapsPerLink() + " swaps per link, " + s.runs() + " Leiden run(s) per network; significant when the "
                + "empirical p-value <= " + s.level());
        p.put("verdict thresholds", "inside share of the baseline communities (held fixed): band = max(run-to-run spread, "
                + Numbers.fixed(100 * r.parameters().moveThreshold(), 1) + " pt); partition changed: NMI < min(lowest NMI "
                + "between runs, " + Numbers.fixed(1 - r.parameters().nmiThreshold(), 2) + ")");
        p.put("seed", String.valueOf(r.parameters().seed()));
        p.put("hubs", "top " + r.parameters().top() + " on throughput, betweenness (1/value distances), HITS hub and authority");
        p.put("units", "USD; post-shock flows at world prices; shares of trade value; changes in percent");
        p.put("self-loops", "domestic sales, where the data has them, take part in the model; network measures leave them out");
        ReportHeader h = ReportHeaders.of("tradenet analyze", network, r.baseline().network(), p);
        List<String> notes = new ArrayList<>(h.notes());
        notes.addAll(tariffNotes);
        return new ReportHeader(h.title(), h.data(), h.parameters(), notes);
    }
}
