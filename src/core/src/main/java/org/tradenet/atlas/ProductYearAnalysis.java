package org.tradenet.atlas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.tradenet.community.Leiden;
import org.tradenet.community.ModularitySignificance;
import org.tradenet.community.LeidenParameters;
import org.tradenet.community.Partition;
import org.tradenet.community.RepeatedRuns;
import org.tradenet.community.SignificanceResult;
import org.tradenet.data.Country;
import org.tradenet.data.Flow;
import org.tradenet.data.FlowTable;
import org.tradenet.data.InputFormat;
import org.tradenet.data.ReadReport;
import org.tradenet.metrics.NetworkSummary;
import org.tradenet.metrics.NodeScores;
import org.tradenet.metrics.PageRank;
import org.tradenet.metrics.PageRankParameters;
import org.tradenet.metrics.SupplierDependence;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;
import org.tradenet.shock.GsimModel;
import org.tradenet.shock.LinearSolver;
import org.tradenet.shock.CountrySelection;
import org.tradenet.shock.Measure;
import org.tradenet.shock.Scenario;
import org.tradenet.shock.ShockResult;
import org.tradenet.shock.TariffSchedule;

/**
 * The atlas row of one product in one year: the flows become a trade network (self-flows
 * and non-country areas left out, as every command does by default) and get the core
 * measures of the single-network commands.
 *
 * <ol>
 * <li>Size and exporter concentration from {@link NetworkSummary} (HHI, largest exporter, top-3 share).</li>
 * <li>Importer dependence from {@link SupplierDependence}: the percent of importers whose
 *     largest supplier's share exceeds 0.5.</li>
 * <li>Directed communities: {@link Leiden} with directed modularity (Leicht–Newman) at
 *     resolution γ, {@code runs} runs with seeds {@code seed, seed+1, …}, the best kept
 *     ({@link RepeatedRuns}); communities of two or more countries are counted.</li>
 * <li>Their significance ({@link ModularitySignificance}, Guimerà, Sales-Pardo &amp; Amaral 2004,
 *     doi:10.1103/PhysRevE.70.025101): {@code nullDraws} networks with every country's out- and
 *     in-strength kept (strength-preserving rewiring, seeded by the seed), each given the same
 *     Leiden runs; the row reports the z-score of the observed best modularity against theirs
 *     and the empirical p-value. Left out (NaN) with 0 draws.</li>
 * <li>Hubs: the top countries by throughput (exports + imports, USD) and by {@link PageRank}
 *     (damping 0.85, value weights, edges exporter → importer), ties by id.</li>
 * <li>The screening shock: the largest exporter taxes all its exports of the product at
 *     {@code exportTaxRate}; linear GSIM ({@link LinearSolver}) calibrated on the group's
 *     flows with no base tariffs and the parameters' elasticities; the row reports the change
 *     of world trade value at world prices, percent. A screening figure, not a forecast.</li>
 * </ol>
 * The flows are put in a canonical order first, so the row does not depend on the order the
 * engine delivered them in: the same flows and seed give the same row, bit for bit.
 * Time: O(F log F) for F flows plus {@code runs × (1 + nullDraws)} Leiden runs, {@code nullDraws}
 * rewirings of 10 swaps per link, and one linear GSIM solve (O(n³) for n countries). Thread-safe: holds only its parameters.
 *
 * <p>References: Traag, Waltman &amp; van Eck (2019), doi:10.1038/s41598-019-41695-z (Leiden);
 * Leicht &amp; Newman (2008), doi:10.1103/PhysRevLett.100.118703 (directed modularity);
 * Francois &amp; Hall (2003), Global simulation analysis of industry-level trade policy (GSIM).
 */
public final class ProductYearAnalysis {

    private final AtlasParameters parameters;

