package org.tradenet.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.tradenet.metrics.DistanceKind;
import org.tradenet.metrics.MetricsParameters;
import org.tradenet.metrics.NetworkMeasures;
import org.tradenet.metrics.NodeGroups;
import org.tradenet.metrics.NodeMetric;
import org.tradenet.metrics.NodeMetricTable;
import org.tradenet.metrics.NodeMetrics;
import org.tradenet.metrics.PathDirection;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.text.MetricsReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradenet metrics}: node centralities and network measures of a trade network. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Node metrics (strength, degree, PageRank, HITS, betweenness, closeness, harmonic, eigenvector, "
                + "clustering, k-core, supplier dependence) and network measures (density, reciprocity, assortativity, "
                + "components, path length, diameter, concentration, trade inside UN regions).",
            "Edges run exporter -> importer. Shortest-path measures use --distance; closeness and harmonic follow "
                + "--closeness-direction."})
final class MetricsCommand implements Callable<Integer> {

    private static final MetricsParameters DEFAULTS = MetricsParameters.defaults();

    @Mixin
    NetworkOptions network;

    @Mixin
    OutputOptions output;

    @Option(names = "--metrics", split = ",", paramLabel = "METRIC",
            description = "Metrics to compute: all, or some of strength, pagerank, hits, betweenness, closeness, harmonic, "
                    + "eigenvector, clustering, kcore, supplier-dependence (default: all).")
    List<String> metrics = new ArrayList<>(List.of("all"));

    @Option(names = "--distance", paramLabel = "KIND", converter = DistanceConverter.class,
            description = "Edge length for shortest paths: inverse (1/w), neglog (-ln(w/total)) or hops (default: ${DEFAULT-VALUE}).")
    DistanceKind distance = DEFAULTS.distance();

    @Option(names = "--closeness-direction", paramLabel = "DIR", converter = DirectionConverter.class,
            description = "outgoing (distances from the country to its markets) or incoming (from its suppliers; networkx's "
                    + "convention) (default: ${DEFAULT-VALUE}).")
    PathDirection closeness = DEFAULTS.closeness();

    @Option(names = "--damping", paramLabel = "D", description = "PageRank damping factor in [0, 1) (default: ${DEFAULT-VALUE}).")
    double damping = DEFAULTS.pagerank().damping();

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many countries text and Markdown list (JSON and CSV list all) (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--sort", paramLabel = "COLUMN",
            description = "Column text and Markdown sort by, e.g. betweenness (default: pagerank when computed, else outStrength).")
    String sort;

    @Spec
    CommandSpec spec;

    static final class DistanceConverter implements ITypeConverter<DistanceKind> {
        @Override
        public DistanceKind convert(String value) {
            return Enums.parse(DistanceKind.class, value);
        }
    }

    static final class DirectionConverter implements ITypeConverter<PathDirection> {
        @Override
        public PathDirection convert(String value) {
            return Enums.parse(PathDirection.class, value);
        }
    }

    /** The metric set named on the command line. */
    static EnumSet<NodeMetric> parseMetrics(List<String> names) {
        EnumSet<NodeMetric> set = EnumSet.of(NodeMetric.STRENGTH);
        for (String raw : names) {
            String s = raw.trim().toLowerCase(Locale.ROOT);
            if (s.equals("all")) {
                set.addAll(EnumSet.allOf(NodeMetric.class));
                continue;
            }
            try {
                set.add(Enums.parse(NodeMetric.class, s));
            } catch (RuntimeException e) {
                throw new UserException(ExitCodes.USAGE, "--metrics: '" + raw + "' is not one of all, " + Enums.choices(NodeMetric.class));
            }
        }
        return set;
    }

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new UserException(ExitCodes.USAGE, "--top must be at least 1, was " + top);
        }
        MetricsParameters params;
        try {
            params = DEFAULTS.withMetrics(parseMetrics(metrics)).withDistance(distance).withCloseness(closeness)
                    .withPageRank(DEFAULTS.pagerank().withDamping(damping));
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "--damping: " + e.getMessage());
        }
        TradeNetwork net = network.load(spec.commandLine().getErr());
        if (net.nodeCount() == 0) {
            throw new UserException(ExitCodes.BAD_INPUT, "the network has no countries after filtering; nothing to measure");
        }
        NodeMetricTable table = new NodeMetrics(params).compute(net.compact());
        if (!table.converged()) {
            throw new UserException(ExitCodes.NOT_CONVERGED, String.join("; ", table.notes()));
        }
        String sortBy = sort != null ? sort : table.column("pagerank").isPresent() ? "pagerank" : "outStrength";
        if (table.column(sortBy).isEmpty()) {
            throw new UserException(ExitCodes.USAGE, "--sort: '" + sortBy + "' is not a computed column; choose one of "
                    + String.join(", ", table.names()));
        }
        NetworkMeasures measures = NetworkMeasures.of(net.compact(), params.distance(), NodeGroups.unRegions(net), params.threads());
        var header = ReportHeaders.of("tradenet metrics", network, net, describe(params));
        output.emit(MetricsReport.render(header, net, table, measures, sortBy, top, output.format()), spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The metric settings, in words, for the report header. */
    static Map<String, String> describe(MetricsParameters p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("metrics", String.join(",", p.metrics().stream().map(Enums::spell).toList()));
        m.put("distance", Enums.spell(p.distance()) + ": edge length " + p.distance().formula()
                + "; betweenness, closeness and harmonic follow exporter -> importer paths");
        var chosen = p.metrics();
        if (chosen.contains(NodeMetric.CLOSENESS) || chosen.contains(NodeMetric.HARMONIC)) {
            m.put("closeness direction", p.closeness() == PathDirection.OUTGOING
                    ? "outgoing (distance from the country to the others)"
                    : "incoming (distance from the others to the country; networkx's convention)");
        }
        if (chosen.contains(NodeMetric.PAGERANK)) {
            m.put("pagerank", "damping " + p.pagerank().damping() + ", tolerance " + p.pagerank().tolerance()
                    + " (L1 change < n*tol), dangling mass spread uniformly");
        }
        if (chosen.contains(NodeMetric.HITS) || chosen.contains(NodeMetric.EIGENVECTOR)) {
            m.put("hits and eigenvector", "power iteration, tolerance " + p.iteration().tolerance()
                    + "; eigenvector on in-links (central when buying from central countries)");
        }
        if (chosen.contains(NodeMetric.CLUSTERING)) {
            m.put("clustering", "Fagiolo (2007) weighted directed, weights over the largest weight");
        }
        if (chosen.contains(NodeMetric.KCORE)) {
            m.put("kcore", "degree " + Enums.spell(p.kcore()));
        }
        m.put("randomness", "none (deterministic)");
        return m;
    }
}
