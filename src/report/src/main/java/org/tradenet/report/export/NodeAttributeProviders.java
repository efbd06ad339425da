package org.tradenet.report.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tradenet.analysis.CommunityView;
import org.tradenet.data.Country;
import org.tradenet.metrics.NodeMetricTable;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeNetwork;

/**
 * The registry of named node attribute sets that {@code --with} chooses from. Immutable:
 * {@link #with} returns a larger registry.
 *
 * <p>Built in ({@link #standard()}), read from the network itself with no algorithm run:
 * <ul>
 * <li>{@code regions}: {@code region} and {@code subregion}, the UN M49 region and
 *     sub-region of each country (missing for custom ids);</li>
 * <li>{@code strength}: {@code outStrength} and {@code inStrength}, the row and column
 *     sums of the weight matrix (exports and imports in the network's weight unit: USD for
 *     value weights, tonnes for quantity, a fraction for shares);</li>
 * <li>{@code degree}: {@code outDegree} and {@code inDegree}, the number of importers a
 *     country sells to and of exporters it buys from.</li>
 * </ul>
 * Results that an algorithm computes (communities, centralities) are computed by the caller
 * and turned into columns here: {@link #communityColumns(CommunityView)} and {@link
 * #metricColumns(NodeMetricTable)}; the command line registers them as the sets {@code
 * communities} and {@code metrics} with {@link #with}. This package runs no algorithm.
 */
public final class NodeAttributeProviders {

    /** The sets {@code --with} uses when none is named. */
    public static final List<String> DEFAULT = List.of("regions", "strength");

    private final Map<String, NodeAttributeProvider> providers;

    private NodeAttributeProviders(Map<String, NodeAttributeProvider> providers) {
        this.providers = Collections.unmodifiableMap(new LinkedHashMap<>(providers));
    }

    /**
     * The built-in sets, read from the network itself: regions, strength, degree.
     *
     * @return a registry of the built-in sets
     */
    public static NodeAttributeProviders standard() {
        Map<String, NodeAttributeProvider> m = new LinkedHashMap<>();
        for (NodeAttributeProvider p : List.of(regions(), strength(), degree())) {
            m.put(p.name(), p);
        }
        return new NodeAttributeProviders(m);
    }

    /**
     * A registry with {@code provider} added (or replacing one of the same name).
     *
     * @param provider the set to add
     * @return a new registry; this one is unchanged
     */
    public NodeAttributeProviders with(NodeAttributeProvider provider) {
        Map<String, NodeAttributeProvider> m = new LinkedHashMap<>(providers);
        m.put(provider.name(), provider);
        return new NodeAttributeProviders(m);
    }

    /**
     * The names, in registration order.
     *
     * @return the set names
     */
    public List<String> names() {
        return List.copyOf(providers.keySet());
    }

    /**
     * The provider of a name.
     *
     * @param name a set name, as listed by {@link #names()}
     * @return its provider
     */
    public NodeAttributeProvider get(String name) {
        NodeAttributeProvider p = providers.get(name.trim());
        if (p == null) {
            throw new IllegalArgumentException("unknown attribute set '" + name.trim() + "'; choose from " + String.join(", ", names()));
        }
        return p;
    }

    /**
     * One line per set: name and description.
     *
     * @return the description of every set
     */
    public String describe() {
        return providers.values().stream().map(p -> p.name() + ": " + p.description()).collect(Collectors.joining("\n"));
    }

    /**
     * The network with the columns of the named sets, in the order named.
     *
     * @param network the network to annotate
     * @param names the sets whose columns to add, in column order
     * @return the network with the columns of those sets
     * @throws IllegalArgumentException for an unknown name, or a column name that two sets share
     */
    public AttributedNetwork annotate(TradeNetwork network, List<String> names) {
        List<NodeColumn> columns = new ArrayList<>();
        for (String n : names) {
            if (!n.isBlank()) {
                columns.addAll(get(n).columns(network));
            }
        }
        return new AttributedNetwork(network, columns);
    }

    static NodeAttributeProvider regions() {
        return NodeAttributeProvider.of("regions", "UN M49 region and sub-region of each country", net -> {
            int n = net.nodeCount();
            String[] region = new String[n];
            String[] sub = new String[n];
            for (int i = 0; i < n; i++) {
                Country c = net.country(i);
                region[i] = c.region().isEmpty() ? null : c.region();
                sub[i] = c.subregion().isEmpty() ? null : c.subregion();
            }
            return List.of(NodeColumn.ofStrings("region", "UN M49 region", region),
                    NodeColumn.ofStrings("subregion", "UN M49 sub-region", sub));
        });
    }

