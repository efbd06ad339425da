/**
 * Trade-policy shocks with the GSIM partial-equilibrium model (Francois &amp; Hall 2003):
 * a calibrated base ({@link org.tradenet.shock.GsimModel}: flows, base tariffs,
 * {@link org.tradenet.shock.Elasticities}), a {@link org.tradenet.shock.Scenario} of measures,
 * a {@link org.tradenet.shock.ShockSolver} ({@link org.tradenet.shock.LinearSolver}, the
 * percentage-change form, or {@link org.tradenet.shock.LevelsSolver}, the exact CES levels
 * form) and a {@link org.tradenet.shock.ShockResult} with world prices, new flows, totals,
 * {@link org.tradenet.shock.WelfareChange}s and the post-shock network.
 * {@link org.tradenet.shock.Sensitivity} repeats a solve with elasticities drawn from ranges.
 *
 * <p>Edges run exporter → importer; flows are values at world prices (USD), which at the base
 * world price of 1 double as quantities. Changes are fractions ({@code 0.05} = +5%).
 *
 * <p>Reference: J. Francois and H. K. Hall (2003), "Global Simulation Analysis of
 * Industry-Level Trade Policy", World Bank / WITS technical paper; the application that
 * started this project is Han et al. (2025), iScience, doi:10.1016/j.isci.2025.113658.
 */
package org.tradenet.shock;
