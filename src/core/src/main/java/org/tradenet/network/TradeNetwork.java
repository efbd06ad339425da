package org.tradenet.network;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
    private final MergedEconomies merged;
    /** The index of each link's exporter, and of its importer, in {@link #countries()}, by link. */
    private final int[] linkExporters;
    private final int[] linkImporters;
    private volatile Graph<String, TradeLink> graph;

    private TradeNetwork(String name, List<Country> nodes, List<TradeLink> links, NetworkSpec spec,
                         List<String> notes, boolean countryIds, ReadReport readReport, MergedEconomies merged) {
        this(name, nodes, null, links, null, null, spec, notes, countryIds, readReport, merged);
    }

    /**
     * As above, with the index of each node id and each link's exporter and importer index when
     * the caller has them (else null).
     */
    private TradeNetwork(String name, List<Country> nodes, Map<String, Integer> nodeIndex, List<TradeLink> links,
                         int[] exporters, int[] importers, NetworkSpec spec, List<String> notes, boolean countryIds,
                         ReadReport readReport, MergedEconomies merged) {
        this.name = name;
        this.merged = merged;
        this.nodes = List.copyOf(nodes);
        Map<String, Integer> idx = nodeIndex;
        if (idx == null) {
            idx = new HashMap<>();
            for (int i = 0; i < this.nodes.size(); i++) {
                idx.put(this.nodes.get(i).id(), i);
            }
        }
        this.index = Collections.unmodifiableMap(idx);
        this.links = List.copyOf(links);
        this.spec = spec;
        this.notes = List.copyOf(notes);
        this.countryIds = countryIds;
        this.readReport = readReport;
        int m = this.links.size();
        int[] s = exporters != null ? exporters : new int[m];
        int[] t = importers != null ? importers : new int[m];
        double[] w = new double[m];
        for (int e = 0; e < m; e++) {
            TradeLink l = this.links.get(e);
            if (exporters == null) {
                s[e] = idx.get(l.exporter());
                t[e] = idx.get(l.importer());
            }
            w[e] = l.weight();
        }
        this.linkExporters = s;
        this.linkImporters = t;
        this.compact = CompactGraph.of(this.nodes.size(), s, t, w, spec.directed());
    }

    /**
     * Loads a shipped data set or a file (format detected) with the default {@link NetworkSpec}.
     *
     * @param nameOrPath a shipped data set's name ({@code rare-earths}, …) or a file path
     * @return the network, exporter → importer, weighted by trade value
     * @throws IOException when the file cannot be read
     */
    public static TradeNetwork load(String nameOrPath) throws IOException {
        return load(nameOrPath, NetworkSpec.defaults());
    }

    /**
     * Loads a shipped data set or a file (format detected) and builds it with {@code spec}.
     *
     * @param nameOrPath a shipped data set's name ({@code rare-earths}, …) or a file path
     * @param spec       years, products, filters, weight meaning and direction
     * @return the network
     * @throws IOException when the file cannot be read
     */
    public static TradeNetwork load(String nameOrPath, NetworkSpec spec) throws IOException {
        return load(nameOrPath, spec, ReadOptions.defaults());
    }

    /**
     * Loads a shipped data set or a file with explicit read options.
     *
     * @param nameOrPath a shipped data set's name ({@code rare-earths}, …) or a file path
     * @param spec       years, products, filters, weight meaning and direction
     * @param options    format, leniency, mirror rule and country registry
     * @return the network
     * @throws IOException when the file cannot be read
     */
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
     * @return the network, exporter → importer, with a note per kind of flow left out
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

    /**
     * Assembles a network from aggregated links (used by {@link LinkAggregator}): the nodes are
     * the ids the links use, ordered by id; the links are ordered by exporter, then importer.
     * O(L + N log N) for L links and N nodes: one hash look-up per link end.
     */
    static TradeNetwork assemble(String name, Map<String, Country> known, List<TradeLink> weighted, NetworkSpec spec,
                                 List<String> notes, boolean countryIds, ReadReport readReport, MergedEconomies merged) {
        // Each link's ends numbered by first sight.
        int m = weighted.size();
        Map<String, Integer> firstSeen = new HashMap<>();
        List<String> seen = new ArrayList<>();
        int[] from = new int[m];
        int[] to = new int[m];
        for (int k = 0; k < m; k++) {
            TradeLink l = weighted.get(k);
            from[k] = number(l.exporter(), firstSeen, seen);
            to[k] = number(l.importer(), firstSeen, seen);
        }
        return assemble(name, known, weighted, seen, from, to, spec, notes, countryIds, readReport, merged);
    }

    /**
     * As above, for links whose ends the caller has numbered: link {@code k} runs from
     * {@code ids.get(from[k])} to {@code ids.get(to[k])}. Ids no link uses are left out. O(L + N log N),
     * no hash look-up per link.
     */
    static TradeNetwork assemble(String name, Map<String, Country> known, List<TradeLink> weighted, List<String> ids,
                                 int[] from, int[] to, NetworkSpec spec, List<String> notes, boolean countryIds,
                                 ReadReport readReport, MergedEconomies merged) {
        int m = weighted.size();
        boolean[] used = new boolean[ids.size()];
        for (int k = 0; k < m; k++) {
            used[from[k]] = true;
            used[to[k]] = true;
        }
        int distinct = 0;
        for (boolean u : used) {
            distinct += u ? 1 : 0;
        }
        String[] sortedIds = new String[distinct];
        int d = 0;
        for (int i = 0; i < used.length; i++) {
            if (used[i]) {
                sortedIds[d++] = ids.get(i);
            }
        }
        java.util.Arrays.sort(sortedIds);
        int[] rank = new int[ids.size()];
        for (int i = 0; i < used.length; i++) {
            rank[i] = used[i] ? java.util.Arrays.binarySearch(sortedIds, ids.get(i)) : -1;
        }
        List<Country> nodes = new ArrayList<>(sortedIds.length);
        Map<String, Integer> order = new HashMap<>(2 * sortedIds.length);
        for (int i = 0; i < sortedIds.length; i++) {
            nodes.add(known.get(sortedIds[i]));
            order.put(sortedIds[i], i);
        }
        // Links by exporter, then importer, in node order: two stable counting sorts (importer,
        // then exporter) over the node indices, O(L + N).
        int[] exporterOrder = new int[m];
        int[] importerOrder = new int[m];
        int[] byImporter = new int[m];
        for (int k = 0; k < m; k++) {
            exporterOrder[k] = rank[from[k]];
            importerOrder[k] = rank[to[k]];
            byImporter[k] = k;
        }
        byImporter = stableSortByKey(byImporter, importerOrder, nodes.size());
        int[] byBoth = stableSortByKey(byImporter, exporterOrder, nodes.size());
        List<TradeLink> sorted = new ArrayList<>(m);
        int[] exporters = new int[m];
        int[] importers = new int[m];
        for (int k : byBoth) {
            exporters[sorted.size()] = exporterOrder[k];
            importers[sorted.size()] = importerOrder[k];
            sorted.add(weighted.get(k));
        }
        return new TradeNetwork(name, nodes, order, sorted, exporters, importers, spec, notes, countryIds, readReport, merged);
    }

    /** The number of {@code id} in order of first sight, numbering it when new. */
    private static int number(String id, Map<String, Integer> firstSeen, List<String> seen) {
        Integer k = firstSeen.get(id);
        if (k == null) {
            k = seen.size();
            firstSeen.put(id, k);
            seen.add(id);
        }
        return k;
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
            out.add(Double.compare(w, l.weight()) == 0 ? l
                    : new TradeLink(l.exporter(), l.importer(), l.valueUsd(), l.quantityTonnes(), l.productFlows(), w));
        }
        return out;
    }

    /** {@return the data set or file the network was built from} */
    public String name() {
        return name;
    }

    /**
     * {@return what the reader did with the source file (skipped rows, notes); empty for networks built in
     * memory}
     */
    public Optional<ReadReport> readReport() {
        return Optional.ofNullable(readReport);
    }

    /**
     * {@return what {@code --aggregate} and {@code --rest-of-world} merged into economies, with the
     * links between countries before the merge; empty when nothing was merged. A copy made by
     * {@link #withLinks} keeps it: its nodes are the same economies.}
     */
    public Optional<MergedEconomies> mergedEconomies() {
        return Optional.ofNullable(merged);
    }

    /** {@return how it was built} */
    public NetworkSpec spec() {
        return spec;
    }

    /** {@return what was left out while building, and why} */
    public List<String> notes() {
        return notes;
    }

    /** {@return true when nodes are countries (trade data), false for generic graphs} */
    public boolean countryIds() {
        return countryIds;
    }

    /** {@return whether edges are directed (exporter → importer)} */
    public boolean directed() {
        return spec.directed();
    }

    /** {@return the number of nodes} */
    public int nodeCount() {
        return nodes.size();
    }

    /** {@return the number of links (self-loops included when kept)} */
    public int linkCount() {
        return links.size();
    }

    /**
     * {@return node {@code i}, in id order}
     *
     * @param i a node index, 0 to {@code nodeCount() - 1}
     */
    public Country country(int i) {
        return nodes.get(i);
    }

    /** {@return all nodes in index order} */
    public List<Country> countries() {
        return nodes;
    }

    /**
     * {@return the index of a node id, empty when the network has no such node}
     *
     * @param id a node id (ISO alpha-3 code for countries)
     */
    public Optional<Integer> indexOf(String id) {
        return Optional.ofNullable(index.get(id));
    }

    /**
     * {@return the index in {@link #countries()} of the exporter of link {@code k} of {@link #links()}}
     *
     * @param k a link's position in {@link #links()}
     */
    public int linkExporter(int k) {
        return linkExporters[k];
    }

    /**
     * {@return the index in {@link #countries()} of the importer of link {@code k} of {@link #links()}}
     *
     * @param k a link's position in {@link #links()}
     */
    public int linkImporter(int k) {
        return linkImporters[k];
    }

    /** {@return links, ordered by exporter index, then importer index} */
    public List<TradeLink> links() {
        return links;
    }

    /** {@return the int-indexed graph algorithms run on; weights as {@link NetworkSpec#weight()} says} */
    public CompactGraph compact() {
        return compact;
    }

    /** {@return the total value of all links, USD} */
    public double totalValueUsd() {
        double s = 0;
        for (TradeLink l : links) {
            s += l.valueUsd();
        }
        return s;
    }

    /** {@return the total quantity of the links that have one, tonnes} */
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
     * {@return the network as an unmodifiable JGraphT graph} Vertices are node ids, edges {@link
     * TradeLink}s with their weight; directed (exporter → importer) unless the spec says otherwise.
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
     *
     * @param newName    the copy's name, echoed in reports (for instance the scenario's)
     * @param newLinks   the links, by exporter and importer id, with their trade value
     * @param extraNotes notes added to this network's notes
     * @return the copy
     * @throws IllegalArgumentException when a link uses a node this network does not have
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
        return new TradeNetwork(newName, nodes, weighted, spec, n, countryIds, readReport, merged);
    }
}
