package org.tradenet.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shortage cascade down a {@link ValueChain}: a supply cut or an export ban at one tier,
 * passed down tier by tier as lost inputs.
 *
 * <p>Definition (per tier t, supply shares {@code S} and outputs {@code Y} of
 * {@link TierSupply}):
 * <pre>
 * direct[k]   = 1 - prod (1 - share)        over the supply cuts hitting k at tier t
 * up[k]       = l^{t-1}[k]                   k's supply loss at the tier before (0 at the first
 *                                            tier, and for k without supply there: counted)
 * lambda[k]   = 1 - (1 - direct[k]) * (1 - (1 - sigma) * up[k])    share of k's output lost
 * lambda[k,c] = 1 if k's sales to c are banned, else lambda[k]     (home sales are never banned)
 * l[c]        = sum_k S[c][k] * lambda[k,c]                       c's supply loss, home included
 * </pre>
 * {@code sigma} in [0, 1] is the share of a lost input a producer can replace (0: Leontief,
 * output falls one for one with inputs). The loss in value is {@code l[c]*U[c]}.
 *
 * <p><b>Re-routing</b> (optional, after Laber et al. 2023): with a spare-capacity share
 * {@code kappa > 0}, a buyer asks its unaffected suppliers (those with {@code lambda[k,c] = 0},
 * home included) for its lost supply {@code l[c]*U[c]}, split in proportion to what each
 * supplied it; supplier k grants at most {@code kappa*Y[k]} in all, scaled down pro rata when
 * asked for more; what is granted is not lost. One round per tier; the reduced losses are what
 * the next tier's producers lose. Both runs, without and with re-routing, are reported.
 *
 * <p>Complexity O(T·n²) for T tiers and n countries. Deterministic.
 *
 * <p>References: Laber, M., Klimek, P., Bruckner, M., Yang, L. and Thurner, S. (2023),
 * "Shock propagation from the Russia–Ukraine conflict on international multilayer food
 * production network determines global food availability", Nature Food 4, 508–517,
 * doi:10.1038/s43016-023-00771-4.
 */
public final class ShortageCascade {

    private final Parameters parameters;

    /**
     * Settings of a cascade.
     *
     * @param inputSubstitution sigma in [0, 1], the share of a lost input producers replace
     * @param spareCapacity     kappa in [0, 1], spare capacity of unaffected suppliers as a share
     *                          of their output; 0 runs no re-routing
     */
    public record Parameters(double inputSubstitution, double spareCapacity) {
        /**
         * Checks the ranges.
         *
         * @param inputSubstitution sigma in [0, 1], the share of a lost input producers replace
         * @param spareCapacity     kappa in [0, 1], spare capacity of unaffected suppliers as a share
         *                          of their output; 0 runs no re-routing
         * @throws IllegalArgumentException when a share is not in [0, 1]
         */
        public Parameters {
            if (!(inputSubstitution >= 0 && inputSubstitution <= 1)) {
                throw new IllegalArgumentException("input substitution must be in [0, 1], was " + inputSubstitution);
            }
            if (!(spareCapacity >= 0 && spareCapacity <= 1)) {
                throw new IllegalArgumentException("spare capacity must be a share in [0, 1], was " + spareCapacity);
            }
        }

        /** {@return the default settings: sigma = 0 (Leontief), no re-routing} */
        public static Parameters defaults() {
            return new Parameters(0.0, 0.0);
        }

        /**
         * {@return these settings with another input substitution}
         *
         * @param s sigma in [0, 1]
         */
        public Parameters withInputSubstitution(double s) {
            return new Parameters(s, spareCapacity);
        }

        /**
         * {@return these settings with another spare capacity}
         *
         * @param k kappa in [0, 1]; 0 runs no re-routing
         */
        public Parameters withSpareCapacity(double k) {
            return new Parameters(inputSubstitution, k);
        }
    }

