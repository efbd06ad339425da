package org.tradenet.shock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.tradenet.data.Country;
import org.tradenet.data.CountryGroups;
import org.tradenet.data.CountryRegistry;

/**
 * A scenario applied to a model: the new tariff powers {@code Tm1[r][v]}, export-tax powers
 * {@code Tx1[r][v]} and the prohibited (embargoed) flows. The importer pays
 * {@code Tm1*Tx1*p[r]} for r's variety; base export taxes are zero ({@code Tx0 = 1}). Export
 * quotas ({@link Measure.SupplyCut}) are listed as {@link Quota}s; a solver finds their
 * export-tax equivalents. Made by {@link #of(GsimModel, Scenario)}; read-only.
 */
public final class PolicyWedges {

    /**
     * An export quota: exporter r's volume to {@code destinations} is held at
     * {@code (1 - share)} of its base.
     *
     * @param exporter     model index of the exporter
     * @param destinations importers covered, by model index
     * @param share        the cut, a fraction of base volume
     */
    record Quota(int exporter, boolean[] destinations, double share) {
    }

    final double[][] tariffPower;
    final double[][] exportTaxPower;
    final boolean[][] prohibited;
    final List<Quota> quotas;
    private final List<String> notes;
    private final List<String> cutOffImporters;
    private final List<String> cutOffExporters;
    /** 1 + the supply-price wedge of each exporter (all 1 unless {@link #withSupplyPriceWedge}). */
    final double[] supplyCostPower;

    PolicyWedges(GsimModel model, double[][] tm1, double[][] tx1, boolean[][] prohibited, List<Quota> quotas, List<String> notes) {
        this(model, tm1, tx1, prohibited, quotas, notes, ones(model.n));
    }

    private PolicyWedges(GsimModel model, double[][] tm1, double[][] tx1, boolean[][] prohibited, List<Quota> quotas,
                         List<String> notes, double[] supplyCostPower) {
        this.supplyCostPower = supplyCostPower;
        this.tariffPower = tm1;
        this.exportTaxPower = tx1;
        this.prohibited = prohibited;
        this.quotas = List.copyOf(quotas);
        List<String> inNotes = new ArrayList<>(notes);
        List<String> cutIm = cutOff(model, prohibited, true);
        List<String> cutEx = cutOff(model, prohibited, false);
        if (!cutIm.isEmpty()) {
            inNotes.add("cut off from every supplier: " + String.join(", ", cutIm) + ". Their imports fall to zero; in the levels "
                    + "form their composite import price is infinite and their consumer surplus loses the whole area under "
                    + "the demand curve, E0/(1 + Em), finite when Em < -1 (otherwise not defined, reported as null); the linear "
                    + "form gives its linear approximation");
        }
        if (!cutEx.isEmpty()) {
            inNotes.add("cut off from every customer: " + String.join(", ", cutEx) + ". Their sales fall to zero; in the levels form "
                    + "their world price falls to zero (change -100%)");
        }
        this.notes = List.copyOf(inNotes);
        this.cutOffImporters = List.copyOf(cutIm);
        this.cutOffExporters = List.copyOf(cutEx);
    }

    /** A copy with other export-tax powers (the quotas' equivalents filled in) and more notes. */
    PolicyWedges withExportTaxPower(GsimModel model, double[][] tx1, List<String> moreNotes) {
        List<String> all = new ArrayList<>(notes.stream().filter(x -> !x.startsWith("cut off from every")).toList());
        all.addAll(moreNotes);
        return new PolicyWedges(model, tariffPower, tx1, prohibited, quotas, all, supplyCostPower);
    }

