package org.tradenet.shock;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * GSIM in its exact CES levels form, solved by Newton's method on log world prices.
 *
 * <p>Model (importer v, exporters r; {@code p[r]} world (producer) price, base 1):
 * <pre>
 * P[r][v]  = Tm[r][v]*Tx[r][v]*p[r]                               internal price
 * Pc[v]    = (sum_r beta[r][v]*P[r][v]^(1-Es))^(1/(1-Es))          composite price
 * Q[v]     = E[v]*Pc[v]^Em                                         composite demand
 * M[r][v]  = Q[v]*beta[r][v]*(P[r][v]/Pc[v])^(-Es)                 demand for r's variety
 * X[r]     = S[r]*p[r]^Ex                                          supply
 * F[r]     = (sum_v M[r][v] - X[r]) / S[r] = 0                     clearing, unknowns y = log p
 * </pre>
 * Calibration puts the base at {@code p = 1, Pc = 1}: {@code E[v]} is v's base spending at
 * internal prices, {@code S[r]} r's base sales and {@code beta = theta*T0^(Es-1)} with theta
 * the base spending share. ({@code GSIM.md} writes {@code b} in the price index and
 * {@code b^Es} in demand; {@code beta} is {@code b^Es} in both, which is what makes spending add
 * up.) The Jacobian is analytic: with {@code s[s][v]} the current spending share,
 * {@code d log M[r][v] / d y[s] = (Em+Es)*s[s][v] - Es*[r = s]}.
 *
 * <p>Steps: start from the {@link LinearSolver linear} solution (log(1+x), floored at
 * log 0.05); solve {@code J d = -F} by LU (Commons Math 3.6.1); cap the step at
 * {@link #maxStep()} in log price; backtrack (halve) until {@code ||F||} falls (Armijo);
 * stop when {@code max |F| <= tolerance} or after {@link #maxIterations()}, when a
 * {@link ShockNotConvergedException} is thrown: no result is ever returned unconverged.
 *
 * <p>Embargoes drop the variety exactly ({@code beta -> 0}, the limit of an infinite wedge when
 * {@code Es > 1}); an importer with no variety left buys nothing (composite price infinite),
 * an exporter with no customer left sells nothing (world price 0). The levels form needs
 * {@code Es != 1} for every importer, and {@code Es > 1} for an importer that loses a supplier
 * to an embargo (with {@code Es <= 1} the varieties are not substitutes enough for the limit
 * to be finite).
 *
 * <p>Complexity per iteration: O(sum_v d_v^2 + k^3) for k exporters. Deterministic.
 *
 * @param maxIterations most Newton iterations
 * @param tolerance     largest clearing residual accepted, as a fraction of base sales
 * @param maxStep       largest change of a log world price in one step
 */
public record LevelsSolver(int maxIterations, double tolerance, double maxStep) implements ShockSolver {

    /**
     * Checks the components.
     *
     * @param maxIterations most Newton iterations
     * @param tolerance     largest clearing residual accepted, as a fraction of base sales
     * @param maxStep       largest change of a log world price in one step
     */
    public LevelsSolver {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be positive, was " + tolerance);
        }
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("maxStep must be positive, was " + maxStep);
        }
    }

    /** {@return the defaults: 100 iterations, tolerance 1e-10 of base sales, steps up to 1.0 in log price} */
    public static LevelsSolver defaults() {
        return new LevelsSolver(100, 1e-10, 1.0);
    }

    /**
     * {@return a copy with {@code maxIterations} replaced, the other settings unchanged}
     *
     * @param k most Newton iterations
     */
    public LevelsSolver withMaxIterations(int k) {
        return new LevelsSolver(k, tolerance, maxStep);
    }

    /**
     * {@return a copy with {@code tolerance} replaced, the other settings unchanged}
     *
     * @param t largest clearing residual accepted, as a fraction of base sales
     */
    public LevelsSolver withTolerance(double t) {
        return new LevelsSolver(maxIterations, t, maxStep);
    }

    /**
     * {@return a copy with {@code maxStep} replaced, the other settings unchanged}
     *
     * @param s largest change of a log world price in one step
     */
    public LevelsSolver withMaxStep(double s) {
        return new LevelsSolver(maxIterations, tolerance, s);
    }

    @Override
    public Form form() {
        return Form.LEVELS;
    }

    @Override
    public ShockResult solve(GsimModel model, Scenario scenario) {
        Scenario resolved = scenario.resolve(model, org.tradenet.data.CountryGroups.standard());
        QuotaEquivalent.Solved s = QuotaEquivalent.solve(model, PolicyWedges.of(model, resolved), w -> new Work(model, w, this).solve());
        return ShockResult.assemble(model, resolved, s.wedges(), s.equilibrium());
    }

    @Override
    public ShockResult solve(GsimModel model, Scenario scenario, SupplyPriceWedge wedge) {
        Scenario resolved = scenario.resolve(model, org.tradenet.data.CountryGroups.standard());
        QuotaEquivalent.Solved s = QuotaEquivalent.solve(model, PolicyWedges.of(model, resolved).withSupplyPriceWedge(model, wedge),
                w -> new Work(model, w, this).solve());
        return ShockResult.assemble(model, resolved, s.wedges(), s.equilibrium());
    }

    /** The Newton iteration on arrays. */
    private static final class Work {
        private final GsimModel m;
        private final PolicyWedges w;
        private final LevelsSolver settings;
        private final int n;
        /** log beta[r][v]; NaN where the variety is not available after the shock. */
        private final double[][] logBeta;
        /** log(Tm1*Tx1). */
        private final double[][] logWedge;
        private final double[] sales;
        private final double[] spending;
        /** unknown index of y[r], or -1 when p[r] is fixed. */
        private final int[] yIndex;
        private final double[] fixedLogPrice;
        private final int k;
        // state of the last evaluation
        private final double[][] demand;
        private final double[][] share;
        private final double[] logPc;

        Work(GsimModel m, PolicyWedges w, LevelsSolver settings) {
            this.m = m;
            this.w = w;
            this.settings = settings;
            this.n = m.n;
            logBeta = new double[n][n];
            logWedge = new double[n][n];
            sales = new double[n];
            spending = new double[n];
            yIndex = new int[n];
            fixedLogPrice = new double[n];
            demand = new double[n][n];
            share = new double[n][n];
            logPc = new double[n];
            for (int v = 0; v < n; v++) {
                spending[v] = m.spending(v);
                boolean losesOne = false;
                for (int r = 0; r < n; r++) {
                    logWedge[r][v] = Math.log(w.tariffPower[r][v] * w.exportTaxPower[r][v]);
                    if (m.flows[r][v] > 0 && !w.prohibited[r][v]) {
                        double theta = m.tariffPower[r][v] * m.flows[r][v] / spending[v];
                        logBeta[r][v] = Math.log(theta) + (m.substitution[v] - 1) * Math.log(m.tariffPower[r][v]);
                    } else {
                        logBeta[r][v] = Double.NaN;
                        losesOne |= m.flows[r][v] > 0;
                    }
                }
                if (spending[v] > 0) {
                    double es = m.substitution[v];
                    String id = m.ids().get(v);
                    if (Math.abs(es - 1) < 1e-9) {
                        throw new IllegalArgumentException("the levels form needs an elasticity of substitution other than 1 "
                                + "(importer " + id + " has " + es + "); use the linear form or a value such as 1.01");
                    }
                    if (losesOne && es < 1) {
                        throw new IllegalArgumentException("an embargo drops a supplier of " + id + ", whose elasticity of "
                                + "substitution " + es + " is below 1: with complements the composite price of a lost variety "
                                + "is infinite. Use an elasticity above 1 or the linear form");
                    }
                }
            }
            int count = 0;
            for (int r = 0; r < n; r++) {
                sales[r] = m.sales(r);
                boolean open = false;
                for (int v = 0; v < n; v++) {
                    open |= m.flows[r][v] > 0 && !w.prohibited[r][v];
                }
                if (sales[r] > 0 && Double.isFinite(m.exportSupply[r]) && open) {
                    yIndex[r] = count++;
                } else {
                    yIndex[r] = -1;
                    // sells nothing any more: the supply price that makes supply zero
                    fixedLogPrice[r] = sales[r] > 0 && !open && Double.isFinite(m.exportSupply[r])
                            ? Double.NEGATIVE_INFINITY : 0.0;
                }
            }
            k = count;
        }

        private double logPrice(int r, double[] y) {
            return yIndex[r] >= 0 ? y[yIndex[r]] : fixedLogPrice[r];
        }

        /** Fills demand, share, logPc for log prices y; returns the residuals F. */
        private double[] evaluate(double[] y) {
            for (int v = 0; v < n; v++) {
                if (spending[v] <= 0) {
                    continue;
                }
                double es = m.substitution[v];
                double em = m.importDemand[v];
                double maxA = Double.NEGATIVE_INFINITY;
                double[] a = new double[n];
                for (int r = 0; r < n; r++) {
                    a[r] = Double.isNaN(logBeta[r][v]) ? Double.NEGATIVE_INFINITY
                            : logBeta[r][v] + (1 - es) * (logWedge[r][v] + logPrice(r, y));
                    maxA = Math.max(maxA, a[r]);
                }
                if (maxA == Double.NEGATIVE_INFINITY) {
                    logPc[v] = Double.POSITIVE_INFINITY;
                    for (int r = 0; r < n; r++) {
                        share[r][v] = 0;
                        demand[r][v] = 0;
                    }
                    continue;
                }
                double sum = 0;
                for (int r = 0; r < n; r++) {
                    if (a[r] > Double.NEGATIVE_INFINITY) {
                        sum += Math.exp(a[r] - maxA);
                    }
                }
                double lse = maxA + Math.log(sum);
                logPc[v] = lse / (1 - es);
                double logQ = Math.log(spending[v]) + em * logPc[v];
                for (int r = 0; r < n; r++) {
                    if (a[r] == Double.NEGATIVE_INFINITY) {
                        share[r][v] = 0;
                        demand[r][v] = 0;
                    } else {
                        share[r][v] = Math.exp(a[r] - lse);
                        double logP = logWedge[r][v] + logPrice(r, y);
                        demand[r][v] = Math.exp(Math.log(share[r][v]) + logPc[v] + logQ - logP);
                    }
                }
            }
            double[] f = new double[k];
            for (int r = 0; r < n; r++) {
                int i = yIndex[r];
                if (i < 0) {
                    continue;
                }
                double d = 0;
                for (int v = 0; v < n; v++) {
                    d += demand[r][v];
                }
                f[i] = (d - supply(r, y)) / sales[r];
            }
            return f;
        }

        private double supply(int r, double[] y) {
            return sales[r] * Math.exp(m.exportSupply[r] * logPrice(r, y));
        }

        /**
         * The analytic Jacobian at the last evaluated point. Per importer v, the shares of v's
         * suppliers are laid out once by unknown, so that each row's cross terms are one dense
         * loop (O(n^3) in all, without the column-wise walk through {@code share}).
         */
        private double[][] jacobian(double[] y) {
            double[][] j = new double[k][k];
            double[] shareByUnknown = new double[k];
            for (int v = 0; v < n; v++) {
                if (spending[v] <= 0 || Double.isInfinite(logPc[v])) {
                    continue;
                }
                for (int s = 0; s < n; s++) {
                    int c = yIndex[s];
                    if (c >= 0) {
                        shareByUnknown[c] = share[s][v] > 0 ? share[s][v] : 0.0;
                    }
                }
                double es = m.substitution[v];
                double cross = m.importDemand[v] + es;
                for (int r = 0; r < n; r++) {
                    int i = yIndex[r];
                    if (i < 0 || demand[r][v] == 0) {
                        continue;
                    }
                    double mrv = demand[r][v] / sales[r];
                    double[] row = j[i];
                    row[i] -= mrv * es;
                    double coefficient = mrv * cross;
                    for (int c = 0; c < k; c++) {
                        row[c] += coefficient * shareByUnknown[c];
                    }
                }
            }
            for (int r = 0; r < n; r++) {
                int i = yIndex[r];
                if (i >= 0) {
                    j[i][i] -= m.exportSupply[r] * supply(r, y) / sales[r];
                }
            }
            return j;
        }

        private static double maxAbs(double[] f) {
            double s = 0;
            for (double v : f) {
                s = Math.max(s, Math.abs(v));
            }
            return s;
        }

        private static double norm2(double[] f) {
            double s = 0;
            for (double v : f) {
                s += v * v;
            }
            return Math.sqrt(s);
        }

        private double[] start() {
            double[] y = new double[k];
            try {
                Equilibrium lin = LinearSolver.equilibrium(m, w);
                for (int r = 0; r < n; r++) {
                    if (yIndex[r] >= 0) {
                        y[yIndex[r]] = Math.log(Math.max(1 + lin.worldPriceChange()[r], 0.05));
                    }
                }
            } catch (ShockNotConvergedException e) {
                // start from the base prices instead
            }
            return y;
        }

        Equilibrium solve() {
            double[] y = start();
            double[] f = evaluate(y);
            double res = maxAbs(f);
            int it = 0;
            while (res > settings.tolerance() && it < settings.maxIterations()) {
                double[] d;
                try {
                    d = new LUDecomposition(new Array2DRowRealMatrix(jacobian(y), false)).getSolver()
                            .solve(new ArrayRealVector(f, false).mapMultiply(-1)).toArray();
                } catch (SingularMatrixException e) {
                    throw new ShockNotConvergedException("the levels-form Jacobian became singular after " + it + " iterations "
                            + "(clearing residual " + res + ")", new SolverDiagnostics(Form.LEVELS, it, res, settings.tolerance(), false));
                }
                double big = maxAbs(d);
                if (big > settings.maxStep()) {
                    for (int i = 0; i < k; i++) {
                        d[i] *= settings.maxStep() / big;
                    }
                }
                double n0 = norm2(f);
                double t = 1.0;
                double[] yTry = new double[k];
                double[] fTry;
                while (true) {
                    for (int i = 0; i < k; i++) {
                        yTry[i] = y[i] + t * d[i];
                    }
                    fTry = evaluate(yTry);
                    if (norm2(fTry) <= (1 - 1e-4 * t) * n0 || t < 1e-10) {
                        break;
                    }
                    t *= 0.5;
                }
                y = yTry;
                f = fTry;
                res = maxAbs(f);
                it++;
            }
            SolverDiagnostics diag = new SolverDiagnostics(Form.LEVELS, it, res, settings.tolerance(), res <= settings.tolerance());
            if (!diag.converged() || Double.isNaN(res)) {
                throw new ShockNotConvergedException(String.format(java.util.Locale.ROOT,
                        "the levels form did not converge: clearing residual %.3g after %d iterations (tolerance %.3g); "
                                + "try more iterations or the linear form", res, it, settings.tolerance()),
                        new SolverDiagnostics(Form.LEVELS, it, res, settings.tolerance(), false));
            }
            evaluate(y);
            double[] x = new double[n];
            for (int r = 0; r < n; r++) {
                x[r] = Math.exp(logPrice(r, y)) - 1;
            }
            double[][] volume = new double[n][];
            for (int r = 0; r < n; r++) {
                volume[r] = demand[r].clone();
            }
            double[] dpc = new double[n];
            for (int v = 0; v < n; v++) {
                dpc[v] = spending[v] > 0 ? Math.exp(logPc[v]) - 1 : 0.0;
            }
            List<String> notes = new ArrayList<>();
            if (w.anyProhibited(m)) {
                notes.add("levels form: embargoed flows are dropped exactly (the variety's CES weight set to zero)");
            }
            return new Equilibrium(x, volume, dpc, diag, notes);
        }
    }
}
