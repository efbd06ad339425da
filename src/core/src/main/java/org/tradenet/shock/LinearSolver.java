package org.tradenet.shock;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * GSIM in its percentage-change form (Francois &amp; Hall 2003), linear in the world price
 * changes {@code x[r]}:
 * <pre>
 * theta[r][v] = T0*M / sum_s T0*M            importer v's spending share (internal prices)
 * phi[r][v]   = M / sum_w M[r][w]            exporter r's sales share (world prices)
 * Nown[r][v]  = theta*Em[v] - (1-theta)*Es[v],   Ncross[s][v] = theta[s][v]*(Em[v]+Es[v])
 * Phat[r][v]  = That[r][v] + x[r],           That = Tm1*Tx1/(Tm0*Tx0) - 1
 * Mhat[r][v]  = Nown*Phat[r][v] + sum_{s != r} Ncross[s][v]*Phat[s][v]
 * clearing:     sum_v phi[r][v]*Mhat[r][v] = Ex[r]*x[r]
 * </pre>
 * assembled as {@code A x = b} and solved by one dense LU decomposition (Commons Math 3.6.1).
 * Zero flows take no part; an exporter with infinite supply elasticity has {@code x = 0}.
 *
 * <p><b>Prohibitive measures</b> (embargo, decoupling) are modelled with <em>virtual
 * prices</em>: the embargoed flow's volume is pinned at zero ({@code Mhat = -1}) and its
 * internal price change {@code z[r][v]} becomes an unknown, fixed by the flow's own demand
 * equation {@code Nown*z + sum_{s != r} Ncross*Phat[s][v] = -1}: the (finite) price at which the
 * linearised demand for that variety is exactly zero. Rivals in v see that price through the
 * cross effects, and v's composite price includes it. This is "a very large wedge with the
 * flow pinned at zero", with the wedge found by the model rather than chosen. The levels form
 * ({@link LevelsSolver}) drops the variety exactly instead.
 *
 * <p>Welfare and new flows as in {@code GSIM.md}: {@code volume = M*(1+Mhat)},
 * {@code value = volume*(1+x)}, {@code dPc[v] = sum_r theta*((1+x[r])*Tm1*Tx1/Tm0 - 1)}. For
 * large shocks a linearised flow can fall below zero; it is reported as computed and named in
 * the notes.
 *
 * <p>Complexity: O(n^2 + sum_v d_v^2) to assemble (d_v = v's suppliers; the clearing rows are a
 * product of the sales shares and each importer's cross-price row over its supplier list) plus
 * O(k^3) for the LU of the k unknowns (exporters + embargoed flows), and O(n^2 + z n) for the
 * flows afterwards (z embargoed flows).
 * Deterministic.
 */
public final class LinearSolver implements ShockSolver {

    private static final double TOLERANCE = 1e-9;

    private LinearSolver() {
    }

    /** {@return the solver (it has no settings)} */
    public static LinearSolver create() {
        return new LinearSolver();
    }

    @Override
    public Form form() {
        return Form.LINEAR;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the shock is beyond the linear form's range: a
     *                                  world price or a composite import price would fall by
     *                                  100% or more, which no price can (the levels form
     *                                  solves such shocks)
     */
    @Override
    public ShockResult solve(GsimModel model, Scenario scenario) {
        Scenario resolved = scenario.resolve(model, org.tradenet.data.CountryGroups.standard());
        QuotaEquivalent.Solved s = QuotaEquivalent.solve(model, PolicyWedges.of(model, resolved), w -> equilibrium(model, w));
        Equilibrium eq = s.equilibrium();
        checkInRange(model, resolved, eq.worldPriceChange(), "world price");
        checkInRange(model, resolved, eq.compositePriceChange(), "composite import price");
        return ShockResult.assemble(model, resolved, s.wedges(), eq);
    }

    @Override
    public ShockResult solve(GsimModel model, Scenario scenario, SupplyPriceWedge wedge) {
        Scenario resolved = scenario.resolve(model, org.tradenet.data.CountryGroups.standard());
        QuotaEquivalent.Solved s = QuotaEquivalent.solve(model, PolicyWedges.of(model, resolved).withSupplyPriceWedge(model, wedge),
                w -> equilibrium(model, w));
        Equilibrium eq = s.equilibrium();
        checkInRange(model, resolved, eq.worldPriceChange(), "world price");
        checkInRange(model, resolved, eq.compositePriceChange(), "composite import price");
        return ShockResult.assemble(model, resolved, s.wedges(), eq);
    }

    private static void checkInRange(GsimModel model, Scenario scenario, double[] change, String what) {
        for (int i = 0; i < change.length; i++) {
            if (change[i] <= -1) {
                throw new IllegalArgumentException("scenario " + scenario.name() + " is too large a shock for the linear form: the "
                        + what + " of " + model.ids().get(i) + " would change by " + Rates.show(change[i])
                        + ", below -100%; use the levels form or a smaller rate");
            }
        }
    }

    /** The linear equilibrium on arrays (also the levels solver's starting point). */
    static Equilibrium equilibrium(GsimModel model, PolicyWedges w) {
        return new Work(model, w).solve();
    }

    /** The system on int-indexed arrays; scratch memory is dropped after the solve. */
    private static final class Work {
        private final GsimModel m;
        private final PolicyWedges w;
        private final int n;
        private final double[][] theta;
        private final double[][] phi;
        private final double[][] tHat;
        /** unknown index of x[r], or -1 when x[r] is fixed at 0. */
        private final int[] xIndex;
        /** unknown index of the virtual price z[r][v] of an embargoed flow, or -1. */
        private final int[][] zIndex;
        private final int unknowns;

        Work(GsimModel m, PolicyWedges w) {
            this.m = m;
            this.w = w;
            this.n = m.n;
            theta = new double[n][n];
            phi = new double[n][n];
            tHat = new double[n][n];
            xIndex = new int[n];
            zIndex = new int[n][n];
            int k = 0;
            for (int r = 0; r < n; r++) {
                double sales = m.sales(r);
                xIndex[r] = sales > 0 && Double.isFinite(m.exportSupply[r]) ? k++ : -1;
                for (int v = 0; v < n; v++) {
                    phi[r][v] = sales > 0 ? m.flows[r][v] / sales : 0.0;
                    tHat[r][v] = w.tariffPower[r][v] * w.exportTaxPower[r][v] / m.tariffPower[r][v] - 1;
                }
            }
            for (int v = 0; v < n; v++) {
                double spending = m.spending(v);
                for (int r = 0; r < n; r++) {
                    theta[r][v] = spending > 0 ? m.tariffPower[r][v] * m.flows[r][v] / spending : 0.0;
                }
            }
            for (int r = 0; r < n; r++) {
                for (int v = 0; v < n; v++) {
                    zIndex[r][v] = m.flows[r][v] > 0 && w.prohibited[r][v] ? k++ : -1;
                }
            }
            unknowns = k;
        }

        private double nOwn(int r, int v) {
            return theta[r][v] * m.importDemand[v] - (1 - theta[r][v]) * m.substitution[v];
        }

        private double nCross(int s, int v) {
            return theta[s][v] * (m.importDemand[v] + m.substitution[v]);
        }

        /**
         * Adds {@code scale * Phat[r][v]} to the row; returns the constant part times scale.
         * Phat is z for an embargoed flow, else x[r] + That.
         */
        private double addPhat(int r, int v, double scale, double[] row) {
            if (zIndex[r][v] >= 0) {
                row[zIndex[r][v]] += scale;
                return 0.0;
            }
            if (xIndex[r] >= 0) {
                row[xIndex[r]] += scale;
            }
            return scale * tHat[r][v];
        }

        /** Adds {@code scale * (demand expression of Mhat[r][v])} to the row; returns the constant part. */
        private double addDemand(int r, int v, double scale, double[] row) {
            double c = addPhat(r, v, scale * nOwn(r, v), row);
            for (int s = 0; s < n; s++) {
                if (s != r && m.flows[s][v] > 0) {
                    c += addPhat(s, v, scale * nCross(s, v), row);
                }
            }
            return c;
        }

        Equilibrium solve() {
            double[][] a = new double[unknowns][unknowns];
            double[] b = new double[unknowns];
            // The demand of flow (s, v) enters importer v's other flows through Ncross[s][v]*Phat[s][v].
            // Per importer v: the suppliers s whose Phat[s][v] = x[s] + That has x[s] unknown, with
            // Ncross[s][v]; crossConstant[v] = sum_s Ncross[s][v]*That[s][v] over flows that are not
            // embargoed; and the suppliers whose flow to v is embargoed (their Phat is the unknown z[s][v]).
            int[][] supplier = new int[n][];
            double[][] supplierCross = new double[n][];
            double[] crossConstant = new double[n];
            int[][] embargoed = new int[n][];
            int[] sBuf = new int[n];
            double[] cBuf = new double[n];
            int[] zBuf = new int[n];
            for (int v = 0; v < n; v++) {
                int count = 0;
                int zCount = 0;
                for (int s = 0; s < n; s++) {
                    if (m.flows[s][v] <= 0) {
                        continue;
                    }
                    if (zIndex[s][v] >= 0) {
                        zBuf[zCount++] = s;
                        continue;
                    }
                    double nc = nCross(s, v);
                    crossConstant[v] += nc * tHat[s][v];
                    if (xIndex[s] >= 0) {
                        sBuf[count] = s;
                        cBuf[count++] = nc;
                    }
                }
                supplier[v] = java.util.Arrays.copyOf(sBuf, count);
                supplierCross[v] = java.util.Arrays.copyOf(cBuf, count);
                embargoed[v] = java.util.Arrays.copyOf(zBuf, zCount);
            }
            // Clearing: sum_v phi*Mhat - Ex*x = 0, with Mhat = -1 on embargoed flows and otherwise
            // Mhat[r][v] = Nown*Phat[r][v] + sum_{s != r} Ncross[s][v]*Phat[s][v]. Row r is a sum over v
            // of phi[r][v] times importer v's cross row (a product over v's supplier list),
            // with r's own term corrected from Ncross to Nown. O(sum_v d_v^2) for d_v suppliers of v.
            double[] byCountry = new double[n];
            for (int r = 0; r < n; r++) {
                int row = xIndex[r];
                if (row < 0) {
                    continue;
                }
                java.util.Arrays.fill(byCountry, 0.0);
                double c = 0;
                for (int v = 0; v < n; v++) {
                    if (m.flows[r][v] <= 0) {
                        continue;
                    }
                    double p = phi[r][v];
                    if (zIndex[r][v] >= 0) {
                        c -= p;
                        continue;
                    }
                    int[] sv = supplier[v];
                    double[] cv = supplierCross[v];
                    for (int i = 0; i < sv.length; i++) {
                        byCountry[sv[i]] += p * cv[i];
                    }
                    double own = nOwn(r, v) - nCross(r, v);
                    byCountry[r] += p * own;
                    c += p * (crossConstant[v] + own * tHat[r][v]);
                    for (int s : embargoed[v]) {
                        a[row][zIndex[s][v]] += p * nCross(s, v);
                    }
                }
                for (int s = 0; s < n; s++) {
                    if (xIndex[s] >= 0) {
                        a[row][xIndex[s]] += byCountry[s];
                    }
                }
                a[row][row] -= m.exportSupply[r];
                b[row] = -c;
            }
            // Virtual prices: the demand for an embargoed variety is exactly zero (Mhat = -1).
            for (int r = 0; r < n; r++) {
                for (int v = 0; v < n; v++) {
                    int row = zIndex[r][v];
                    if (row >= 0) {
                        b[row] = -1 - addDemand(r, v, 1.0, a[row]);
                    }
                }
            }
            double[] u;
            if (unknowns == 0) {
                u = new double[0];
            } else {
                try {
                    DecompositionSolver lu = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver();
                    RealVector sol = lu.solve(new ArrayRealVector(b, false));
                    u = sol.toArray();
                } catch (SingularMatrixException e) {
                    throw new ShockNotConvergedException("the linear GSIM system is singular (check that the elasticity of "
                            + "substitution exceeds the absolute import-demand elasticity)",
                            new SolverDiagnostics(Form.LINEAR, 1, Double.NaN, TOLERANCE, false));
                }
            }
            double[] x = new double[n];
            for (int r = 0; r < n; r++) {
                x[r] = xIndex[r] >= 0 ? u[xIndex[r]] : 0.0;
            }
            // Phat of every flow, then each importer's cross sum once: Mhat[r][v] is
            // Nown*Phat[r][v] + (sum_s Ncross[s][v]*Phat[s][v]) - Ncross[r][v]*Phat[r][v], O(n^2) in all.
            double[][] pHat = new double[n][n];
            double[] crossSum = new double[n];
            for (int v = 0; v < n; v++) {
                for (int s = 0; s < n; s++) {
                    if (m.flows[s][v] > 0) {
                        pHat[s][v] = zIndex[s][v] >= 0 ? u[zIndex[s][v]] : x[s] + tHat[s][v];
                        crossSum[v] += nCross(s, v) * pHat[s][v];
                    }
                }
            }
            double[][] mHat = new double[n][n];
            double[][] volume = new double[n][n];
            double residual = 0;
            int negative = 0;
            for (int r = 0; r < n; r++) {
                for (int v = 0; v < n; v++) {
                    if (m.flows[r][v] <= 0) {
                        continue;
                    }
                    double demand = (nOwn(r, v) - nCross(r, v)) * pHat[r][v] + crossSum[v];
                    if (zIndex[r][v] >= 0) {
                        residual = Math.max(residual, Math.abs(demand + 1));
                        mHat[r][v] = -1;
                    } else {
                        mHat[r][v] = demand;
                    }
                    volume[r][v] = m.flows[r][v] * (1 + mHat[r][v]);
                    if (volume[r][v] < 0) {
                        negative++;
                    }
                }
            }
            for (int r = 0; r < n; r++) {
                if (xIndex[r] < 0) {
                    continue;
                }
                double lhs = 0;
                for (int v = 0; v < n; v++) {
                    lhs += phi[r][v] * mHat[r][v];
                }
                residual = Math.max(residual, Math.abs(lhs - m.exportSupply[r] * x[r]));
            }
            double[] dpc = new double[n];
            for (int v = 0; v < n; v++) {
                for (int r = 0; r < n; r++) {
                    if (m.flows[r][v] <= 0) {
                        continue;
                    }
                    double dp = zIndex[r][v] >= 0 ? pHat[r][v] : (1 + x[r]) * (1 + tHat[r][v]) - 1;
                    dpc[v] += theta[r][v] * dp;
                }
            }
            List<String> notes = new ArrayList<>();
            if (negative > 0) {
                notes.add(negative + " flows fall below zero in the linear approximation (shown as computed; the levels form "
                        + "keeps every flow positive)");
            }
            if (w.anyProhibited(m)) {
                notes.add("linear form: embargoed flows are pinned at zero at the virtual price where their linearised demand "
                        + "vanishes; the levels form drops them exactly");
            }
            boolean ok = residual <= TOLERANCE;
            SolverDiagnostics d = new SolverDiagnostics(Form.LINEAR, 1, residual, TOLERANCE, ok);
            if (!ok) {
                throw new ShockNotConvergedException("the linear GSIM solve left a clearing residual of " + residual
                        + " (tolerance " + TOLERANCE + "); the system is ill-conditioned", d);
            }
            return new Equilibrium(x, volume, dpc, d, notes);
        }
    }
}
