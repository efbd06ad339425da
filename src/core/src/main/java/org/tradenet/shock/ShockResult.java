package org.tradenet.shock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;

/**
 * The outcome of a GSIM shock: prices, flows, totals, welfare, diagnostics and the post-shock
 * network. Values are USD of the base year. Trade change is valued three ways
 * ({@link Valuation}): "value" is at world prices, the prices buyers pay at the border, export
 * taxes included (what trade statistics record; the default); "producer value" is net of
 * export taxes (the exporter's price); "volume" is the quantity valued at base world prices
 * (1), so volume change = quantity change. Without export taxes the first two agree.
 * Changes are fractions. A result exists only for a converged solve.
 *
 * @param scenario    the scenario solved
 * @param form        the model form
 * @param base        what the base was (size, tariffs, elasticities)
 * @param countries   per country, in model order: trade before/after, price changes, welfare
 * @param flows       every positive base flow (self-flows = domestic sales included, flagged)
 * @param totals      international trade (self-flows excluded) before and after
 * @param diagnostics how the solve went
 * @param notes       what the scenario and the solver left out or assumed
 * @param postShock   the flows after the shock as a network (only when the model came from a
 *                    network; see {@link #postShockNetwork()})
 */
public record ShockResult(Scenario scenario, Form form, BaseInfo base, List<CountryChange> countries,
                          List<FlowChange> flows, TradeTotals totals, SolverDiagnostics diagnostics,
                          List<String> notes, TradeNetwork postShock) {

    /**
     * Copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param scenario    the scenario solved
     * @param form        the model form
     * @param base        what the base was (size, tariffs, elasticities)
     * @param countries   per country, in model order: trade before/after, price changes, welfare
     * @param flows       every positive base flow (self-flows = domestic sales included, flagged)
     * @param totals      international trade (self-flows excluded) before and after
     * @param diagnostics how the solve went
     * @param notes       what the scenario and the solver left out or assumed
     * @param postShock   the flows after the shock as a network (only when the model came from a network;
     *                    see {@link #postShockNetwork()})
     */
    public ShockResult {
        countries = List.copyOf(countries);
        flows = List.copyOf(flows);
        notes = List.copyOf(notes);
    }

    /**
     * The base a result came from.
     *
     * @param countries              countries in the model
     * @param tradeFlows             positive international flows
     * @param tariffSource           where base tariffs came from
     * @param defaultTariffRate      rate of flows no tariff line covered
     * @param flowsUsingDefaultTariff how many flows used it
     * @param elasticities           the elasticities
     */
    public record BaseInfo(int countries, int tradeFlows, String tariffSource, double defaultTariffRate,
                           int flowsUsingDefaultTariff, Elasticities elasticities) {
    }

    /**
     * One country's changes. Exports and imports are international (domestic sales left out),
     * values at world prices (export taxes included) unless named otherwise.
     *
     * @param id                   country id
     * @param exportsBefore        base exports
     * @param exportsAfter         exports after, value at world prices
     * @param producerExportsAfter exports after, value at producer prices (net of export taxes)
     * @param exportVolumeAfter    exports after, volume (quantity at base world prices)
     * @param importsBefore        base imports
     * @param importsAfter         imports after, value at world prices
     * @param worldPriceChange     change of its producer price p (the model's world price, before
     *                             any export tax); NaN when it sells nothing
     * @param compositePriceChange change of its composite price P1/P0 - 1; NaN when it buys nothing,
     *                             +Infinity when cut off from every supplier (levels form)
     * @param baseSales            X0: base sales at world prices, domestic sales included
     * @param baseSpending         E0: base spending on the composite at domestic (tariff-inclusive)
     *                             prices, home sales included
     * @param welfare              its welfare change
     */
    public record CountryChange(String id, double exportsBefore, double exportsAfter, double producerExportsAfter,
                                double exportVolumeAfter, double importsBefore, double importsAfter, double worldPriceChange,
                                double compositePriceChange, double baseSales, double baseSpending, WelfareChange welfare) {
    }

    /**
     * One flow before and after.
     *
     * @param exporter          exporter id
     * @param importer          importer id
     * @param valueBefore       base value at world prices
     * @param valueAfter        value at the new world prices, export tax included (what the buyer pays at the border)
     * @param producerValueAfter value at the new producer price, net of export tax
     * @param volumeAfter       new quantity valued at base world prices
     * @param tariffBefore      base ad valorem tariff (fraction)
     * @param tariffAfter       tariff after
     * @param exportTaxAfter    export tax after (base: 0)
     * @param embargoed         true when the scenario prohibits the flow
     */
    public record FlowChange(String exporter, String importer, double valueBefore, double valueAfter, double producerValueAfter,
                             double volumeAfter,
                             double tariffBefore, double tariffAfter, double exportTaxAfter, boolean embargoed) {

        /** {@return true for domestic sales} */
        public boolean domestic() {
            return exporter.equals(importer);
        }
    }

    /**
     * International trade (self-flows excluded) before and after.
     *
     * @param valueBefore        base value, USD (base export taxes are zero, so all three valuations agree)
     * @param valueAfter         value at the new world prices, export taxes included, USD
     * @param producerValueAfter value at the new producer prices, net of export taxes, USD
     * @param volumeAfter        quantity after, valued at base world prices, USD
     */
    public record TradeTotals(double valueBefore, double valueAfter, double producerValueAfter, double volumeAfter) {

        /** {@return the change of total value at world prices (export taxes included), a fraction; 0 when the base is 0} */
        public double valueChange() {
            return valueBefore > 0 ? valueAfter / valueBefore - 1 : 0.0;
        }

        /** {@return the change of total value at producer prices (net of export taxes), a fraction; 0 when the base is 0} */
        public double producerValueChange() {
            return valueBefore > 0 ? producerValueAfter / valueBefore - 1 : 0.0;
        }

        /**
         * {@return the total after, in a valuation, USD}
         *
         * @param v the valuation
         */
        public double after(Valuation v) {
            return switch (v) {
                case WORLD_PRICES -> valueAfter;
                case PRODUCER_PRICES -> producerValueAfter;
                case VOLUME -> volumeAfter;
            };
        }

        /**
         * {@return the change against the base value, a fraction, in a valuation; 0 when the base is 0}
         *
         * @param v the valuation
         */
        public double change(Valuation v) {
            return valueBefore > 0 ? after(v) / valueBefore - 1 : 0.0;
        }

        /** {@return the change of total volume (quantity at base world prices), a fraction; 0 when the base is 0} */
        public double volumeChange() {
            return valueBefore > 0 ? volumeAfter / valueBefore - 1 : 0.0;
        }
    }

    /** {@return the post-shock network, when the model came from a network} */
    public Optional<TradeNetwork> postShockNetwork() {
        return Optional.ofNullable(postShock);
    }

    /** {@return the world price change by exporter (countries with base sales), model order} */
    public Map<String, Double> worldPriceChange() {
        return byCountry(CountryChange::worldPriceChange);
    }

    /** {@return the composite import price change by importer (countries with base purchases), model order} */
    public Map<String, Double> compositePriceChange() {
        return byCountry(CountryChange::compositePriceChange);
    }

    private Map<String, Double> byCountry(java.util.function.ToDoubleFunction<CountryChange> f) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (CountryChange c : countries) {
            double v = f.applyAsDouble(c);
            if (!Double.isNaN(v)) {
                m.put(c.id(), v);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** {@return the welfare change by country, model order} */
    public Map<String, WelfareChange> welfare() {
        Map<String, WelfareChange> m = new LinkedHashMap<>();
        for (CountryChange c : countries) {
            m.put(c.id(), c.welfare());
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * {@return one country's changes, empty when the model has no such country}
     *
     * @param id the country id
     */
    public Optional<CountryChange> country(String id) {
        return countries.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Builds the public result from a solver's equilibrium: new values, the welfare accounts
     * of {@code GSIM.md} and the post-shock network.
     */
    static ShockResult assemble(GsimModel model, Scenario scenario, PolicyWedges w, Equilibrium eq) {
        int n = model.n;
        double[] x = eq.worldPriceChange();
        double[] dpc = eq.compositePriceChange();
        double[][] vol = eq.volume();
        double[] ps = new double[n];
        double[] cs = new double[n];
        double[] csText = new double[n];
        double[] tr = new double[n];
        double[] xr = new double[n];
        double[] expB = new double[n];
        double[] expA = new double[n];
        double[] impB = new double[n];
        double[] impA = new double[n];
        double[] expP = new double[n];
        double[] expV = new double[n];
        double valueBefore = 0;
        double valueAfter = 0;
        double producerAfter = 0;
        double volumeAfter = 0;
        List<FlowChange> flows = new ArrayList<>();
        double[][] value1 = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int v = 0; v < n; v++) {
                double m0 = model.flows[r][v];
                if (m0 <= 0) {
                    continue;
                }
                double m1 = vol[r][v] * (1 + x[r]);
                double tm0 = model.tariffPower[r][v];
                double tm1 = w.tariffPower[r][v];
                double tx1 = w.exportTaxPower[r][v];
                double border = tx1 * m1;
                value1[r][v] = border;
                tr[v] += (tm1 - 1) * tx1 * m1 - (tm0 - 1) * m0;
                xr[r] += (tx1 / w.supplyCostPower[r] - 1) * m1;   // a supply-price wedge is a cost, not revenue
                flows.add(new FlowChange(model.ids().get(r), model.ids().get(v), m0, border, m1, vol[r][v], tm0 - 1, tm1 - 1,
                        tx1 / w.supplyCostPower[r] - 1, w.prohibited[r][v]));
                if (r != v) {
                    valueBefore += m0;
                    valueAfter += border;
                    producerAfter += m1;
                    volumeAfter += vol[r][v];
                    expB[r] += m0;
                    expA[r] += border;
                    expP[r] += m1;
                    expV[r] += vol[r][v];
                    impB[v] += m0;
                    impA[v] += border;
                }
            }
        }
        List<CountryChange> countries = new ArrayList<>(n);
        boolean levels = eq.diagnostics().form() == Form.LEVELS;
        for (int i = 0; i < n; i++) {
            double sales = model.sales(i);
            double spending = model.spending(i);
            double ex = model.exportSupply[i];
            double em = model.importDemand[i];
            double d = dpc[i];
            if (levels) {
                ps[i] = x[i] == 0 || sales <= 0 ? 0.0 : Welfare.exactProducerSurplus(sales, x[i], ex);
            } else {
                ps[i] = x[i] == 0 ? 0.0 : sales * x[i] * (1 + 0.5 * ex * x[i]);
            }
            if (spending <= 0) {
                cs[i] = 0;
                csText[i] = 0;
            } else if (Double.isNaN(d)) {
                cs[i] = Double.NaN;
                csText[i] = Double.NaN;
            } else if (levels) {
                cs[i] = Welfare.exactConsumerSurplus(spending, d, em);
                csText[i] = Double.isInfinite(d) ? Double.NaN : -spending * d * (1 + 0.5 * em * d);
            } else if (Double.isInfinite(d)) {
                cs[i] = Double.NaN;
                csText[i] = Double.NaN;
            } else {
                cs[i] = 0.5 * em * spending * d * Math.abs(d) - spending * d;
                csText[i] = -spending * d * (1 + 0.5 * em * d);
            }
            countries.add(new CountryChange(model.ids().get(i), expB[i], expA[i], expP[i], expV[i], impB[i], impA[i],
                    sales > 0 ? x[i] : Double.NaN, spending > 0 ? d : Double.NaN, sales, spending,
                    WelfareChange.of(ps[i], cs[i], csText[i], tr[i], xr[i])));
        }
        List<String> notes = new ArrayList<>(model.tariffNotes());
        notes.addAll(w.notes());
        notes.addAll(eq.notes());
        BaseInfo base = new BaseInfo(n, model.tradeFlows(), model.tariffSource(), model.defaultTariffRate(),
                model.flowsUsingDefaultTariff(), model.elasticities());
        TradeNetwork post = model.network().map(net -> postShock(net, model, scenario, eq, value1)).orElse(null);
        return new ShockResult(scenario, eq.diagnostics().form(), base, countries, flows,
                new TradeTotals(valueBefore, valueAfter, producerAfter, volumeAfter), eq.diagnostics(), notes, post);
    }

    private static TradeNetwork postShock(TradeNetwork net, GsimModel model, Scenario scenario, Equilibrium eq, double[][] value1) {
        Map<String, TradeLink> base = new HashMap<>();
        for (TradeLink l : net.links()) {
            base.put(l.exporter() + "\u0000" + l.importer(), l);
        }
        List<TradeLink> links = new ArrayList<>();
        int dropped = 0;
        for (int r = 0; r < model.n; r++) {
            for (int v = 0; v < model.n; v++) {
                if (model.flows[r][v] <= 0) {
                    continue;
                }
                if (!(value1[r][v] > 0)) {
                    dropped++;
                    continue;
                }
                String e = model.ids().get(r);
                String i = model.ids().get(v);
                TradeLink b = base.get(e + "\u0000" + i);
                double ratio = eq.volume()[r][v] / model.flows[r][v];
                double tonnes = b == null ? Double.NaN : b.quantityTonnes() * ratio;
                links.add(new TradeLink(e, i, value1[r][v], tonnes, b == null ? 1 : b.productFlows(), value1[r][v]));
            }
        }
        List<String> notes = new ArrayList<>();
        String form = eq.diagnostics().form().name().toLowerCase(java.util.Locale.ROOT);
        notes.add("flows after scenario " + scenario.name() + " (GSIM, " + form + " form): values at the new world prices, "
                + "export taxes included (USD of the base year), quantities scaled by the volume change");
        if (dropped > 0) {
            notes.add(dropped + " flows fall to zero (or below zero in the linear approximation) and are left out");
        }
        return net.withLinks(net.name() + " after " + scenario.name() + " (" + form + ")", links, notes);
    }
}
