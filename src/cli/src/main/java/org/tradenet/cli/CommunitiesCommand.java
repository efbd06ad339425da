package org.tradenet.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.tradenet.community.CommunityDetection;
import org.tradenet.community.CommunityProfile;
import org.tradenet.community.Consensus;
import org.tradenet.community.Leiden;
import org.tradenet.community.LeidenParameters;
import org.tradenet.community.Louvain;
import org.tradenet.community.LouvainParameters;
import org.tradenet.community.Modularity;
import org.tradenet.community.Partition;
import org.tradenet.community.QualityFunction;
import org.tradenet.community.RepeatedRuns;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.text.CommunityReport;
import org.tradenet.report.Numbers;
import org.tradenet.report.ReportHeader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradenet communities}: Leiden or Louvain communities, directed by default. */
@Command(name = "communities", mixinStandardHelpOptions = true,
        description = "Find communities with Leiden (default) or Louvain, maximising directed modularity (Leicht-Newman) on "
                + "a directed network, undirected modularity with --undirected (links read as W + W^T), or CPM. "
                + "Prints each community's members, internal share of trade and largest members.")
final class CommunitiesCommand implements Callable<Integer> {

    enum Algorithm { LEIDEN, LOUVAIN }

    @Mixin
    NetworkOptions network;

