package org.tradenet.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * Computes a chosen set of node metrics of a network in one call, each family with the
 * settings of {@link MetricsParameters}. Immutable and reusable. Each metric's definition,
 * direction and reference are in its own class.
 *
 * <pre>{@code
 * TradeNetwork net = TradeNetwork.load("rare-earths");
 * NodeMetricTable t = new NodeMetrics(MetricsParameters.defaults().withDistance(DistanceKind.NEGLOG))
 *         .compute(net.compact());
 * double pr = t.value("pagerank", net.indexOf("JPN").orElseThrow());
 * }</pre>
 */
public final class NodeMetrics {

    private final MetricsParameters parameters;

    /**
     * The per-node metrics these settings choose; the graph goes in per call.
     *
     * @param parameters which metrics, and the settings of each
     */
    public NodeMetrics(MetricsParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** {@return the settings} */
    public MetricsParameters parameters() {
        return parameters;
    }

    /**
     * {@return the chosen metrics of every node of {@code g}, one column each, with the notes on columns
     * that did not converge}
     *
     * @param g the graph; links run exporter → importer
     */
    public NodeMetricTable compute(CompactGraph g) {
        Map<String, NodeScores> cols = new LinkedHashMap<>();
        for (Degree d : List.of(Degree.strength(DegreeMode.IN), Degree.strength(DegreeMode.OUT),
                Degree.of(DegreeMode.IN), Degree.of(DegreeMode.OUT))) {
            cols.put(d.measure(), d.compute(g));
        }
        var m = parameters.metrics();
        if (m.contains(NodeMetric.PAGERANK)) {
            cols.put("pagerank", new PageRank(parameters.pagerank()).compute(g));
        }
        if (m.contains(NodeMetric.HITS)) {
            Hits.Scores h = new Hits(parameters.iteration()).compute(g);
            cols.put("hub", h.hub());
            cols.put("authority", h.authority());
        }
        if (m.contains(NodeMetric.BETWEENNESS)) {
            cols.put("betweenness", new Betweenness(new BetweennessParameters(parameters.distance(), true, parameters.threads())).compute(g));
        }
        ClosenessParameters cp = new ClosenessParameters(parameters.distance(), parameters.closeness(), parameters.threads());
        if (m.contains(NodeMetric.CLOSENESS)) {
            cols.put("closeness", new Closeness(cp).compute(g));
        }
        if (m.contains(NodeMetric.HARMONIC)) {
            cols.put("harmonic", new Harmonic(cp).compute(g));
        }
        if (m.contains(NodeMetric.EIGENVECTOR)) {
            cols.put("eigenvector", new EigenvectorCentrality(parameters.iteration()).compute(g));
        }
        if (m.contains(NodeMetric.CLUSTERING)) {
            cols.put("clustering", Clustering.weighted().compute(g));
        }
        if (m.contains(NodeMetric.KCORE)) {
            cols.put("kcore", new KCore(parameters.kcore()).compute(g));
        }
        if (m.contains(NodeMetric.SUPPLIER_DEPENDENCE)) {
            SupplierDependence d = SupplierDependence.of(g);
            cols.put("largestSupplierShare", d.largestShare());
            cols.put("supplierHhi", d.hhi());
        }
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, NodeScores> e : cols.entrySet()) {
            NodeScores s = e.getValue();
            if (!s.converged()) {
                notes.add(e.getKey() + " did not converge in " + s.iterations() + " iterations");
            }
            if (!s.note().isEmpty() && hasNaN(s)) {
                notes.add(e.getKey() + ": " + s.note());
            }
        }
        return new NodeMetricTable(parameters, cols, notes);
    }

    private static boolean hasNaN(NodeScores s) {
        for (int i = 0; i < s.size(); i++) {
            if (Double.isNaN(s.value(i))) {
                return true;
            }
        }
        return false;
    }
}