    /**
     * An analysis with these settings.
     *
     * @param parameters seed, Leiden runs, resolution, hubs, screening tax, elasticities, focus
     */
    public ProductYearAnalysis(AtlasParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters);
    }

    /** {@return the settings} */
    public AtlasParameters parameters() {
        return parameters;
    }

    /** Canonical order of a group's flows: exporter, importer, value, quantity. */
    static final Comparator<Flow> FLOW_ORDER = Comparator.comparing(Flow::exporter).thenComparing(Flow::importer)
            .thenComparingDouble(Flow::valueUsd).thenComparingDouble(Flow::quantityTonnes);

    /**
     * The row of one group.
     *
     * @return the product-year's row: concentration, communities, hubs, screening shock and focus columns
     * @param hs6         the product
     * @param year        the year
     * @param description the product's description, or empty
     * @param flows       every flow of the product in that year (any order)
     * @param nodes       the countries, by id; must hold every id the flows use
     */
    public AtlasRow analyse(String hs6, int year, String description, List<Flow> flows, Map<String, Country> nodes) {
        List<Flow> sorted = new ArrayList<>(flows);
        sorted.sort(FLOW_ORDER);
        Map<String, Country> used = new LinkedHashMap<>();
        for (Flow f : sorted) {
            used.put(f.exporter(), Objects.requireNonNull(nodes.get(f.exporter()), f.exporter()));
            used.put(f.importer(), Objects.requireNonNull(nodes.get(f.importer()), f.importer()));
        }
        String name = hs6 + "/" + year;
        ReadReport report = new ReadReport(name, InputFormat.EDGES, sorted.size(), sorted.size(), List.of(), List.of(), null);
        TradeNetwork net = TradeNetwork.build(name, new FlowTable(sorted, used, true, report), NetworkSpec.defaults());
        List<String> notes = new ArrayList<>();
        String focus = parameters.focus();
        if (net.linkCount() == 0 || !(net.totalValueUsd() > 0)) {
            notes.add("no trade between countries (" + sorted.size() + " flow(s), all domestic, zero or with non-country areas)");
            return new AtlasRow(hs6, year, description, 0, 0, 0, 0, Double.NaN, "", Double.NaN, Double.NaN, Double.NaN, 0,
                    Double.NaN, Double.NaN, Double.NaN, "", Double.NaN, focus, Double.NaN, Double.NaN, String.join("; ", notes));
        }
        NetworkSummary summary = NetworkSummary.of(net, 3);
        String top = summary.topExporters().get(0).id();
        CompactGraph g = net.compact();
        SupplierDependence dependence = SupplierDependence.of(g);

        int importers = 0;
        int over = 0;
        for (int v = 0; v < g.n(); v++) {
            double s = dependence.largestShare().value(v);
            if (!Double.isNaN(s)) {
                importers++;
                over += s > 0.5 ? 1 : 0;
            }
        }
        double overPct = importers == 0 ? Double.NaN : 100.0 * over / importers;

        Leiden leiden = new Leiden(LeidenParameters.defaults().withResolution(parameters.resolution()).withSeed(parameters.seed()));
        RepeatedRuns runs = RepeatedRuns.of(leiden, g, parameters.runs());
        Partition best = runs.best().partition();
        int communities = 0;
        for (int c = 0; c < best.communityCount(); c++) {
            communities += best.size(c) >= 2 ? 1 : 0;
        }
        double modularity = runs.best().quality();
        double z = Double.NaN;
        double p = Double.NaN;
        if (parameters.significance().isPresent()) {
            SignificanceResult s = new ModularitySignificance(parameters.significance().get()).testSequentially(g, modularity);
            z = s.zScore();
            p = s.pValue();
        }

        double[] throughput = new double[g.n()];
        for (int v = 0; v < g.n(); v++) {
            throughput[v] = g.outStrength(v) + g.inStrength(v);
        }
        NodeScores pagerank = new PageRank(PageRankParameters.defaults()).compute(g);
        String hubs = "throughput: " + leaders(net, throughput) + "; pagerank: " + leaders(net, pagerank.values());

        double shock = shock(net, top, notes);

        double focusLargest = Double.NaN;
        double focusExposure = Double.NaN;
        if (parameters.hasFocus()) {
            int f = net.indexOf(focus).orElse(-1);
            double imports = f < 0 ? 0 : g.inStrength(f);
            if (imports > 0) {
                focusLargest = dependence.largestShare().value(f);
                int t = net.indexOf(top).orElseThrow();
                focusExposure = g.weight(t, f) / imports;
            } else {
                notes.add(focus + " imports none of the product");
            }
        }
        return new AtlasRow(hs6, year, description, summary.nodes(), summary.links(), summary.totalValueUsd(),
                summary.totalQuantityTonnes(), summary.exportHhi(), top, summary.exportTop1Share(), summary.exportTop3Share(),
                overPct, communities, modularity, z, p, hubs, shock, focus, focusLargest, focusExposure,
                String.join("; ", notes));
    }

    /**
     * World trade change (percent) when {@code top} taxes its exports at the parameters' rate;
     * NaN with a note when the linear form cannot solve it.
     */
    private double shock(TradeNetwork net, String top, List<String> notes) {
        Scenario tax = new Scenario("top-exporter-export-tax", top + " taxes all its exports of the product at "
                + String.format(Locale.ROOT, "%.0f%%", 100 * parameters.exportTaxRate()), "",
                List.of(new Measure.ExportTax(CountrySelection.of(top), CountrySelection.all(), parameters.exportTaxRate())));
        if (net.nodeCount() < 2) {
            notes.add("shock not defined: one country");
            return Double.NaN;
        }
        try {
            GsimModel model = GsimModel.of(net, TariffSchedule.none(), parameters.elasticities());
            ShockResult r = LinearSolver.create().solve(model, tax);
            return 100 * r.totals().valueChange();
        } catch (IllegalArgumentException e) {
            notes.add("shock not solved in the linear form: " + e.getMessage());
            return Double.NaN;
        }
    }

    /** The ids of the top {@code hubs} nodes by score, descending, ties by id, space-separated. */
    private String leaders(TradeNetwork net, double[] score) {
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < score.length; v++) {
            order.add(v);
        }
        order.sort(Comparator.<Integer>comparingDouble(v -> -score[v]).thenComparing(v -> net.country(v).id()));
        List<String> ids = new ArrayList<>();
        for (int v : order.subList(0, Math.min(parameters.hubs(), order.size()))) {
            ids.add(net.country(v).id());
        }
        return String.join(" ", ids);
    }
}
