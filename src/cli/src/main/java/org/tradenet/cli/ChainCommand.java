package org.tradenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.tradenet.chain.ChainScenario;
import org.tradenet.chain.ChainShock;
import org.tradenet.chain.Exposure;
import org.tradenet.chain.Robustness;
import org.tradenet.chain.ShortageCascade;
import org.tradenet.chain.ValueChain;
import org.tradenet.report.text.ChainReport;
import org.tradenet.report.text.OutputFormat;
import org.tradenet.report.ReportHeader;
import org.tradenet.shock.Elasticities;
import org.tradenet.shock.ShockNotConvergedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradenet chain}: a value chain from mining to magnets: hidden dependencies on an
 * origin, and with {@code --scenario} the shortage cascade and the price transmission down the
 * tiers; robustness of every traded tier. {@code --out DIR} also writes chain.html there.
 */
@Command(name = "chain", mixinStandardHelpOptions = true,
        description = "Analyse a multi-tier value chain (default: the shipped rare-earth-chain, mining -> separation/metals "
                + "-> magnets): upstream, direct and hidden dependence of every buyer on each origin, supplier concentration, "
                + "tier network measures, robustness to removing countries; with --scenario a shortage cascade and GSIM price "
                + "transmission down the tiers (both forms). See docs/chain.md.")
