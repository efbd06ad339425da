package org.tradenet.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.tradenet.shock.Elasticities;
import org.tradenet.shock.GsimModel;
import org.tradenet.shock.LevelsSolver;
import org.tradenet.shock.LinearSolver;
import org.tradenet.shock.Scenario;
import org.tradenet.shock.ShockResult;
import org.tradenet.shock.ShockSolver;
import org.tradenet.shock.SupplyPriceWedge;

/**
 * Price transmission down a {@link ValueChain}: GSIM (Francois &amp; Hall 2003) solved tier by
 * tier, each tier's input-price changes passed to the next tier as a supply-price wedge.
 *
 * <p>Definition. Each tier t is one GSIM market: the countries with output or supply at the
 * tier, base flows {@code W[k][c]} and home sales {@code H[c]} on the diagonal (values at
 * world prices 1; tonnes for a tier without trade values, as quantities at base price 1), no
 * tariffs, the given elasticities. The measures at tier t enter as:
 * <ul>
 * <li>a supply cut of share s by k: k's supply curve shifts in to {@code (1-s)*K*p^Ex}, the
 *     supply-price wedge {@code (1-s)^(-1/Ex) - 1} on all k's sales (home included);</li>
 * <li>an export ban: GSIM's embargo on k's sales to the named importers (home sales untouched).</li>
 * </ul>
 * The input cost passed down: with {@code dPc^{t-1}[k]} the change of k's composite price of
 * the tier before (all its suppliers, home included) and {@code a_t} the tier's
 * {@code inputCostShare}, k's supply price of tier t rises by
 * <pre>
 * c_t[k] = (1 + direct[k]) * (1 + a_t * dPc^{t-1}[k]) - 1
 * </pre>
 * a {@link SupplyPriceWedge} on all k's sales of tier t, home included. Tiers are solved from
 * upstream down; nothing feeds back upstream. Each form (linear, levels) passes its own
 * composite price changes down. With {@code a_t = 0} the tiers are independent and each equals
 * single-product GSIM on its own measures.
 *
 * <p>Complexity: one GSIM solve per tier and form (see {@link LinearSolver},
 * {@link LevelsSolver}). Deterministic.
 */
public final class ChainShock {

    private final Parameters parameters;

    /**
     * Settings.
     *
     * @param elasticities GSIM elasticities (per-country values apply in the tiers that have the country)
     * @param levels       the levels-form solver
     */
    public record Parameters(Elasticities elasticities, LevelsSolver levels) {
        /**
         * Checks that neither setting is null.
         *
         * @param elasticities GSIM elasticities (per-country values apply in the tiers that have the country)
         * @param levels       the levels-form solver
         */
        public Parameters {
            Objects.requireNonNull(elasticities, "elasticities");
            Objects.requireNonNull(levels, "levels");
        }

        /** {@return Francois &amp; Hall's elasticities, the levels solver's defaults} */
        public static Parameters defaults() {
            return new Parameters(Elasticities.defaults(), LevelsSolver.defaults());
        }

        /**
         * {@return these settings with other elasticities}
         *
         * @param e the GSIM elasticities
         */
        public Parameters withElasticities(Elasticities e) {
            return new Parameters(e, levels);
        }
    }

    /**
     * One tier's solve.
     *
     * @param tier        the tier's name
     * @param unit        unit of values (USD, or tonnes at base price 1)
     * @param result      GSIM's result for the tier
     * @param wedge       the supply-price wedge applied (direct and passed down, combined)
     * @param inputCost   the part passed down from the tier before, {@code a_t * dPc^{t-1}[k]}, by producer
     */
    public record TierShock(String tier, String unit, ShockResult result, SupplyPriceWedge wedge,
                            Map<String, Double> inputCost) {
        /**
         * Copies the input costs into an unmodifiable map.
         *
         * @param tier        the tier's name
         * @param unit        unit of values (USD, or tonnes at base price 1)
         * @param result      GSIM's result for the tier
         * @param wedge       the supply-price wedge applied (direct and passed down, combined)
         * @param inputCost   the part passed down from the tier before, {@code a_t * dPc^{t-1}[k]}, by producer
         */
        public TierShock {
            inputCost = Map.copyOf(inputCost);
        }
    }

    /**
     * The outcome in both forms.
     *
     * @param scenario the scenario
     * @param linear   per tier, linear form, upstream first
     * @param levels   per tier, levels form, upstream first
     */
    public record Result(ChainScenario scenario, List<TierShock> linear, List<TierShock> levels) {
        /**
         * Copies the per-tier lists.
         *
         * @param scenario the scenario
         * @param linear   per tier, linear form, upstream first
         * @param levels   per tier, levels form, upstream first
         */
        public Result {
            linear = List.copyOf(linear);
            levels = List.copyOf(levels);
        }
    }

    private ChainShock(Parameters parameters) {
        this.parameters = parameters;
    }

    /**
     * A chain shock with these settings.
     *
     * @param parameters the settings (elasticities, levels solver)
     * @return a chain shock
     */
    public static ChainShock of(Parameters parameters) {
        return new ChainShock(Objects.requireNonNull(parameters, "parameters"));
    }

    /** {@return a chain shock with default elasticities and levels solver} */
    public static ChainShock defaults() {
        return of(Parameters.defaults());
    }