    /**
     * One tier's losses, by country id of the chain, largest value first.
     *
     * @param tier        the tier's name
     * @param unit        unit of the values
     * @param outputLoss  lambda[k], share of each producer's output lost (producers with a loss)
     * @param supplyLoss  l[c], share of each buyer's supply lost (buyers with a loss)
     * @param lossValue   l[c]*U[c], in {@code unit}
     * @param totalSupply sum_c U[c]
     * @param totalLoss   sum_c l[c]*U[c]
     */
    public record TierLoss(String tier, String unit, Map<String, Double> outputLoss, Map<String, Double> supplyLoss,
                           Map<String, Double> lossValue, double totalSupply, double totalLoss) {
        /**
         * Copies the maps, keeping their order (largest value first).
         *
         * @param tier        the tier's name
         * @param unit        unit of the values
         * @param outputLoss  lambda[k], share of each producer's output lost (producers with a loss)
         * @param supplyLoss  l[c], share of each buyer's supply lost (buyers with a loss)
         * @param lossValue   l[c]*U[c], in {@code unit}
         * @param totalSupply sum_c U[c]
         * @param totalLoss   sum_c l[c]*U[c]
         */
        public TierLoss {
            outputLoss = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputLoss));
            supplyLoss = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(supplyLoss));
            lossValue = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lossValue));
        }

        /**
         * c's supply loss share, 0 when it lost nothing.
         *
         * @param c a country id of the chain
         * @return l[c], the share of c's supply lost, in [0, 1]
         */
        public double supplyLoss(String c) {
            return supplyLoss.getOrDefault(c, 0.0);
        }
    }

    /**
     * A cascade's outcome.
     *
     * @param scenario   the scenario
     * @param parameters the settings
     * @param tiers      losses per tier without re-routing, upstream first
     * @param rerouted   losses per tier with re-routing; empty when spare capacity is 0
     * @param notes      what the run assumed (producers without recorded inputs)
     */
    public record Result(ChainScenario scenario, Parameters parameters, List<TierLoss> tiers, List<TierLoss> rerouted,
                         List<String> notes) {
        /**
         * Copies the lists into unmodifiable lists.
         *
         * @param scenario   the scenario
         * @param parameters the settings
         * @param tiers      losses per tier without re-routing, upstream first
         * @param rerouted   losses per tier with re-routing; empty when spare capacity is 0
         * @param notes      what the run assumed (producers without recorded inputs)
         */
        public Result {
            tiers = List.copyOf(tiers);
            rerouted = List.copyOf(rerouted);
            notes = List.copyOf(notes);
        }
    }

    private ShortageCascade(Parameters parameters) {
        this.parameters = parameters;
    }

    /**
     * A cascade with these settings.
     *
     * @param parameters input substitution and spare capacity
     * @return a cascade
     */
    public static ShortageCascade of(Parameters parameters) {
        return new ShortageCascade(java.util.Objects.requireNonNull(parameters, "parameters"));
    }

    /** {@return a cascade with sigma = 0 (Leontief), no re-routing} */
    public static ShortageCascade defaults() {
        return of(Parameters.defaults());
    }

    /** {@return the settings} */
    public Parameters parameters() {
        return parameters;
    }

    /**
     * Runs the scenario down the chain.
     *
     * @param chain the value chain
     * @param scenario the measures (supply cuts, export bans)
     * @return the losses per tier, with and without re-routing
     * @throws IllegalArgumentException when the scenario names tiers or countries the chain lacks
     */
    public Result run(ValueChain chain, ChainScenario scenario) {
        scenario.checkAgainst(chain);
        List<String> notes = new ArrayList<>();
        List<TierLoss> plain = cascade(chain, scenario, 0.0, notes);
        List<TierLoss> rerouted = parameters.spareCapacity() > 0
                ? cascade(chain, scenario, parameters.spareCapacity(), new ArrayList<>()) : List.of();
        return new Result(scenario, parameters, plain, rerouted, notes);
    }

    private List<TierLoss> cascade(ValueChain chain, ChainScenario scenario, double kappa, List<String> notes) {
        List<String> ids = chain.countries();
        int n = ids.size();
        double sigma = parameters.inputSubstitution();
        List<TierLoss> out = new ArrayList<>();
        double[] previousLoss = null;
        TierSupply previous = null;
        for (TierSupply ts : chain.supplies()) {
            String tier = ts.tier().name();
            double[] keep = new double[n];
            java.util.Arrays.fill(keep, 1.0);
            boolean[][] banned = new boolean[n][];
            for (ChainScenario.Measure m : scenario.measures()) {
                if (!m.tier().equals(tier)) {
                    continue;
                }
                for (String e : m.exporters()) {
                    int k = chain.indexOf(e).orElseThrow();
                    if (m instanceof ChainScenario.SupplyCut cut) {
                        keep[k] *= 1 - cut.share();
                    } else if (m instanceof ChainScenario.ExportBan ban) {
                        if (banned[k] == null) {
                            banned[k] = new boolean[n];
                        }
                        for (int c = 0; c < n; c++) {
                            banned[k][c] |= c != k && (ban.importers().isEmpty() || ban.importers().contains(ids.get(c)));
                        }
                    }
                }
            }
            double[] lambda = new double[n];
            List<String> noInputs = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (ts.output(k) <= 0) {
                    continue;
                }
                double up = 0;
                if (previous != null) {
                    if (previous.supply(k) > 0) {
                        up = previousLoss[k];
                    } else {
                        noInputs.add(ids.get(k));
                    }
                }
                lambda[k] = 1 - keep[k] * (1 - (1 - sigma) * up);
            }
            if (!noInputs.isEmpty() && notes != null) {
                notes.add(tier + ": " + noInputs.size() + " producers have no recorded supply at the tier before and are "
                        + "treated as unaffected by upstream shortages");
            }
            double[] loss = new double[n];
            double[] lost = new double[n];
            for (int c = 0; c < n; c++) {
                double u = ts.supply(c);
                if (u <= 0) {
                    continue;
                }
                double l = 0;
                for (int k = 0; k < n; k++) {
                    double f = ts.flow(k, c);
                    if (f > 0) {
                        l += f * linkLoss(lambda, banned, k, c);
                    }
                }
                lost[c] = l;
            }
            if (kappa > 0) {
                reroute(ts, lambda, banned, lost, kappa);
            }
            double totalSupply = 0;
            double totalLoss = 0;
            for (int c = 0; c < n; c++) {
                double u = ts.supply(c);
                totalSupply += u;
                totalLoss += lost[c];
                loss[c] = u > 0 ? lost[c] / u : 0.0;
            }
            out.add(tierLoss(ts, ids, lambda, loss, lost, totalSupply, totalLoss));
            previousLoss = loss;
            previous = ts;
        }
        return out;
    }

    private static double linkLoss(double[] lambda, boolean[][] banned, int k, int c) {
        return banned[k] != null && banned[k][c] ? 1.0 : lambda[k];
    }

    /** One round of re-routing to unaffected suppliers; reduces {@code lost} in place. */
    private static void reroute(TierSupply ts, double[] lambda, boolean[][] banned, double[] lost, double kappa) {
        int n = lost.length;
        double[][] ask = new double[n][];
        double[] asked = new double[n];
        for (int c = 0; c < n; c++) {
            if (lost[c] <= 0) {
                continue;
            }
            double open = 0;
            for (int k = 0; k < n; k++) {
                if (ts.flow(k, c) > 0 && linkLoss(lambda, banned, k, c) == 0) {
                    open += ts.flow(k, c);
                }
            }
            if (open <= 0) {
                continue;
            }
            ask[c] = new double[n];
            for (int k = 0; k < n; k++) {
                if (ts.flow(k, c) > 0 && linkLoss(lambda, banned, k, c) == 0) {
                    ask[c][k] = lost[c] * ts.flow(k, c) / open;
                    asked[k] += ask[c][k];
                }
            }
        }
        for (int c = 0; c < n; c++) {
            if (ask[c] == null) {
                continue;
            }
            double granted = 0;
            for (int k = 0; k < n; k++) {
                if (ask[c][k] > 0) {
                    granted += ask[c][k] * Math.min(1.0, kappa * ts.output(k) / asked[k]);
                }
            }
            lost[c] = Math.max(0, lost[c] - granted);
        }
    }

    private static TierLoss tierLoss(TierSupply ts, List<String> ids, double[] lambda, double[] loss, double[] lost,
                                     double totalSupply, double totalLoss) {
        int n = ids.size();
        List<Integer> producers = new ArrayList<>();
        List<Integer> buyers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (lambda[i] > 0) {
                producers.add(i);
            }
            if (lost[i] > 0) {
                buyers.add(i);
            }
        }
        producers.sort(Comparator.comparingDouble((Integer k) -> -lambda[k] * ts.output(k)).thenComparing(k -> k));
        buyers.sort(Comparator.comparingDouble((Integer c) -> -lost[c]).thenComparing(c -> c));
        Map<String, Double> out = new LinkedHashMap<>();
        producers.forEach(k -> out.put(ids.get(k), lambda[k]));
        Map<String, Double> share = new LinkedHashMap<>();
        Map<String, Double> value = new LinkedHashMap<>();
        for (int c : buyers) {
            share.put(ids.get(c), loss[c]);
            value.put(ids.get(c), lost[c]);
        }
        return new TierLoss(ts.tier().name(), ts.tier().unit(), out, share, value, totalSupply, totalLoss);
    }
}