    /**
     * Applies a scenario's measures to a model's base tariffs. Rules not yet resolved are
     * resolved with the standard groups. Ids are matched to the model's ids, then through the
     * standard country registry (ISO2 codes, aliases); an id the registry knows but the model
     * lacks is ignored and named in the notes; an id nobody knows is an error.
     * Complexity O(k·n²) for k measures.
     *
     * @param model    the calibrated base
     * @param scenario the scenario
     * @return the new wedges
     * @throws IllegalArgumentException naming every unknown country
     */
    public static PolicyWedges of(GsimModel model, Scenario scenario) {
        Scenario s = scenario.resolve(model, CountryGroups.standard());
        int n = model.n;
        Map<String, Integer> resolved = new HashMap<>();
        Set<String> unknown = new TreeSet<>();
        Set<String> absent = new TreeSet<>();
        CountryRegistry registry = CountryRegistry.standard();
        Set<String> named = new TreeSet<>();
        for (Measure m : s.measures()) {
            for (CountrySelection c : m.selections()) {
                c.ids().stream().filter(x -> !x.equals("*")).forEach(named::add);
            }
        }
        for (String id : named) {
            Optional<Integer> i = model.indexOf(id);
            if (i.isEmpty()) {
                Optional<Country> c = registry.byAlpha(id);
                if (c.isPresent()) {
                    i = model.indexOf(c.get().id());
                    if (i.isEmpty()) {
                        absent.add(id);
                    }
                } else {
                    unknown.add(id);
                }
            }
            i.ifPresent(x -> resolved.put(id, x));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("scenario " + s.name() + " names countries that are neither in the network nor known "
                    + "country codes: " + String.join(", ", unknown));
        }
        double[][] tm = new double[n][];
        double[][] tx = new double[n][n];
        boolean[][] ban = new boolean[n][n];
        for (int r = 0; r < n; r++) {
            tm[r] = model.tariffPower[r].clone();
            Arrays.fill(tx[r], 1.0);
        }
        List<Quota> quotas = new ArrayList<>();
        for (Measure m : s.measures()) {
            if (m instanceof Measure.Tariff t) {
                forPairs(members(t.exporters(), resolved, n), members(t.importers(), resolved, n), (r, v) -> tm[r][v] = 1 + t.rate());
            } else if (m instanceof Measure.ExportTax t) {
                forPairs(members(t.exporters(), resolved, n), members(t.destinations(), resolved, n), (r, v) -> tx[r][v] = 1 + t.rate());
            } else if (m instanceof Measure.SupplyCut c) {
                boolean[] ex = members(c.exporters(), resolved, n);
                boolean[] to = members(c.destinations(), resolved, n);
                forPairs(ex, to, (r, v) -> tx[r][v] = 1.0);
                for (int r = 0; r < n; r++) {
                    if (ex[r]) {
                        int exporter = r;
                        quotas.removeIf(q -> q.exporter() == exporter);
                        quotas.add(new Quota(r, to, c.share()));
                    }
                }
            } else if (m instanceof Measure.RemoveTariffs t) {
                forPairs(members(t.exporters(), resolved, n), members(t.importers(), resolved, n), (r, v) -> tm[r][v] = 1.0);
            } else if (m instanceof Measure.Bloc b) {
                boolean[] in = members(b.members(), resolved, n);
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = !in[i];
                }
                forPairs(in, in, (r, v) -> {
                    tm[r][v] = 1.0;
                    tx[r][v] = 1.0;
                });
                if (b.on() != Measure.BlocScope.EXPORTS) {
                    forPairs(out, in, (r, v) -> tm[r][v] = 1 + b.rate());
                }
                if (b.on() != Measure.BlocScope.IMPORTS) {
                    forPairs(in, out, (r, v) -> tx[r][v] = 1 + b.rate());
                }
            } else if (m instanceof Measure.Embargo e) {
                forPairs(members(e.exporters(), resolved, n), members(e.importers(), resolved, n), (r, v) -> ban[r][v] = true);
            } else if (m instanceof Measure.Decoupling d) {
                boolean[] a = members(d.sideA(), resolved, n);
                boolean[] b = members(d.sideB(), resolved, n);
                forPairs(a, b, (r, v) -> ban[r][v] = true);
                forPairs(b, a, (r, v) -> ban[r][v] = true);
            } else {
                throw new IllegalStateException("unhandled measure " + m.type());
            }
        }
        List<String> notes = new ArrayList<>();
        if (!absent.isEmpty()) {
            notes.add("not in this network, ignored: " + String.join(", ", absent));
        }
        return new PolicyWedges(model, tm, tx, ban, quotas, notes);
    }

    private static boolean[] members(CountrySelection sel, Map<String, Integer> resolved, int n) {
        boolean[] in = new boolean[n];
        if (sel.isAll()) {
            Arrays.fill(in, true);
            return in;
        }
        for (String id : new LinkedHashSet<>(sel.ids())) {
            Integer i = resolved.get(id);
            if (i != null) {
                in[i] = true;
            }
        }
        return in;
    }

    private interface PairAction {
        void apply(int r, int v);
    }

    private static void forPairs(boolean[] exporters, boolean[] importers, PairAction action) {
        for (int r = 0; r < exporters.length; r++) {
            if (!exporters[r]) {
                continue;
            }
            for (int v = 0; v < importers.length; v++) {
                if (importers[v] && r != v) {
                    action.apply(r, v);
                }
            }
        }
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, 1.0);
        return a;
    }

    /**
     * These wedges with a supply-price wedge added: exporter r's supply price rises by
     * {@code wedge.rate(r)} on all its sales, home sales included. The solvers see it exactly
     * as an export tax of that rate on every destination (the buyer pays
     * {@code Tm*Tx*(1+c)*p[r]}, supply answers {@code p[r]}), but it is a cost, not a revenue:
     * {@link ShockResult} leaves it out of export-tax revenue. Used by the value chain
     * ({@code org.tradenet.chain.ChainShock}) to pass input-price changes down a tier.
     *
     * <p>Complexity O(n²).
     */
    PolicyWedges withSupplyPriceWedge(GsimModel model, SupplyPriceWedge wedge) {
        int n = model.n;
        double[][] tx = new double[n][];
        double[] cost = new double[n];
        for (int r = 0; r < n; r++) {
            cost[r] = supplyCostPower[r] * (1 + wedge.rate(model.ids().get(r)));
            tx[r] = exportTaxPower[r].clone();
            for (int v = 0; v < n; v++) {
                tx[r][v] *= 1 + wedge.rate(model.ids().get(r));
            }
        }
        return new PolicyWedges(model, tariffPower, tx, prohibited, quotas, notes, cost);
    }

    /**
     * {@return 1 + the supply-price wedge of exporter r (1 without one)}
     *
     * @param r the exporter's index
     */
    public double supplyCostPower(int r) {
        return supplyCostPower[r];
    }

    /**
     * Countries with base trade whose every flow is prohibited: as importers (all their
     * suppliers) when {@code asImporter}, else as exporters (all their customers).
     */
    private static List<String> cutOff(GsimModel model, boolean[][] prohibited, boolean asImporter) {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < model.n; a++) {
            boolean any = false;
            boolean open = false;
            for (int b = 0; b < model.n; b++) {
                int r = asImporter ? b : a;
                int v = asImporter ? a : b;
                if (model.flows[r][v] > 0) {
                    any = true;
                    open |= !prohibited[r][v];
                }
            }
            if (any && !open) {
                out.add(model.ids().get(a));
            }
        }
        return out;
    }

    /**
     * {@return the new tariff power (1 + rate) v levies on r}
     *
     * @param r the exporter's index in the model
     * @param v the importer's index
     */
    public double tariffPower(int r, int v) {
        return tariffPower[r][v];
    }

    /**
     * {@return the new export-tax power (1 + rate) r levies on its sales to v}
     *
     * @param r the exporter's index in the model
     * @param v the importer's index
     */
    public double exportTaxPower(int r, int v) {
        return exportTaxPower[r][v];
    }

    /**
     * {@return true when the flow r → v is embargoed}
     *
     * @param r the exporter's index in the model
     * @param v the importer's index
     */
    public boolean prohibited(int r, int v) {
        return prohibited[r][v];
    }

    /** {@return what applying the scenario left out or implies (ignored countries, cut-off markets)} */
    public List<String> notes() {
        return notes;
    }

    /** {@return importers that lose every supplier} */
    public List<String> cutOffImporters() {
        return cutOffImporters;
    }

    /** {@return exporters that lose every customer} */
    public List<String> cutOffExporters() {
        return cutOffExporters;
    }

    /**
     * {@return true when some positive flow is embargoed}
     *
     * @param model the model these wedges apply to, for its base flows
     */
    public boolean anyProhibited(GsimModel model) {
        for (int r = 0; r < model.n; r++) {
            for (int v = 0; v < model.n; v++) {
                if (prohibited[r][v] && model.flows[r][v] > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
