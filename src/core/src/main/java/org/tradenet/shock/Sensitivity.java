package org.tradenet.shock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * How a shock's headline figures move when the elasticities are uncertain: each of N draws
 * takes one global import-demand, substitution and export-supply elasticity, independently
 * and uniformly from {@link Ranges}, solves the scenario, and the figures are summarised by
 * their mean and 5th and 95th percentiles (linear interpolation between order statistics).
 * World trade is summarised in each {@link Valuation}: at world prices (export taxes included,
 * the headline), at producer prices and in volume.
 * Per-country elasticity overrides of the model are replaced by the draws.
 *
 * <p>Randomised, deterministic per seed: draws come from one {@link SplittableRandom} seeded
 * with the seed, three numbers per draw in the order import demand, substitution, export
 * supply. A draw whose levels solve does not converge is left out and counted; if none
 * converges the run fails.
 *
 * <p>Complexity: N solves.
 */
public final class Sensitivity {

    /**
     * Uniform ranges for the three elasticities.
     *
     * <p>Defaults and their reasoning: import demand U[-2, -0.5] spans the bulk of the
     * product-level import-demand elasticities estimated by Kee, Nicita &amp; Olarreaga (2008,
     * Review of Economics and Statistics 90(4), doi:10.1162/rest.90.4.666) around GSIM's -1.25;
     * substitution U[2, 10] spans the range of Armington elasticities used for intermediate
     * goods in CGE work (GTAP's values for chemicals and metals lie in it) around GSIM's 5;
     * export supply U[0.5, 5] runs from tight mine-and-refinery capacity to elastic supply
     * around GSIM's 1.5. They are judgement ranges for a sensitivity check, not estimates for
     * rare earths.
     *
     * @param importDemandMin  lower end (most elastic), negative
     * @param importDemandMax  upper end, negative
     * @param substitutionMin  lower end, positive
     * @param substitutionMax  upper end
     * @param exportSupplyMin  lower end, positive
     * @param exportSupplyMax  upper end, finite
     */
    public record Ranges(double importDemandMin, double importDemandMax, double substitutionMin, double substitutionMax,
                         double exportSupplyMin, double exportSupplyMax) {

        /**
         * Checks the components.
         *
         * @param importDemandMin lower end (most elastic), negative
         * @param importDemandMax upper end, negative
         * @param substitutionMin lower end, positive
         * @param substitutionMax upper end
         * @param exportSupplyMin lower end, positive
         * @param exportSupplyMax upper end, finite
         */
        public Ranges {
            if (!(importDemandMin <= importDemandMax) || !(importDemandMax < 0)) {
                throw new IllegalArgumentException("import-demand range must be negative and ordered, was ["
                        + importDemandMin + ", " + importDemandMax + "]");
            }
            if (!(substitutionMin <= substitutionMax) || !(substitutionMin > 0) || Double.isInfinite(substitutionMax)) {
                throw new IllegalArgumentException("substitution range must be positive, finite and ordered, was ["
                        + substitutionMin + ", " + substitutionMax + "]");
            }
            if (!(exportSupplyMin <= exportSupplyMax) || !(exportSupplyMin > 0) || Double.isInfinite(exportSupplyMax)) {
                throw new IllegalArgumentException("export-supply range must be positive, finite and ordered, was ["
                        + exportSupplyMin + ", " + exportSupplyMax + "]");
            }
        }

        /** {@return the defaults: import demand U[-2, -0.5], substitution U[2, 10], export supply U[0.5, 5]} */
        public static Ranges defaults() {
            return new Ranges(-2.0, -0.5, 2.0, 10.0, 0.5, 5.0);
        }
    }

    /**
     * A figure's distribution over the draws.
     *
     * @param mean  the mean
     * @param p05   5th percentile
     * @param p95   95th percentile
     */
    public record Band(double mean, double p05, double p95) {

        static Band of(double[] values) {
            if (values.length == 0) {
                return new Band(Double.NaN, Double.NaN, Double.NaN);
            }
            double[] s = values.clone();
            Arrays.sort(s);
            return new Band(Arrays.stream(s).average().orElse(Double.NaN), quantile(s, 0.05), quantile(s, 0.95));
        }

