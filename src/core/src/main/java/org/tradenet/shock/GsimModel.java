package org.tradenet.shock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;

/**
 * The calibrated base of a GSIM simulation: one product, countries {@code 0..n-1}, base flows
 * {@code M[r][v]} (value of exporter r's sales to importer v at world prices, USD; with world
 * prices normalised to 1 they double as quantities), base tariff powers {@code T0[r][v]} (1 +
 * the ad valorem rate importer v levies on r) and elasticities per country. A self-flow
 * {@code M[v][v]} is domestic sales: it is one of v's varieties and part of v's supply, as in
 * Francois &amp; Hall's example. Base export taxes are zero.
 *
 * <p>Immutable; the arrays are copied in and never handed out.
 *
 * <p>Reference: Francois, J. and Hall, H. K. (2003), Global Simulation Analysis of
 * Industry-Level Trade Policy (GSIM), World Bank / WITS.
 */
public final class GsimModel {

    private final List<String> ids;
    private final Map<String, Integer> index;
    final int n;
    final double[][] flows;
    final double[][] tonnes;
    final double[][] tariffPower;
    final double[] importDemand;
    final double[] substitution;
    final double[] exportSupply;
    private final Elasticities elasticities;
    private final TradeNetwork network;
    private final String tariffSource;
    private final double defaultTariffRate;
    private final int flowsUsingDefaultTariff;
    private final int tradeFlows;
    private List<String> tariffNotes = List.of();

