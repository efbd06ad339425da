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
    private final CompactGraph compact;
    private volatile Graph<String, TradeLink> graph;

    private TradeNetwork(String name, List<Country> nodes, List<TradeLink> links, NetworkSpec spec,
                         List<String> notes, boolean countryIds) {
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
        FlowTable table = FlowTable.read(source, options);
        String label = Datasets.find(nameOrPath).map(Dataset::name).orElse(source.name());
        return build(label, table, spec);
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
        List<String> notes = new ArrayList<>();
        if (table.report() != null) {
            notes.addAll(table.report().notes());
        }
        Map<String, Country> known = table.nodes();
        Map<List<String>, double[]> sums = new LinkedHashMap<>();
        long outYear = 0;
        long outProduct = 0;
        long self = 0;
        double selfValue = 0;
        long areas = 0;
        double areaValue = 0;
        for (Flow f : table.flows()) {
            if (!spec.years().isEmpty() && !spec.years().contains(f.year())) {
                outYear++;
                continue;
            }
            if (!spec.products().isEmpty() && !spec.products().contains(f.hs6())) {
                outProduct++;
                continue;
            }
            if (f.isDomestic() && !spec.selfLoops()) {
                self++;
                selfValue += f.valueUsd();
                continue;
            }
            if (!spec.includeNonCountryAreas() && table.countryIds()
                    && (isArea(known.get(f.exporter())) || isArea(known.get(f.importer())))) {
                areas++;
                areaValue += f.valueUsd();
                continue;
            }
            String a = f.exporter();
            String b = f.importer();
            if (!spec.directed() && a.compareTo(b) > 0) {
                String x = a;
                a = b;
                b = x;
            }
            double[] acc = sums.computeIfAbsent(List.of(a, b), k -> new double[] {0, 0, 0, 0});
            acc[0] += f.valueUsd();
            if (!Double.isNaN(f.quantityTonnes())) {
                acc[1] += f.quantityTonnes();
                acc[3]++;
            }
            acc[2]++;
        }
        if (!spec.years().isEmpty()) {
            notes.add("years kept: " + new java.util.TreeSet<>(spec.years()) + " (" + outYear + " flows of other years left out)");
        } else if (table.years().size() > 1) {
            notes.add("flows of " + table.years().size() + " years summed (" + firstLast(table.years())
                    + "); choose one with --year");
        }
        if (!spec.products().isEmpty()) {
            notes.add("products kept: " + String.join(", ", new java.util.TreeSet<>(spec.products())) + " ("
                    + outProduct + " flows of other products left out)");
        }
        if (self > 0) {
            notes.add(self + " domestic flows (exporter = importer, USD " + usd(selfValue) + ") left out; keep them with self-loops");
        }
        if (areas > 0) {
            notes.add(areas + " flows (USD " + usd(areaValue) + ") with non-country areas (areas nes, bunkers, free zones) left out");
        }
        List<TradeLink> links = new ArrayList<>();
        for (Map.Entry<List<String>, double[]> e : sums.entrySet()) {
            double[] acc = e.getValue();
            double qty = acc[3] > 0 ? acc[1] : Double.NaN;
            links.add(new TradeLink(e.getKey().get(0), e.getKey().get(1), acc[0], qty, (int) acc[2], 0.0));
        }
        if (spec.minValueUsd() > 0) {
            int before = links.size();
            links.removeIf(l -> l.valueUsd() < spec.minValueUsd());
            notes.add((before - links.size()) + " links below USD " + usd(spec.minValueUsd()) + " left out");
        }
        if (spec.topPartners() > 0) {
            int before = links.size();
            links = topPartners(links, spec.topPartners());
            notes.add("top-" + spec.topPartners() + " partners rule kept " + links.size() + " of " + before + " links");
        }
        if (spec.weight() == WeightKind.QUANTITY) {
            int before = links.size();
            links.removeIf(l -> Double.isNaN(l.quantityTonnes()));
            if (before > links.size()) {
                notes.add((before - links.size()) + " links with no quantity left out (weights are tonnes)");
            }
        }
        double total = 0;
        for (TradeLink l : links) {
            total += l.valueUsd();
        }
        List<TradeLink> weighted = new ArrayList<>(links.size());
        for (TradeLink l : links) {
            double w = switch (spec.weight()) {
                case VALUE -> l.valueUsd();
                case QUANTITY -> l.quantityTonnes();
                case SHARE -> total > 0 ? l.valueUsd() / total : 0.0;
            };
            weighted.add(new TradeLink(l.exporter(), l.importer(), l.valueUsd(), l.quantityTonnes(), l.productFlows(), w));
        }
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
        weighted.sort(Comparator.<TradeLink>comparingInt(l -> order.get(l.exporter())).thenComparingInt(l -> order.get(l.importer())));
        return new TradeNetwork(name, nodes, weighted, spec, notes, table.countryIds());
    }

    private static boolean isArea(Country c) {
        return c != null && (c.kind() == Country.Kind.SPECIAL || c.kind() == Country.Kind.WORLD);
    }

    private static String firstLast(Set<Integer> years) {
        List<Integer> y = new ArrayList<>(years);
        return y.get(0) + "-" + y.get(y.size() - 1);
    }

    static String usd(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static List<TradeLink> topPartners(List<TradeLink> links, int k) {
        Map<String, List<TradeLink>> byExporter = new TreeMap<>();
        Map<String, List<TradeLink>> byImporter = new TreeMap<>();
        for (TradeLink l : links) {
            byExporter.computeIfAbsent(l.exporter(), x -> new ArrayList<>()).add(l);
            byImporter.computeIfAbsent(l.importer(), x -> new ArrayList<>()).add(l);
        }
        Set<TradeLink> keep = new HashSet<>();
        Comparator<TradeLink> largest = Comparator.comparingDouble(TradeLink::valueUsd).reversed()
                .thenComparing(TradeLink::exporter).thenComparing(TradeLink::importer);
        for (List<TradeLink> group : byExporter.values()) {
            group.stream().sorted(largest).limit(k).forEach(keep::add);
        }
        for (List<TradeLink> group : byImporter.values()) {
            group.stream().sorted(largest).limit(k).forEach(keep::add);
        }
        List<TradeLink> out = new ArrayList<>();
        for (TradeLink l : links) {
            if (keep.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    /** The data set or file the network was built from. */
    public String name() {
        return name;
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
        double total = 0;
        for (TradeLink l : newLinks) {
            total += l.valueUsd();
        }
        List<TradeLink> weighted = new ArrayList<>();
        for (TradeLink l : newLinks) {
            if (!index.containsKey(l.exporter()) || !index.containsKey(l.importer())) {
                throw new IllegalArgumentException("link " + l.exporter() + "→" + l.importer() + " uses a node not in " + name);
            }
            double w = switch (spec.weight()) {
                case VALUE -> l.valueUsd();
                case QUANTITY -> l.quantityTonnes();
                case SHARE -> total > 0 ? l.valueUsd() / total : 0.0;
            };
            weighted.add(new TradeLink(l.exporter(), l.importer(), l.valueUsd(), l.quantityTonnes(), l.productFlows(), w));
        }
        weighted.sort(Comparator.<TradeLink>comparingInt(l -> index.get(l.exporter())).thenComparingInt(l -> index.get(l.importer())));
        List<String> n = new ArrayList<>(notes);
        n.addAll(extraNotes);
        return new TradeNetwork(newName, nodes, weighted, spec, n, countryIds);
    }
}
