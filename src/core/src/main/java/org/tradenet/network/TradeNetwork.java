package org.tradenet.network;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultUndirectedWeightedGraph;
import org.tradenet.data.Country;
import org.tradenet.data.DataSource;
import org.tradenet.data.Dataset;
import org.tradenet.data.Datasets;
import org.tradenet.data.Flow;
import org.tradenet.data.FlowTable;
import org.tradenet.data.ReadOptions;
import org.tradenet.data.ReadReport;
import org.tradenet.data.StreamedRead;

/**
 * A trade network: countries as nodes, and one weighted edge from each exporter to each
 * importer it sold to, summed over the products and years kept. Immutable.
 *
 * <p>Two faces: {@link #graph()}, a JGraphT graph of country ids and {@link TradeLink}
 * edges for users, and {@link #compact()}, the int-indexed {@link CompactGraph} algorithms
 * run on. Node {@code i} of the compact graph is {@link #country(int) country(i)}; nodes are
 * ordered by id, so indices are deterministic.
 *
 * <p>From a file to a network:
 * <pre>{@code
 * TradeNetwork rare = TradeNetwork.load("rare-earths");                  // a shipped data set
 * TradeNetwork mags = TradeNetwork.load("magnets-timeline",
 *         NetworkSpec.defaults().withYears(Set.of(2024)));                  // filtered
 * }</pre>
 */
public final class TradeNetwork {

    private final String name;
    private final List<Country> nodes;
    private final Map<String, Integer> index;
    private final List<TradeLink> links;
    private final NetworkSpec spec;
    private final List<String> notes;
    private final boolean countryIds;
    private final ReadReport readReport;
    private final CompactGraph compact;
    private volatile Graph<String, TradeLink> graph;