    private GsimModel(List<String> ids, double[][] flows, double[][] tonnes, double[][] tariffPower, Elasticities el,
                      TradeNetwork network, String tariffSource, double defaultTariffRate, int flowsUsingDefaultTariff) {
        this.ids = List.copyOf(ids);
        this.n = this.ids.size();
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (idx.put(this.ids.get(i), i) != null) {
                throw new IllegalArgumentException("country " + this.ids.get(i) + " is listed twice");
            }
        }
        this.index = Map.copyOf(idx);
        this.flows = copy(flows, "flows");
        this.tonnes = tonnes == null ? nanMatrix(n) : copy(tonnes, "tonnes");
        this.tariffPower = copy(tariffPower, "tariff powers");
        int trade = 0;
        for (int r = 0; r < n; r++) {
            for (int v = 0; v < n; v++) {
                double m = this.flows[r][v];
                if (!(m >= 0) || !Double.isFinite(m)) {
                    throw new IllegalArgumentException("flow " + this.ids.get(r) + "→" + this.ids.get(v) + " must be finite and >= 0, was " + m);
                }
                double t = this.tariffPower[r][v];
                if (!(t > 0) || !Double.isFinite(t)) {
                    throw new IllegalArgumentException("tariff power " + this.ids.get(r) + "→" + this.ids.get(v)
                            + " must be positive and finite (a tariff above -100%), was " + t);
                }
                if (m > 0 && r != v) {
                    trade++;
                }
            }
        }
        this.tradeFlows = trade;
        this.elasticities = Objects.requireNonNull(el, "elasticities");
        checkOverrides(el.importDemandByCountry(), "import demand");
        checkOverrides(el.substitutionByCountry(), "substitution");
        checkOverrides(el.exportSupplyByCountry(), "export supply");
        this.importDemand = new double[n];
        this.substitution = new double[n];
        this.exportSupply = new double[n];
        for (int i = 0; i < n; i++) {
            importDemand[i] = el.importDemand(this.ids.get(i));
            substitution[i] = el.substitution(this.ids.get(i));
            exportSupply[i] = el.exportSupply(this.ids.get(i));
        }
        this.network = network;
        this.tariffSource = tariffSource;
        this.defaultTariffRate = defaultTariffRate;
        this.flowsUsingDefaultTariff = flowsUsingDefaultTariff;
    }

    /** A per-country elasticity for an id the model lacks would be silently ignored: refuse it (a typo, an ISO2 code). */
    private void checkOverrides(Map<String, Double> overrides, String what) {
        List<String> unknown = overrides.keySet().stream().filter(id -> !index.containsKey(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(what + " elasticity given for " + String.join(", ", unknown)
                    + ", not a country of this model" + (ids.isEmpty() ? "" : " (use the network's ids, such as " + ids.get(0) + ")"));
        }
    }

    private double[][] copy(double[][] a, String what) {
        if (a.length != n) {
            throw new IllegalArgumentException(what + " must be " + n + "×" + n + ", has " + a.length + " rows");
        }
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException(what + " must be " + n + "×" + n + ", row " + i + " has " + a[i].length + " columns");
            }
            c[i] = a[i].clone();
        }
        return c;
    }

    private static double[][] nanMatrix(int n) {
        double[][] m = new double[n][n];
        for (double[] row : m) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return m;
    }

    /**
     * {@return a model from matrices, as in Francois &amp; Hall's example}
     *
     * @param ids          country ids, index order
     * @param flows        {@code flows[r][v]}: r's sales to v at world prices; diagonal = domestic sales
     * @param tariffPower  {@code tariffPower[r][v]}: 1 + the rate v levies on r (diagonal included)
     * @param elasticities elasticities by country id
     */
    public static GsimModel of(List<String> ids, double[][] flows, double[][] tariffPower, Elasticities elasticities) {
        return new GsimModel(ids, flows, null, tariffPower, elasticities, null, "given as a matrix", 0.0, 0);
    }

    /**
     * A model from a directed trade network: link values (USD) are the base flows, self-loops
     * (kept by the network spec) are domestic sales at tariff 0; every other flow pays the
     * schedule's rate, or its default rate where no line applies. When the network merged
     * countries into economies ({@link TradeNetwork#mergedEconomies()}), lines naming a merged
     * country are carried over to its economy: the economy's rate on a partner is the members'
     * rates weighted by their base flows, and lines between members of one economy are dropped
     * (their trade is home sales); the {@link #tariffNotes() notes} say how many.
     *
     * <p>Complexity O(n² + L) for n countries and L links (plus the carry-over's, when merged).
     *
     * @param network      the directed network, built with self-loops when the data has domestic sales
     * @param tariffs      the base tariffs ({@link TariffSchedule#none()} for none)
     * @param elasticities the elasticities
     * @return the model, countries in the network's index order
     * @throws IllegalArgumentException when the network is undirected
     */
    public static GsimModel of(TradeNetwork network, TariffSchedule tariffs, Elasticities elasticities) {
        if (!network.directed()) {
            throw new IllegalArgumentException("the GSIM model needs a directed network (exporter → importer)");
        }
        int n = network.nodeCount();
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(network.country(i).id());
        }
        double[][] m = new double[n][n];
        double[][] q = nanMatrix(n);
        for (TradeLink l : network.links()) {
            int r = network.indexOf(l.exporter()).orElseThrow();
            int v = network.indexOf(l.importer()).orElseThrow();
            m[r][v] += l.valueUsd();
            q[r][v] = l.quantityTonnes();
        }
        int lineCount = tariffs.lines().size();
        List<TariffSchedule.Line> unchecked = tariffs.lines();
        List<String> carryNotes = List.of();
        if (network.mergedEconomies().isPresent()) {
            TariffCarryOver.Result carried = TariffCarryOver.apply(tariffs, network.mergedEconomies().get());
            unchecked = carried.unchecked();
            carryNotes = carried.notes();
            tariffs = carried.schedule();
        }
        double[][] t = new double[n][n];
        int defaulted = 0;
        for (int r = 0; r < n; r++) {
            for (int v = 0; v < n; v++) {
                if (r == v) {
                    t[r][v] = 1.0;
                    continue;
                }
                OptionalDouble rate = tariffs.rate(ids.get(v), ids.get(r));
                if (rate.isEmpty() && m[r][v] > 0) {
                    defaulted++;
                }
                t[r][v] = 1.0 + rate.orElse(tariffs.defaultRate());
            }
        }
        GsimModel model = new GsimModel(ids, m, q, t, elasticities, network, tariffs.source(), tariffs.defaultRate(), defaulted);
        List<String> notes = new ArrayList<>(carryNotes);
        notes.addAll(unmatched(unchecked, tariffs.source(), lineCount, ids, m));
        model.tariffNotes = List.copyOf(notes);
        return model;
    }

    /** Tariff lines that cover no positive international flow: a count and the first five, with line numbers. */
    private static List<String> unmatched(List<TariffSchedule.Line> lines, String source, int lineCount, List<String> ids,
                                          double[][] m) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            at.put(ids.get(i), i);
        }
        List<String> miss = new ArrayList<>();
        for (TariffSchedule.Line l : lines) {
            boolean covers = false;
            int onlyExporter = l.exporter().equals("*") ? -1 : at.getOrDefault(l.exporter(), -2);
            int onlyImporter = l.importer().equals("*") ? -1 : at.getOrDefault(l.importer(), -2);
            for (int r = 0; r < ids.size() && !covers && onlyExporter != -2 && onlyImporter != -2; r++) {
                if (onlyExporter >= 0 && onlyExporter != r) {
                    continue;
                }
                for (int v = 0; v < ids.size(); v++) {
                    if (r != v && m[r][v] > 0 && (onlyImporter < 0 || onlyImporter == v)) {
                        covers = true;
                        break;
                    }
                }
            }
            if (!covers) {
                miss.add((l.lineNumber() > 0 ? "line " + l.lineNumber() + ": " : "") + l.written()
                        + (l.written().equals(l.importer() + "," + l.exporter()) ? "" : " (read as " + l.importer() + "," + l.exporter() + ")"));
            }
        }
        if (miss.isEmpty()) {
            return List.of();
        }
        return List.of(miss.size() + " of " + lineCount + " tariff lines of " + source + " match no flow "
                + "of this network and are unused: " + String.join("; ", miss.subList(0, Math.min(5, miss.size())))
                + (miss.size() > 5 ? "; ..." : ""));
    }

    /**
     * {@return what reading the tariff schedule against this network found (lines that match no
     * flow), for reports; empty when every line matched}
     */
    public List<String> tariffNotes() {
        return tariffNotes;
    }

    /**
     * {@return a copy with other elasticities (same flows and tariffs)}
     *
     * @param el the elasticities
     */
    public GsimModel withElasticities(Elasticities el) {
        GsimModel copy = new GsimModel(ids, flows, tonnes, tariffPower, el, network, tariffSource, defaultTariffRate,
                flowsUsingDefaultTariff);
        copy.tariffNotes = tariffNotes;
        return copy;
    }

    /** {@return the number of countries} */
    public int size() {
        return n;
    }

    /** {@return country ids in index order} */
    public List<String> ids() {
        return ids;
    }

    /**
     * {@return the index of a country id, empty when the model has no such country}
     *
     * @param id the country id
     */
    public Optional<Integer> indexOf(String id) {
        return Optional.ofNullable(index.get(id));
    }

    /**
     * {@return the base value of r's sales to v at world prices, USD}
     *
     * @param r the exporter's index
     * @param v the importer's index
     */
    public double flow(int r, int v) {
        return flows[r][v];
    }

    /**
     * {@return the base tariff power (1 + rate) v levies on r}
     *
     * @param r the exporter's index
     * @param v the importer's index
     */
    public double tariffPower(int r, int v) {
        return tariffPower[r][v];
    }

    /**
     * {@return the base sales of exporter r (all destinations, domestic included), at world prices, USD}
     *
     * @param r the exporter's index
     */
    public double sales(int r) {
        double s = 0;
        for (int v = 0; v < n; v++) {
            s += flows[r][v];
        }
        return s;
    }

    /**
     * {@return the base spending of importer v at internal prices, {@code sum_r T0[r][v]*M[r][v]}, USD}
     *
     * @param v the importer's index
     */
    public double spending(int v) {
        double s = 0;
        for (int r = 0; r < n; r++) {
            s += tariffPower[r][v] * flows[r][v];
        }
        return s;
    }

    /** {@return the elasticities the model was built with} */
    public Elasticities elasticities() {
        return elasticities;
    }

    /** {@return the network the model was built from, if any} */
    public Optional<TradeNetwork> network() {
        return Optional.ofNullable(network);
    }

    /** {@return where the base tariffs came from} */
    public String tariffSource() {
        return tariffSource;
    }

    /** {@return the rate used for flows no tariff line covers} */
    public double defaultTariffRate() {
        return defaultTariffRate;
    }

    /** {@return how many international flows used the default rate} */
    public int flowsUsingDefaultTariff() {
        return flowsUsingDefaultTariff;
    }

    /**
     * {@return true when some positive international flow pays a base tariff other than 0} O(n²).
     */
    public boolean hasBaseTariffs() {
        for (int r = 0; r < n; r++) {
            for (int v = 0; v < n; v++) {
                if (r != v && flows[r][v] > 0 && tariffPower[r][v] != 1.0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@return the number of positive international flows (self-flows not counted)} */
    public int tradeFlows() {
        return tradeFlows;
    }
}