    /** {@return the settings} */
    public Parameters parameters() {
        return parameters;
    }

    /**
     * Solves the scenario down the chain in both forms.
     *
     * @param chain the value chain
     * @param scenario the measures, checked against the chain
     * @return per tier, the GSIM result in the linear and the levels form
     * @throws IllegalArgumentException when the scenario names tiers or countries the chain
     *                                  lacks, cuts a supply by 100% (no finite price wedge: use an
     *                                  export ban), or is beyond the linear form's range
     * @throws org.tradenet.shock.ShockNotConvergedException when a levels solve does not converge
     */
    public Result run(ValueChain chain, ChainScenario scenario) {
        scenario.checkAgainst(chain);
        return new Result(scenario, solve(chain, scenario, LinearSolver.create()), solve(chain, scenario, parameters.levels()));
    }

    /**
     * The tiers solved with one solver.
     *
     * @param chain the value chain
     * @param scenario the measures, checked against the chain
     * @param solver the GSIM solver (linear or levels form)
     * @return per tier, upstream first, the solve with its supply-price wedge and the input cost passed down
     */
    public List<TierShock> solve(ValueChain chain, ChainScenario scenario, ShockSolver solver) {
        scenario.checkAgainst(chain);
        List<TierShock> out = new ArrayList<>();
        Map<String, Double> previousPc = Map.of();
        for (TierSupply ts : chain.supplies()) {
            GsimModel model = model(chain, ts);
            String tier = ts.tier().name();
            double share = ts.tier().inputCostShare();
            Map<String, Double> inputCost = new HashMap<>();
            Map<String, Double> wedge = new HashMap<>();
            List<org.tradenet.shock.Measure> bans = new ArrayList<>();
            Map<String, Double> keep = new HashMap<>();
            for (ChainScenario.Measure m : scenario.measures()) {
                if (!m.tier().equals(tier)) {
                    continue;
                }
                if (m instanceof ChainScenario.SupplyCut cut) {
                    if (cut.share() >= 1) {
                        throw new IllegalArgumentException("a 100% supply cut at tier " + tier + " has no finite price wedge "
                                + "in GSIM; model it as an export ban, or cut less than 100%");
                    }
                    cut.exporters().forEach(e -> keep.merge(e, 1 - cut.share(), (a, b) -> a * b));
                } else if (m instanceof ChainScenario.ExportBan ban) {
                    bans.add(new org.tradenet.shock.Measure.Embargo(org.tradenet.shock.CountrySelection.of(ban.exporters()),
                            ban.importers().isEmpty() ? org.tradenet.shock.CountrySelection.all()
                                    : org.tradenet.shock.CountrySelection.of(ban.importers())));
                }
            }
            for (String id : model.ids()) {
                double direct = keep.containsKey(id)
                        ? SupplyPriceWedge.ofSupplyCut(1 - keep.get(id), model.elasticities().exportSupply(id)) : 0.0;
                double passed = share * previousPc.getOrDefault(id, 0.0);
                if (passed != 0) {
                    inputCost.put(id, passed);
                }
                double c = (1 + direct) * (1 + passed) - 1;
                if (c != 0) {
                    wedge.put(id, c);
                }
            }
            Scenario gsim = new Scenario(scenario.name() + " @ " + tier, scenario.description(), "", bans);
            SupplyPriceWedge w = new SupplyPriceWedge(wedge);
            ShockResult r = solver.solve(model, gsim, w);
            out.add(new TierShock(tier, ts.tier().unit(), r, w, inputCost));
            Map<String, Double> pc = new HashMap<>();
            r.compositePriceChange().forEach((id, d) -> {
                if (Double.isFinite(d)) {
                    pc.put(id, d);
                }
            });
            previousPc = pc;
        }
        return out;
    }

    /** The tier as a GSIM model: trade off the diagonal, home supply on it, no tariffs. */
    GsimModel model(ValueChain chain, TierSupply ts) {
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            if (ts.output(i) > 0 || ts.supply(i) > 0) {
                active.add(i);
            }
        }
        int n = active.size();
        List<String> ids = new ArrayList<>(n);
        active.forEach(i -> ids.add(chain.countries().get(i)));
        double[][] flows = new double[n][n];
        double[][] tariffs = new double[n][n];
        for (int a = 0; a < n; a++) {
            java.util.Arrays.fill(tariffs[a], 1.0);
            for (int b = 0; b < n; b++) {
                flows[a][b] = ts.flow(active.get(a), active.get(b));
            }
        }
        return GsimModel.of(ids, flows, tariffs, restrict(parameters.elasticities(), ids));
    }

    private static Elasticities restrict(Elasticities e, List<String> ids) {
        java.util.Set<String> in = new java.util.HashSet<>(ids);
        return new Elasticities(e.importDemand(), e.substitution(), e.exportSupply(), keep(e.importDemandByCountry(), in),
                keep(e.substitutionByCountry(), in), keep(e.exportSupplyByCountry(), in));
    }

    private static Map<String, Double> keep(Map<String, Double> m, java.util.Set<String> in) {
        Map<String, Double> out = new HashMap<>();
        m.forEach((k, v) -> {
            if (in.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