    private TradeNetwork(String name, List<Country> nodes, List<TradeLink> links, NetworkSpec spec,
                         List<String> notes, boolean countryIds, ReadReport readReport) {
        this.name = name;
        this.nodes = List.copyOf(nodes);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < this.nodes.size(); i++) {
            idx.put(this.nodes.get(i).id(), i);
        }
        this.index = Collections.unmodifiableMap(idx);
        this.links = List.copyOf(links);
        this.spec = spec;
        this.notes = List.copyOf(notes);
        this.countryIds = countryIds;
        this.readReport = readReport;
        int m = this.links.size();
        int[] s = new int[m];
        int[] t = new int[m];
        double[] w = new double[m];
        for (int e = 0; e < m; e++) {
            TradeLink l = this.links.get(e);
            s[e] = idx.get(l.exporter());
            t[e] = idx.get(l.importer());
            w[e] = l.weight();
        }
        this.compact = CompactGraph.of(this.nodes.size(), s, t, w, spec.directed());
    }

    /** Loads a shipped data set or a file (format detected) with the default {@link NetworkSpec}. */
    public static TradeNetwork load(String nameOrPath) throws IOException {
        return load(nameOrPath, NetworkSpec.defaults());
    }

    /** Loads a shipped data set or a file (format detected) and builds it with {@code spec}. */
    public static TradeNetwork load(String nameOrPath, NetworkSpec spec) throws IOException {
        return load(nameOrPath, spec, ReadOptions.defaults());
    }

    /** Loads a shipped data set or a file with explicit read options. */
    public static TradeNetwork load(String nameOrPath, NetworkSpec spec, ReadOptions options) throws IOException {
        DataSource source = Datasets.source(nameOrPath);
        String label = Datasets.find(nameOrPath).map(Dataset::name).orElse(source.name());
        return stream(label, source, options, spec);
    }

    /**
     * Builds a network from flows: keeps the flows of the spec's years and products, drops
     * self-flows unless asked and non-country areas unless asked, sums the rest per
     * exporter–importer pair, then applies the minimum value and the top-partner rule. Every
     * flow left out is counted in {@link #notes()}.
     *
     * <p>Complexity O(F + L log L) for F flows and L links.
     *
     * @param name  the data set's name, echoed in reports
     * @param table the flows
     * @param spec  filters and weight meaning
     */
    public static TradeNetwork build(String name, FlowTable table, NetworkSpec spec) {
        LinkAggregator agg = new LinkAggregator(spec, table.countryIds());
        agg.nodes(table.nodes());
        table.flows().forEach(agg::accept);
        return agg.finish(name, table.report());
    }

    /**
     * Streams a source into a network: flows are filtered and summed as they are read, so
     * memory is bounded by the network (plus the readers' duplicate check), not by the file.
     */
    static TradeNetwork stream(String name, DataSource source, ReadOptions options, NetworkSpec spec) throws IOException {
        LinkAggregator agg = new LinkAggregator(spec, true);
        StreamedRead read = FlowTable.stream(source, options, agg);
        agg.countryIds(read.countryIds());
        agg.nodes(read.nodes());
        return agg.finish(name, read.report());
    }

    /** Assembles a network from aggregated links (used by {@link LinkAggregator}). */
    static TradeNetwork assemble(String name, Map<String, Country> known, List<TradeLink> weighted, NetworkSpec spec,
                                 List<String> notes, boolean countryIds, ReadReport readReport) {
        Set<String> used = new HashSet<>();
        for (TradeLink l : weighted) {
            used.add(l.exporter());
            used.add(l.importer());
        }
        List<Country> nodes = new ArrayList<>();
        for (String id : used) {
            nodes.add(known.get(id));
        }
        nodes.sort(Comparator.comparing(Country::id));
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            order.put(nodes.get(i).id(), i);
        }
        // Links by exporter, then importer, in node order: two stable counting sorts (importer,
        // then exporter) over the node indices, O(L + N), each link's indices looked up once.
        int m = weighted.size();
        int[] exporterOrder = new int[m];
        int[] importerOrder = new int[m];
        int[] byImporter = new int[m];
        for (int k = 0; k < m; k++) {
            exporterOrder[k] = order.get(weighted.get(k).exporter());
            importerOrder[k] = order.get(weighted.get(k).importer());
            byImporter[k] = k;
        }
        byImporter = stableSortByKey(byImporter, importerOrder, nodes.size());
        int[] byBoth = stableSortByKey(byImporter, exporterOrder, nodes.size());
        List<TradeLink> sorted = new ArrayList<>(m);
        for (int k : byBoth) {
            sorted.add(weighted.get(k));
        }
        return new TradeNetwork(name, nodes, sorted, spec, notes, countryIds, readReport);
    }

    /** {@code items} ordered by {@code key[item]} in {@code [0, keys)}, ties kept in their order (a counting sort). */
    private static int[] stableSortByKey(int[] items, int[] key, int keys) {
        int[] start = new int[keys + 1];
        for (int item : items) {
            start[key[item] + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            start[k + 1] += start[k];
        }
        int[] out = new int[items.length];
        for (int item : items) {
            out[start[key[item]]++] = item;
        }
        return out;
    }

    /** Links with their weight set as {@code kind} says. */
    static List<TradeLink> weighted(List<TradeLink> links, WeightKind kind) {
        double total = 0;
        for (TradeLink l : links) {
            total += l.valueUsd();
        }
        List<TradeLink> out = new ArrayList<>(links.size());
        for (TradeLink l : links) {
            double w = switch (kind) {
                case VALUE -> l.valueUsd();
                case QUANTITY -> l.quantityTonnes();
                case SHARE -> total > 0 ? l.valueUsd() / total : 0.0;
            };
            out.add(new TradeLink(l.exporter(), l.importer(), l.valueUsd(), l.quantityTonnes(), l.productFlows(), w));
        }
        return out;
    }

    /** The data set or file the network was built from. */
    public String name() {
        return name;
    }

    /** What the reader did with the source file (skipped rows, notes); empty for networks built in memory. */
    public Optional<ReadReport> readReport() {
        return Optional.ofNullable(readReport);
    }

    /** How it was built. */
    public NetworkSpec spec() {
        return spec;
    }

    /** What was left out while building, and why. */
    public List<String> notes() {
        return notes;
    }

    /** True when nodes are countries (trade data), false for generic graphs. */
    public boolean countryIds() {
        return countryIds;
    }

    /** Whether edges are directed (exporter → importer). */
    public boolean directed() {
        return spec.directed();
    }

    /** Number of nodes. */
    public int nodeCount() {
        return nodes.size();
    }

    /** Number of links (self-loops included when kept). */
    public int linkCount() {
        return links.size();
    }

    /** Node {@code i}, in id order. */
    public Country country(int i) {
        return nodes.get(i);
    }

    /** All nodes in index order. */
    public List<Country> countries() {
        return nodes;
    }

    /** The index of a node id. */
    public Optional<Integer> indexOf(String id) {
        return Optional.ofNullable(index.get(id));
    }

    /** Links, ordered by exporter index, then importer index. */
    public List<TradeLink> links() {
        return links;
    }

    /** The int-indexed graph algorithms run on; weights as {@link NetworkSpec#weight()} says. */
    public CompactGraph compact() {
        return compact;
    }

    /** Total value of all links, USD. */
    public double totalValueUsd() {
        double s = 0;
        for (TradeLink l : links) {
            s += l.valueUsd();
        }
        return s;
    }

    /** Total quantity of the links that have one, tonnes. */
    public double totalQuantityTonnes() {
        double s = 0;
        for (TradeLink l : links) {
            if (!Double.isNaN(l.quantityTonnes())) {
                s += l.quantityTonnes();
            }
        }
        return s;
    }

    /**
     * The network as an unmodifiable JGraphT graph: vertices are node ids, edges {@link
     * TradeLink}s with their weight; directed unless the spec says otherwise.
     */
    public Graph<String, TradeLink> graph() {
        Graph<String, TradeLink> g = graph;
        if (g == null) {
            Graph<String, TradeLink> b = spec.directed()
                    ? new DefaultDirectedWeightedGraph<>(TradeLink.class)
                    : new DefaultUndirectedWeightedGraph<>(TradeLink.class);
            nodes.forEach(c -> b.addVertex(c.id()));
            for (TradeLink l : links) {
                b.addEdge(l.exporter(), l.importer(), l);
                b.setEdgeWeight(l, l.weight());
            }
            g = new AsUnmodifiableGraph<>(b);
            graph = g;
        }
        return g;
    }

    /**
     * A copy with the same nodes and settings but new links (for instance the flows after a
     * trade shock), re-weighted as this network's spec says. Nodes without links stay.
     */
    public TradeNetwork withLinks(String newName, List<TradeLink> newLinks, List<String> extraNotes) {
        for (TradeLink l : newLinks) {
            if (!index.containsKey(l.exporter()) || !index.containsKey(l.importer())) {
                throw new IllegalArgumentException("link " + l.exporter() + "→" + l.importer() + " uses a node not in " + name);
            }
        }
        List<TradeLink> weighted = weighted(newLinks, spec.weight());
        weighted.sort(Comparator.<TradeLink>comparingInt(l -> index.get(l.exporter())).thenComparingInt(l -> index.get(l.importer())));
        List<String> n = new ArrayList<>(notes);
        n.addAll(extraNotes);
        return new TradeNetwork(newName, nodes, weighted, spec, n, countryIds, readReport);
    }
}