final class ChainCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC", defaultValue = ValueChain.DEFAULT,
            description = "A chain spec (JSON file or a folder with chain.json) or a shipped chain (default: ${DEFAULT-VALUE}).")
    String chainSpec = ValueChain.DEFAULT;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", completionCandidates = ShippedChainScenarios.class,
            description = "A scenario the chain names (the shipped rare-earth-chain: ${COMPLETION-CANDIDATES}) or a chain "
                    + "scenario file (JSON): supply cuts and export bans at any tier, e.g. "
                    + "{\"type\": \"supply-cut\", \"tier\": \"mining\", \"exporters\": [\"CHN\"], \"share\": 0.5}.")
    String scenario;

    @Option(names = "--focus", paramLabel = "COUNTRY",
            description = "The origin whose hidden dependencies are shown (default: the largest producer of the first tier).")
    String focus;

    @Option(names = "--input-substitution", paramLabel = "S",
            description = "Share sigma in [0, 1] of a lost input a producer can replace (default: ${DEFAULT-VALUE}, Leontief).")
    double inputSubstitution = ShortageCascade.Parameters.defaults().inputSubstitution();

    @Option(names = "--spare-capacity", paramLabel = "K",
            description = "Also run the cascade with buyers re-routing to unaffected suppliers, each able to add up to K (a share "
                    + "in [0, 1]) of its output (default: ${DEFAULT-VALUE}, no re-routing).")
    double spareCapacity = ShortageCascade.Parameters.defaults().spareCapacity();

    @Option(names = "--draws", paramLabel = "N", description = "Random removal orders for robustness (default: ${DEFAULT-VALUE}).")
    int draws = Robustness.Parameters.defaults().draws();

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random removal orders (default: ${DEFAULT-VALUE}).")
    long seed = Robustness.Parameters.defaults().seed();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Enums.OutputFormatConverter.class,
            description = "What to print: text, markdown or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TEXT;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Also write chain.html (tiers side by side, exposure Sankey, robustness curves) and chain.json to DIR.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        StandardOutput.refuseForFolder("--out", out, "chain.html and chain.json");
        if (format == OutputFormat.CSV) {
            throw new UserException(ExitCodes.USAGE, "--format csv is not available for chain; use text, markdown or json");
        }
        ShortageCascade.Parameters cp;
        Robustness.Parameters rp;
        try {
            cp = new ShortageCascade.Parameters(inputSubstitution, spareCapacity);
            rp = new Robustness.Parameters(draws, seed);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        ValueChain chain = ValueChain.load(chainSpec);
        String origin = focus == null ? ChainReport.largestOrigin(chain) : focus.trim().toUpperCase(java.util.Locale.ROOT);
        if (chain.indexOf(origin).isEmpty()) {
            throw new UserException(ExitCodes.USAGE, "--focus " + focus + ": not a country of chain " + chain.name());
        }
        ChainReport.Input in = analyse(chain, origin, scenario == null ? null : ChainScenario.load(scenario, chain), cp, rp);
        ReportHeader header = header(chain, chainSpec, in, scenario);
        PrintWriter pw = spec.commandLine().getOut();
        pw.print(ChainReport.render(header, in, format));
        pw.flush();
        if (out != null) {
            ChainPages.write(out, header, in);
            spec.commandLine().getErr().println("wrote " + out.resolve("chain.html") + " and " + out.resolve("chain.json"));
        }
        return ExitCodes.OK;
    }

    /** The names of the shipped chain's scenarios, for the help text and shell completion. */
    static final class ShippedChainScenarios implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            try {
                return ValueChain.shippedScenarioNames(ValueChain.DEFAULT).iterator();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Exposure, and with a scenario the cascade and the price transmission, and robustness. */
    static ChainReport.Input analyse(ValueChain chain, String origin, ChainScenario sc, ShortageCascade.Parameters cp,
                                     Robustness.Parameters rp) {
        Exposure exposure = Exposure.of(chain);
        ShortageCascade.Result cascade = null;
        ChainShock.Result prices = null;
        if (sc != null) {
            try {
                sc.checkAgainst(chain);
            } catch (IllegalArgumentException e) {
                throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
            }
            cascade = ShortageCascade.of(cp).run(chain, sc);
            try {
                prices = ChainShock.defaults().run(chain, sc);
            } catch (ShockNotConvergedException e) {
                throw new UserException(ExitCodes.NOT_CONVERGED, e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UserException(ExitCodes.BAD_INPUT, sc.name() + ": " + e.getMessage());
            }
        }
        return new ChainReport.Input(chain, exposure, origin, cascade, prices, Robustness.of(rp).run(chain));
    }

    /** The report header; {@code scenarioGiven} is what the user gave: a file, or the name of one of the chain's scenarios. */
    static ReportHeader header(ValueChain chain, String specName, ChainReport.Input in, String scenarioGiven) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("chain spec", specName);
        p.put("tiers", String.join(" -> ", chain.tiers().stream().map(t -> t.name() + " (" + t.unit() + ")").toList()));
        p.put("direction", "directed, edges exporter -> importer; supply shares per buyer, home supply included");
        p.put("years", (chain.yearsDiffer() ? "DIFFER between tiers: " : "") + chain.years());
        p.put("focus origin", in.focus());
        if (in.cascade() != null) {
            p.put("scenario", chain.scenario(scenarioGiven).isPresent() && !java.nio.file.Files.isRegularFile(Path.of(scenarioGiven))
                    ? scenarioGiven + " (a scenario listed by chain " + chain.name() + ")"
                    : scenarioGiven + " (" + in.cascade().scenario().name() + ")");
            p.put("input substitution (sigma)", String.valueOf(in.cascade().parameters().inputSubstitution()));
            p.put("spare capacity for re-routing", in.cascade().parameters().spareCapacity() > 0
                    ? String.valueOf(in.cascade().parameters().spareCapacity()) : "none");
            Elasticities e = ChainShock.Parameters.defaults().elasticities();
            p.put("price model", "GSIM (Francois & Hall 2003) per tier, linear and levels forms, no tariffs; elasticities: "
                    + "import demand " + e.importDemand() + ", substitution " + e.substitution() + ", export supply " + e.exportSupply());
        }
        p.put("robustness", in.robustness().parameters().draws() + " random orders, seed " + in.robustness().parameters().seed()
                + "; targeted by throughput and betweenness, ranked once (static) and re-ranked after each removal (adaptive)");
        return new ReportHeader("tradenet chain", chain.name() + ": " + chain.description(), p, java.util.List.of());
    }
}