        private static double quantile(double[] sorted, double p) {
            double h = p * (sorted.length - 1);
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, sorted.length - 1);
            return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        }
    }

    /**
     * The summary of a sensitivity run.
     *
     * @param samples          draws requested
     * @param seed             the seed
     * @param ranges           the ranges drawn from
     * @param form             the model form
     * @param converged        draws that solved
     * @param tradeChange      total trade change (fraction) in each {@link Valuation}: at world prices
     *                         (export taxes included, the headline), at producer prices (net of
     *                         export taxes) and in volume
     * @param worldPriceChange world price change of the headline exporters
     * @param welfare          total welfare change of the headline countries, USD
     */
    public record Result(int samples, long seed, Ranges ranges, Form form, int converged, Map<Valuation, Band> tradeChange,
                         Map<String, Band> worldPriceChange, Map<String, Band> welfare) {

        /**
         * Copies the collections and arrays it is given, so the record stays immutable.
         *
         * @param samples          draws requested
         * @param seed             the seed
         * @param ranges           the ranges drawn from
         * @param form             the model form
         * @param converged        draws that solved
         * @param tradeChange      total trade change (fraction) in each {@link Valuation}: at world prices
         *                         (export taxes included, the headline), at producer prices (net of
         *                         export taxes) and in volume
         * @param worldPriceChange world price change of the headline exporters
         * @param welfare          total welfare change of the headline countries, USD
         */
        public Result {
            for (Valuation v : Valuation.values()) {
                if (!tradeChange.containsKey(v)) {
                    throw new IllegalArgumentException("a sensitivity result needs the trade change in every valuation; "
                            + v + " is missing");
                }
            }
            tradeChange = java.util.Collections.unmodifiableMap(new EnumMap<>(tradeChange));
            worldPriceChange = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(worldPriceChange));
            welfare = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(welfare));
        }

        /**
         * {@return the band of the total trade change (fraction) in a valuation}
         *
         * @param v the valuation
         */
        public Band tradeChange(Valuation v) {
            return tradeChange.get(v);
        }

        /** {@return the band of the total trade change at world prices, export taxes included (the headline), a fraction} */
        public Band valueChange() {
            return tradeChange(Valuation.WORLD_PRICES);
        }

        /** {@return the band of the total trade change at producer prices, net of export taxes, a fraction} */
        public Band producerValueChange() {
            return tradeChange(Valuation.PRODUCER_PRICES);
        }

        /** {@return the band of the total trade volume change (quantity at base world prices), a fraction} */
        public Band volumeChange() {
            return tradeChange(Valuation.VOLUME);
        }

        /** {@return draws left out because they did not converge} */
        public int failed() {
            return samples - converged;
        }
    }

    private Sensitivity() {
    }

    /**
     * Runs the draws.
     *
     * @param model     the base (its elasticities are replaced per draw)
     * @param scenario  the scenario
     * @param solver    the solver (form)
     * @param ranges    where elasticities are drawn from
     * @param samples   number of draws, at least 2
     * @param seed      the seed
     * @param exporters whose world price change to summarise
     * @param countries whose welfare to summarise
     * @param progress  called with the number of draws done after each draw
     * @return the spread (quantiles) of each headline figure over the draws that converged
     * @throws ShockNotConvergedException when no draw converges
     */
    public static Result run(GsimModel model, Scenario scenario, ShockSolver solver, Ranges ranges, int samples, long seed,
                             List<String> exporters, List<String> countries, IntConsumer progress) {
        if (samples < 2) {
            throw new IllegalArgumentException("a sensitivity run needs at least 2 samples, was " + samples);
        }
        PolicyWedges.of(model, scenario);
        SplittableRandom rng = new SplittableRandom(seed);
        List<ShockResult> ok = new ArrayList<>();
        ShockNotConvergedException last = null;
        for (int i = 0; i < samples; i++) {
            double em = uniform(rng, ranges.importDemandMin(), ranges.importDemandMax());
            double es = uniform(rng, ranges.substitutionMin(), ranges.substitutionMax());
            double ex = uniform(rng, ranges.exportSupplyMin(), ranges.exportSupplyMax());
            GsimModel drawn = model.withElasticities(new Elasticities(em, es, ex, Map.of(), Map.of(), Map.of()));
            try {
                ok.add(solver.solve(drawn, scenario));
            } catch (ShockNotConvergedException e) {
                last = e;
            }
            progress.accept(i + 1);
        }
        if (ok.isEmpty()) {
            throw new ShockNotConvergedException("no draw of the sensitivity run converged; the last: " + last.getMessage(),
                    last.diagnostics());
        }
        Map<String, Band> prices = new LinkedHashMap<>();
        for (String id : exporters) {
            prices.put(id, Band.of(ok.stream().mapToDouble(r -> r.worldPriceChange().getOrDefault(id, Double.NaN)).toArray()));
        }
        Map<String, Band> welfare = new LinkedHashMap<>();
        for (String id : countries) {
            welfare.put(id, Band.of(ok.stream().mapToDouble(r -> r.welfare().get(id).total()).filter(d -> !Double.isNaN(d)).toArray()));
        }
        Map<Valuation, Band> trade = new EnumMap<>(Valuation.class);
        for (Valuation v : Valuation.values()) {
            trade.put(v, Band.of(ok.stream().mapToDouble(r -> r.totals().change(v)).toArray()));
        }
        return new Result(samples, seed, ranges, solver.form(), ok.size(), trade, prices, welfare);
    }

    private static double uniform(SplittableRandom rng, double lo, double hi) {
        return lo == hi ? lo : lo + (hi - lo) * rng.nextDouble();
    }

    /**
     * {@return the {@code k} largest exporters by base international sales, largest first}
     *
     * @param model the model
     * @param k     how many
     */
    public static List<String> largestExporters(GsimModel model, int k) {
        return largest(model, k, i -> exports(model, i));
    }

    /**
     * {@return the {@code k} largest traders by base international exports plus imports, largest first}
     *
     * @param model the model
     * @param k     how many
     */
    public static List<String> largestTraders(GsimModel model, int k) {
        return largest(model, k, i -> exports(model, i) + imports(model, i));
    }

    private static double exports(GsimModel m, int i) {
        double s = 0;
        for (int v = 0; v < m.n; v++) {
            s += v == i ? 0 : m.flows[i][v];
        }
        return s;
    }

    private static double imports(GsimModel m, int i) {
        double s = 0;
        for (int r = 0; r < m.n; r++) {
            s += r == i ? 0 : m.flows[r][i];
        }
        return s;
    }

    private static List<String> largest(GsimModel m, int k, java.util.function.IntToDoubleFunction size) {
        return IntStream.range(0, m.n).boxed()
                .filter(i -> size.applyAsDouble(i) > 0)
                .sorted(Comparator.<Integer>comparingDouble(size::applyAsDouble).reversed().thenComparing(i -> m.ids().get(i)))
                .limit(k).map(i -> m.ids().get(i)).toList();
    }
}
