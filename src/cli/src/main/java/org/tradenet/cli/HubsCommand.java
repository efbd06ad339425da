package org.tradenet.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.tradenet.compare.RankComparison;
import org.tradenet.data.Country;
import org.tradenet.data.Dataset;
import org.tradenet.data.Datasets;
import org.tradenet.data.FlowTable;
import org.tradenet.metrics.DistanceKind;
import org.tradenet.metrics.HubCriterion;
import org.tradenet.metrics.HubParameters;
import org.tradenet.metrics.HubReport;
import org.tradenet.metrics.NodeScores;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.text.HubsReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradenet hubs}: who the hubs are and why; broker roles; who rose and fell against another network. */
@Command(name = "hubs", mixinStandardHelpOptions = true,
        description = {"Name the hubs of a trade network and say why: high throughput min(imports, exports) "
                + "(re-processing, re-export), high betweenness (broker), high HITS hub or authority score. Lists "
                + "Gould-Fernandez broker roles relative to UN regions.",
            "With --compare, ranks every country on each criterion and on PageRank in both networks and lists who rose "
                + "and fell from the --compare network (the baseline) to NETWORK. --year picks NETWORK's years, "
                + "--compare-year the baseline's (default: the same as --year)."})
final class HubsCommand implements Callable<Integer> {

    private static final HubParameters DEFAULTS = HubParameters.defaults();

    @Mixin
    NetworkOptions network;

    @Mixin
    OutputOptions output;

    @Option(names = "--top", paramLabel = "N",
            description = "A country is a hub when it ranks in the top N on a criterion; also the length of each list "
                    + "(default: ${DEFAULT-VALUE}).")
    int top = DEFAULTS.top();

    @Option(names = "--distance", paramLabel = "KIND", converter = MetricsCommand.DistanceConverter.class,
            description = "Edge length for betweenness: inverse (1/w), neglog (-ln(w/total)) or hops (default: ${DEFAULT-VALUE}).")
    DistanceKind distance = DEFAULTS.metrics().distance();

    @Option(names = "--compare", paramLabel = "OTHER",
            description = "The baseline network to compare ranks with: a shipped data set or a file, read and built with "
                    + "the same options as NETWORK.")
    String compare;

    @Option(names = "--compare-year", split = ",", paramLabel = "YEAR",
            description = "Years of the --compare network (default: those of --year).")
    List<Integer> compareYears = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new UserException(ExitCodes.USAGE, "--top must be at least 1, was " + top);
        }
        if (compare == null && !compareYears.isEmpty()) {
            throw new UserException(ExitCodes.USAGE, "--compare-year needs --compare");
        }
        HubParameters params = DEFAULTS.withTop(top).withMetrics(DEFAULTS.metrics().withDistance(distance));
        TradeNetwork net = network.load(spec.commandLine().getErr());
        if (net.nodeCount() == 0) {
            throw new UserException(ExitCodes.BAD_INPUT, "the network has no countries after filtering; no hubs to find");
        }
        HubReport report = HubReport.of(net, params);
        checkConverged(report);
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("hub rule", "top " + top + " on throughput = min(in-strength, out-strength), betweenness, HITS hub, HITS authority");
        extra.put("distance", MetricsCommand.describe(params.metrics()).get("distance"));
        extra.put("hits", "weighted, power iteration, scores sum to 1");
        extra.put("broker roles", "Gould-Fernandez, binary two-paths a -> b -> c without a direct a -> c link, "
                + "relative to UN M49 regions");

        List<RankComparison> comparisons = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Country c : net.countries()) {
            names.put(c.id(), c.name());
        }
        if (compare != null) {
            NetworkSpec otherSpec = compareYears.isEmpty() ? net.spec() : net.spec().withYears(new LinkedHashSet<>(compareYears));
            FlowTable table = FlowTable.read(Datasets.source(compare), network.readOptions());
            String otherName = Datasets.find(compare).map(Dataset::name).orElse(compare);
            TradeNetwork other = TradeNetwork.build(otherName, table, otherSpec);
            if (other.nodeCount() == 0) {
                throw new UserException(ExitCodes.BAD_INPUT, "the --compare network has no countries after filtering");
            }
            HubReport base = HubReport.of(other, params);
            checkConverged(base);
            for (Country c : other.countries()) {
                names.putIfAbsent(c.id(), c.name());
            }
            String before = label(other);
            String after = label(net);
            if (other.name().equals(net.name()) && !other.spec().years().equals(net.spec().years())
                    && !net.spec().years().isEmpty() && !other.spec().years().isEmpty()) {
                before = joinYears(other.spec().years());
                after = joinYears(net.spec().years());
            } else if (before.equals(after)) {
                before = before + " (baseline)";
            }
            comparisons.add(compare(HubCriterion.THROUGHPUT.column(), other, base.throughput(), before, net,
                    report.throughput(), after));
            for (String col : List.of("betweenness", "hub", "authority", "pagerank")) {
                comparisons.add(compare(col, other, base.metrics().column(col).orElseThrow(), before, net,
                        report.metrics().column(col).orElseThrow(), after));
            }
            extra.put("compared with", label(other) + " (baseline; " + other.nodeCount() + " countries, "
                    + other.linkCount() + " links) -> " + label(net) + "; ranks within each network");
            extra.put("--compare data", Datasets.find(compare).map(ReportHeaders::describe).orElse(compare));
        }
        var header = ReportHeaders.of("tradenet hubs", network, net, extra);
        output.emit(HubsReport.render(header, net, report, comparisons, names, output.format()), spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private static void checkConverged(HubReport r) {
        if (!r.metrics().converged()) {
            throw new UserException(ExitCodes.NOT_CONVERGED, r.network() + ": " + String.join("; ", r.metrics().notes()));
        }
    }

    private static RankComparison compare(String metric, TradeNetwork before, NodeScores b, String beforeLabel,
                                          TradeNetwork after, NodeScores a, String afterLabel) {
        return RankComparison.of(metric, beforeLabel, ids(before), b.values(), afterLabel, ids(after), a.values());
    }

    private static List<String> ids(TradeNetwork net) {
        return net.countries().stream().map(Country::id).toList();
    }

    /** A network's name with its years, e.g. {@code magnets-timeline 2002}. */
    static String label(TradeNetwork net) {
        return net.spec().years().isEmpty() ? net.name() : net.name() + " " + joinYears(net.spec().years());
    }

    private static String joinYears(java.util.Set<Integer> years) {
        return String.join(",", new TreeSet<>(years).stream().map(String::valueOf).toList());
    }
}
