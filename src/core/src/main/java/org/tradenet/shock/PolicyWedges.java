package org.tradenet.shock;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario applied to a model: the new tariff powers {@code Tm1[r][v]}, export-tax powers
 * {@code Tx1[r][v]} and the prohibited (embargoed) flows. The importer pays
 * {@code Tm1*Tx1*p[r]} for r's variety; base export taxes are zero ({@code Tx0 = 1}). Made by
 * {@link Scenario#apply(GsimModel)}; read-only.
 */
public final class PolicyWedges {

    final double[][] tariffPower;
    final double[][] exportTaxPower;
    final boolean[][] prohibited;
    private final List<String> notes;
    private final List<String> cutOffImporters;
    private final List<String> cutOffExporters;
    /** 1 + the supply-price wedge of each exporter (all 1 unless {@link #withSupplyPriceWedge}). */
    final double[] supplyCostPower;

    PolicyWedges(GsimModel model, double[][] tm1, double[][] tx1, boolean[][] prohibited, List<String> notes) {
        this(model, tm1, tx1, prohibited, notes, ones(model.n));
    }

    private PolicyWedges(GsimModel model, double[][] tm1, double[][] tx1, boolean[][] prohibited, List<String> notes,
                         double[] supplyCostPower) {
        this.supplyCostPower = supplyCostPower;
        this.tariffPower = tm1;
        this.exportTaxPower = tx1;
        this.prohibited = prohibited;
        List<String> inNotes = new ArrayList<>(notes);
        List<String> cutIm = cutOff(model, prohibited, true);
        List<String> cutEx = cutOff(model, prohibited, false);
        if (!cutIm.isEmpty()) {
            inNotes.add("cut off from every supplier: " + String.join(", ", cutIm) + ". Their imports fall to zero; in the levels "
                    + "form their composite import price is infinite and their consumer-surplus change is not defined (reported "
                    + "as null); the linear form gives its linear approximation");
        }
        if (!cutEx.isEmpty()) {
            inNotes.add("cut off from every customer: " + String.join(", ", cutEx) + ". Their sales fall to zero; in the levels form "
                    + "their world price falls to zero (change -100%)");
        }
        this.notes = List.copyOf(inNotes);
        this.cutOffImporters = List.copyOf(cutIm);
        this.cutOffExporters = List.copyOf(cutEx);
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
        return new PolicyWedges(model, tariffPower, tx, prohibited, notes, cost);
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