    @Mixin
    OutputOptions output;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "leiden", converter = AlgorithmConverter.class,
            description = "leiden or louvain (default: ${DEFAULT-VALUE}).")
    Algorithm algorithm = Algorithm.LEIDEN;

    @Option(names = "--directed", description = "Directed modularity on exporter -> importer links (the default; "
            + "--undirected, a network option, folds the links into W + W^T instead).")
    boolean directed;

    @Option(names = "--unweighted", description = "Every link counts 1, whatever its weight (for instance karate without "
            + "its interaction counts).")
    boolean unweighted;

    @Option(names = "--quality", paramLabel = "Q", converter = QualityConverter.class,
            description = "modularity or cpm (default: modularity).")
    QualityFunction quality;

    @Option(names = "--resolution", paramLabel = "G", description = "Resolution gamma >= 0 (default: 1). For CPM, a density "
            + "in units of link weight.")
    Double resolution;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; run r of --runs uses S + r (default: 42).")
    Long seed;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "1",
            description = "Run R times (seeds S, S+1, ...) and keep the best; reports the spread (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--consensus", description = "Report the consensus of the R runs (links kept together in more than half of "
            + "them) and each node's stability, instead of the best run.")
    boolean consensus;

    @Option(names = "--iterations", paramLabel = "N", description = "Iterations at most (default: 100).")
    Integer iterations;

    @Option(names = "--tolerance", paramLabel = "T", description = "Stop when an iteration raises the quality by less than "
            + "this fraction (default: 1e-4; 0 iterates until it stops rising).")
    Double tolerance;

    @Option(names = "--randomness", paramLabel = "THETA", description = "Leiden's refinement randomness theta, in links: a "
            + "merge with one more link of average weight is e^(1/theta) times likelier (Traag et al. and igraph use 0.01; "
            + "default: 0, the best merge, ties drawn at random).")
    Double randomness;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (directed && network.undirected) {
            throw new UserException(ExitCodes.USAGE, "--directed and --undirected exclude each other");
        }
        if (runs < 1) {
            throw new UserException(ExitCodes.USAGE, "--runs must be at least 1, was " + runs);
        }
        if (consensus && runs < 2) {
            throw new UserException(ExitCodes.USAGE, "--consensus needs --runs of 2 or more");
        }
        if (randomness != null && algorithm != Algorithm.LEIDEN) {
            throw new UserException(ExitCodes.USAGE, "--randomness applies to Leiden only");
        }
        CommunityDetection detection;
        try {
            detection = detection();
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        TradeNetwork net = network.load(spec.commandLine().getErr());
        if (net.nodeCount() == 0) {
            throw new UserException(ExitCodes.BAD_INPUT, "the network has no countries after filtering; no communities to find");
        }
        CompactGraph g = unweighted ? net.compact().unweighted() : net.compact();
        RepeatedRuns all = RepeatedRuns.of(detection, g, runs);
        Partition shown = all.best().partition();
        double quality = all.best().quality();
        Consensus cons = null;
        if (consensus) {
            cons = Consensus.of(g, all.partitions());
            shown = cons.partition();
            quality = detection.parameters().quality().evaluate(g, shown, detection.parameters().resolution());
        }
        List<CommunityProfile> profiles = CommunityProfile.of(g, shown);
        String unit = unweighted ? "link count" : weightUnit(net);
        CommunityReport.Input in = new CommunityReport.Input(net.countries(), all, shown, quality, Modularity.of(g, shown),
                profiles, cons, unit);
        output.emit(CommunityReport.render(header(net, detection), in, output.format()), spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private CommunityDetection detection() {
        if (algorithm == Algorithm.LEIDEN) {
            LeidenParameters p = LeidenParameters.defaults();
            p = quality == null ? p : p.withQuality(quality);
            p = resolution == null ? p : p.withResolution(resolution);
            p = seed == null ? p : p.withSeed(seed);
            p = iterations == null ? p : p.withMaxIterations(iterations);
            p = tolerance == null ? p : p.withTolerance(tolerance);
            p = randomness == null ? p : p.withRandomness(randomness);
            return new Leiden(p);
        }
        LouvainParameters p = LouvainParameters.defaults();
        p = quality == null ? p : p.withQuality(quality);
        p = resolution == null ? p : p.withResolution(resolution);
        p = seed == null ? p : p.withSeed(seed);
        p = iterations == null ? p : p.withMaxIterations(iterations);
        p = tolerance == null ? p : p.withTolerance(tolerance);
        return new Louvain(p);
    }

    private static String weightUnit(TradeNetwork net) {
        return ReportHeaders.weight(net);
    }

    private ReportHeader header(TradeNetwork net, CommunityDetection d) {
        Map<String, String> p = new LinkedHashMap<>();
        var params = d.parameters();
        p.put("algorithm", d.name());
        String q = params.quality() == QualityFunction.MODULARITY
                ? (net.directed() ? "directed modularity (Leicht-Newman), edges exporter -> importer"
                : "undirected modularity" + (net.countryIds() ? " on W + W^T (both directions of trade summed)" : ""))
                : "CPM (constant Potts model)" + (net.directed() ? ", directed" : ", undirected");
        p.put("quality", q);
        p.put("resolution", Numbers.raw(params.resolution()));
        p.put("seed", params.seed() + (runs > 1 ? " (runs use seeds " + params.seed() + ".." + (params.seed() + runs - 1) + ")" : ""));
        p.put("runs", String.valueOf(runs) + (consensus ? ", consensus partition shown" : ", best run shown"));
        if (unweighted) {
            p.put("link weights", "ignored (--unweighted: every link counts 1)");
        }
        p.put("iterations at most", String.valueOf(params.maxIterations()));
        p.put("tolerance", Numbers.raw(params.tolerance()));
        if (params instanceof LeidenParameters lp) {
            p.put("refinement randomness theta", Numbers.raw(lp.randomness()));
        }
        return ReportHeaders.of("tradenet communities", network, net, p);
    }

    static final class AlgorithmConverter implements picocli.CommandLine.ITypeConverter<Algorithm> {
        @Override
        public Algorithm convert(String value) {
            return Enums.parse(Algorithm.class, value);
        }
    }

    static final class QualityConverter implements picocli.CommandLine.ITypeConverter<QualityFunction> {
        @Override
        public QualityFunction convert(String value) {
            return Enums.parse(QualityFunction.class, value);
        }
    }
}
