package org.tradenet.shock;

/**
 * Solves a GSIM model for the equilibrium after a scenario. Implementations are immutable
 * and reusable; settings change through {@code withX} copies.
 */
public interface ShockSolver {

    /** {@return the model form this solver uses} */
    Form form();

    /**
     * {@return the equilibrium after {@code scenario}}
     *
     * @param model    the base equilibrium: flows, tariffs and elasticities
     * @param scenario the policy change
     * @throws IllegalArgumentException     when the scenario names unknown countries, or the form
     *                                      cannot express it (said in the message)
     * @throws ShockNotConvergedException   when no solution within tolerance was found
     */
    ShockResult solve(GsimModel model, Scenario scenario);

    /**
     * The equilibrium after {@code scenario} with a supply-price wedge on top: each exporter's
     * supply price rises by the wedge's rate on all its sales, home sales included (see
     * {@link SupplyPriceWedge}). With {@link SupplyPriceWedge#none()} the result equals
     * {@link #solve(GsimModel, Scenario)}.
     *
     * @param model the market: base flows, elasticities, base tariffs
     * @param scenario the policy measures
     * @param wedge the supply-price wedge by exporter
     * @return the equilibrium
     * @throws IllegalArgumentException   as {@link #solve(GsimModel, Scenario)}
     * @throws ShockNotConvergedException as {@link #solve(GsimModel, Scenario)}
     */
    ShockResult solve(GsimModel model, Scenario scenario, SupplyPriceWedge wedge);
}