    static NodeAttributeProvider strength() {
        return NodeAttributeProvider.of("strength",
                "outStrength and inStrength: exports and imports summed in the network's weight unit", net -> {
                    CompactGraph g = net.compact();
                    int n = g.n();
                    double[] out = new double[n];
                    double[] in = new double[n];
                    for (int i = 0; i < n; i++) {
                        out[i] = g.outStrength(i);
                        in[i] = g.inStrength(i);
                    }
                    String unit = unit(net);
                    return List.of(NodeColumn.ofDoubles("outStrength", "sum of out-link weights (exports), " + unit, out),
                            NodeColumn.ofDoubles("inStrength", "sum of in-link weights (imports), " + unit, in));
                });
    }

    static NodeAttributeProvider degree() {
        return NodeAttributeProvider.of("degree", "outDegree and inDegree: number of importers sold to and exporters bought from",
                net -> {
                    CompactGraph g = net.compact();
                    int n = g.n();
                    int[] out = new int[n];
                    int[] in = new int[n];
                    for (int i = 0; i < n; i++) {
                        out[i] = g.outDegree(i);
                        in[i] = g.inDegree(i);
                    }
                    return List.of(NodeColumn.ofIntegers("outDegree", "number of out-neighbours (importers)", out),
                            NodeColumn.ofIntegers("inDegree", "number of in-neighbours (exporters)", in));
                });
    }

    /**
     * The columns {@code community} (directed Leiden community, 0 = largest) and {@code
     * stability} (share of runs agreeing with the consensus community) of a network's
     * communities, in its node order.
     *
     * @param c the communities of the network and their stability across runs
     * @return the two columns, in the network's node order
     */
    public static List<NodeColumn> communityColumns(CommunityView c) {
        int[] community = c.partition().membership();
        return List.of(NodeColumn.ofIntegers("community", "directed Leiden community (0 = largest)", community),
                NodeColumn.ofDoubles("stability", "share of runs agreeing with the consensus community", c.stability()));
    }

    /** A metric column exported by {@code metrics}: the metric table's column, the attribute's name, its description. */
    private record MetricColumn(String column, String name, String description) {
    }

    private static final List<MetricColumn> METRICS = List.of(
            new MetricColumn("pagerank", "pagerank", "weighted PageRank along exporter -> importer links (damping 0.85; sums to 1)"),
            new MetricColumn("hub", "hub", "HITS hub score: exports to the main buyers (sums to 1)"),
            new MetricColumn("authority", "authority", "HITS authority score: imports from the main suppliers (sums to 1)"),
            new MetricColumn("betweenness", "betweenness", "normalised betweenness on exporter -> importer paths, distance 1/weight"),
            new MetricColumn("closeness", "closeness", "out-closeness (Wasserman-Faust), distance 1/weight"),
            new MetricColumn("harmonic", "harmonic", "out-harmonic centrality, distance 1/weight (not normalised)"),
            new MetricColumn("eigenvector", "eigenvector", "eigenvector centrality on in-links (Euclidean norm 1)"),
            new MetricColumn("clustering", "clustering", "Fagiolo weighted directed clustering coefficient"),
            new MetricColumn("kcore", "kcore", "core number on total degree (in + out)"),
            new MetricColumn("largestSupplierShare", "largestSupplierShare", "largest supplier's share of the country's imports"),
            new MetricColumn("supplierHhi", "supplierHhi", "HHI of the country's supplier shares"));

    /**
     * The columns of a computed {@link NodeMetricTable}, in its node order: {@code pagerank},
     * {@code hub}, {@code authority}, {@code betweenness}, {@code closeness}, {@code harmonic},
     * {@code eigenvector}, {@code clustering}, {@code kcore} (an integer), {@code
     * largest_supplier_share}, {@code supplierHhi}. The descriptions state the definitions of
     * {@code MetricsParameters.defaults()}; a table computed otherwise should be described by
     * its caller.
     *
     * @param t node metrics computed on the network being exported
     * @return one column per metric, in the order above
     * @throws java.util.NoSuchElementException when the table lacks one of the metrics
     */
    public static List<NodeColumn> metricColumns(NodeMetricTable t) {
        List<NodeColumn> columns = new ArrayList<>();
        for (MetricColumn m : METRICS) {
            double[] v = t.column(m.column()).orElseThrow().values();
            if (m.column().equals("kcore")) {
                int[] k = new int[v.length];
                for (int i = 0; i < v.length; i++) {
                    k[i] = (int) Math.round(v[i]);
                }
                columns.add(NodeColumn.ofIntegers(m.name(), m.description(), k));
            } else {
                columns.add(NodeColumn.ofDoubles(m.name(), m.description(), v));
            }
        }
        return columns;
    }

    /** The unit of the network's weights, in words. */
    static String unit(TradeNetwork net) {
        return switch (net.spec().weight()) {
            case VALUE -> "USD";
            case QUANTITY -> "tonnes";
            case SHARE -> "share of total value";
        };
    }
}
