package org.tradenet.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tradenet.metrics.Concentration;

/**
 * One tier's exposures (see {@link Exposure}): upstream exposure {@code E[c][o]}, direct
 * dependence {@code S[c][o]}, hidden dependence {@code E - S}, supplier concentration. Country
 * and origin ids are the chain's. Immutable; arrays are never handed out.
 */
public final class TierExposure {

    private final List<String> ids;
    private final Map<String, Integer> index;
    private final TierSupply supply;
    private final double[][] upstream;
    private final List<String> fallbackOrigins;

    TierExposure(List<String> ids, TierSupply supply, double[][] upstream, List<String> fallbackOrigins) {
        this.ids = ids;
        Map<String, Integer> idx = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            idx.put(ids.get(i), i);
        }
        this.index = idx;
        this.supply = supply;
        this.upstream = upstream;
        this.fallbackOrigins = List.copyOf(fallbackOrigins);
    }

    /** A supplier's share of a buyer's supply. */
    public record Supplier(String id, double share) {
    }

    /** {@return the tier's name} */
    public String name() {
        return supply.tier().name();
    }

    /** {@return the tier's supply side} */
    public TierSupply supply() {
        return supply;
    }

    private int at(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException(id + " is not a country of this chain");
        }
        return i;
    }

    /** {@return countries with supply at this tier, by supply, largest first} */
    public List<String> buyers() {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < ids.size(); c++) {
            if (upstream[c] != null) {
                out.add(ids.get(c));
            }
        }
        out.sort(Comparator.comparingDouble((String c) -> -supply(c)).thenComparing(c -> c));
        return out;
    }

    /**
     * {@return c's supply U[c] in the tier's unit}
     *
     * @param c a country id of the chain
     */
    public double supply(String c) {
        return supply.supply(at(c));
    }

    /**
     * {@return upstream exposure E[c][o] of c to origin o; 0 when c has no supply}
     *
     * @param c the buyer's country id
     * @param o the origin's country id
     */
    public double upstream(String c, String o) {
        double[] row = upstream[at(c)];
        return row == null ? 0.0 : row[at(o)];
    }

    /**
     * {@return direct dependence S[c][o] (o's own share of c's supply, home supply when o = c)}
     *
     * @param c the buyer's country id
     * @param o the supplier's country id
     */
    public double direct(String c, String o) {
        return supply.share(at(c), at(o));
    }

    /**
     * {@return hidden dependence E[c][o] − S[c][o]}
     *
     * @param c the buyer's country id
     * @param o the origin's country id
     */
    public double hidden(String c, String o) {
        return upstream(c, o) - direct(c, o);
    }

    /**
     * c's origins with a positive upstream exposure, largest first.
     *
     * @param c a country id of the chain
     * @return origin id → E[c][o], largest first; empty when c has no supply
     */
    public Map<String, Double> origins(String c) {
        double[] row = upstream[at(c)];
        Map<String, Double> out = new LinkedHashMap<>();
        if (row == null) {
            return out;
        }
        List<Integer> order = new ArrayList<>();
        for (int o = 0; o < row.length; o++) {
            if (row[o] > 0) {
                order.add(o);
            }
        }
        order.sort(Comparator.comparingDouble((Integer o) -> -row[o]).thenComparing(o -> o));
        order.forEach(o -> out.put(ids.get(o), row[o]));
        return out;
    }

    /**
     * {@return c's suppliers (home included) with their shares, largest first}
     *
     * @param c a country id of the chain
     */
    public List<Supplier> suppliers(String c) {
        int ci = at(c);
        List<Supplier> out = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            double s = supply.share(ci, k);
            if (s > 0) {
                out.add(new Supplier(ids.get(k), s));
            }
        }
        out.sort(Comparator.comparingDouble((Supplier s) -> -s.share()).thenComparing(Supplier::id));
        return out;
    }

    /**
     * {@return Herfindahl–Hirschman index of c's supplier shares (home included); NaN without supply}
     *
     * @param c a country id of the chain
     */
    public double supplierHhi(String c) {
        int ci = at(c);
        double[] a = new double[ids.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = supply.flow(k, ci);
        }
        return Concentration.hhi(a);
    }

    /**
     * {@return c's largest supplier (home included); empty without supply}
     *
     * @param c a country id of the chain
     */
    public Optional<Supplier> largestSupplier(String c) {
        List<Supplier> s = suppliers(c);
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    /** {@return suppliers at this tier with no supply at the tier before, taken as their own origin} */
    public List<String> fallbackOrigins() {
        return fallbackOrigins;
    }

    /**
     * The supply-weighted exposure of a group of countries (a bloc such as the EU), treating
     * the group's combined supply as one: {@code sum_c U[c]*E[c][o] / sum_c U[c]}; trade inside
     * the group counts as supply. NaN when the group has no supply.
     *
     * @param group country ids of the group; ids the chain lacks are skipped
     * @param o the origin's country id
     * @return the group's upstream exposure to o, in [0, 1]
     */
    public double groupUpstream(List<String> group, String o) {
        return groupAverage(group, c -> upstream(c, o));
    }

    /**
     * The supply-weighted direct dependence of a group, as {@link #groupUpstream}.
     *
     * @param group country ids of the group; ids the chain lacks are skipped
     * @param o the supplier's country id
     * @return the group's direct dependence on o, in [0, 1]
     */
    public double groupDirect(List<String> group, String o) {
        return groupAverage(group, c -> direct(c, o));
    }

    private double groupAverage(List<String> group, java.util.function.ToDoubleFunction<String> f) {
        double w = 0;
        double s = 0;
        for (String c : group) {
            if (!index.containsKey(c)) {
                continue;
            }
            double u = supply(c);
            w += u;
            s += u * f.applyAsDouble(c);
        }
        return w > 0 ? s / w : Double.NaN;
    }
}
