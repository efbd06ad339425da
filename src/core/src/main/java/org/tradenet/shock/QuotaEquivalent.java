package org.tradenet.shock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Export quotas as their export-tax equivalents, solved for the quantity (package-private).
 *
 * <p>A quota holds exporter r's volume to its destinations D at {@code (1 - share)} of the
 * base. For each quota the unknown is the ad valorem tax {@code t} on r's sales to D at which
 * the solved equilibrium gives exactly that volume; the importer pays {@code Tm*(1+t)*p[r]},
 * r's supply answers {@code p[r]}, and {@code t*M1} is the quota rent, which goes to the exporter
 * (as when it auctions the licences). With several quotas the equivalents are found one at a
 * time, the others held, in sweeps (Gauss-Seidel) until every volume is within 1e-9 of its
 * target. Each one-dimensional solve is regula falsi (Illinois) on [0, 1000%].
 */
final class QuotaEquivalent {

    /** Upper bound of an equivalent: 1000%, the largest rate a scenario may set. */
    private static final double MAX_RATE = 10.0;
    private static final double TOLERANCE = 1e-9;
    private static final int MAX_SWEEPS = 50;
    private static final int MAX_STEPS = 200;

    /** The wedges with the equivalents filled in, and the equilibrium they give. */
    record Solved(PolicyWedges wedges, Equilibrium equilibrium) {
    }

    private QuotaEquivalent() {
    }

    static Solved solve(GsimModel m, PolicyWedges w, Function<PolicyWedges, Equilibrium> solver) {
        if (w.quotas.isEmpty()) {
            return new Solved(w, solver.apply(w));
        }
        int n = m.n;
        List<PolicyWedges.Quota> quotas = w.quotas;
        double[] rate = new double[quotas.size()];
        double[] target = new double[quotas.size()];
        for (int q = 0; q < quotas.size(); q++) {
            PolicyWedges.Quota quota = quotas.get(q);
            for (int v = 0; v < n; v++) {
                if (quota.destinations()[v] && v != quota.exporter() && !w.prohibited[quota.exporter()][v]) {
                    target[q] += m.flows[quota.exporter()][v];
                }
            }
            target[q] *= 1 - quota.share();
        }
        Equilibrium eq = null;
        PolicyWedges current = w;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double worst = 0;
            for (int q = 0; q < quotas.size(); q++) {
                if (target[q] <= 0) {
                    continue;
                }
                int qq = q;
                Function<Double, Double> gap = t -> {
                    rate[qq] = t;
                    Equilibrium e = solver.apply(with(m, w, quotas, rate));
                    return volume(e, quotas.get(qq), n) / target[qq] - 1;
                };
                rate[q] = root(gap, rate[q], m.ids().get(quotas.get(q).exporter()), quotas.get(q).share());
            }
            current = with(m, w, quotas, rate);
            eq = solver.apply(current);
            for (int q = 0; q < quotas.size(); q++) {
                if (target[q] > 0) {
                    worst = Math.max(worst, rate[q] == 0 ? 0 : Math.abs(volume(eq, quotas.get(q), n) / target[q] - 1));
                }
            }
            if (worst <= TOLERANCE) {
                break;
            }
        }
        List<String> notes = new ArrayList<>();
        for (int q = 0; q < quotas.size(); q++) {
            notes.add(String.format(Locale.ROOT, "supply cut by %s: export quota of %s of base volume, modelled as its export-tax "
                            + "equivalent %.2f%% (solved for the quantity; the quota rent goes to the exporter, counted as "
                            + "export-tax revenue)%s", m.ids().get(quotas.get(q).exporter()), Rates.show(1 - quotas.get(q).share()),
                    100 * rate[q], rate[q] == 0 ? "; not binding: the other measures already cut its sales that far" : ""));
        }
        PolicyWedges done = current.withExportTaxPower(m, current.exportTaxPower, notes);
        return new Solved(done, eq);
    }

    private static PolicyWedges with(GsimModel m, PolicyWedges w, List<PolicyWedges.Quota> quotas, double[] rate) {
        double[][] tx = new double[m.n][];
        for (int r = 0; r < m.n; r++) {
            tx[r] = w.exportTaxPower[r].clone();
        }
        for (int q = 0; q < quotas.size(); q++) {
            PolicyWedges.Quota quota = quotas.get(q);
            for (int v = 0; v < m.n; v++) {
                if (quota.destinations()[v] && v != quota.exporter()) {
                    tx[quota.exporter()][v] = 1 + rate[q];
                }
            }
        }
        return w.withExportTaxPower(m, tx, List.of());
    }

    private static double volume(Equilibrium e, PolicyWedges.Quota quota, int n) {
        double s = 0;
        for (int v = 0; v < n; v++) {
            if (quota.destinations()[v] && v != quota.exporter()) {
                s += e.volume()[quota.exporter()][v];
            }
        }
        return s;
    }

    /** The rate in [0, MAX_RATE] where gap is 0 (gap falls with the rate). */
    private static double root(Function<Double, Double> gap, double guess, String exporter, double share) {
        double lo = 0;
        double flo = gap.apply(lo);
        if (flo <= 0) {
            return 0;
        }
        double hi = MAX_RATE;
        double fhi = gap.apply(hi);
        if (fhi > 0) {
            throw new IllegalArgumentException("a supply cut of " + Rates.show(share) + " by " + exporter + " needs an export-tax "
                    + "equivalent above 1000%: model it as an embargo");
        }
        if (guess > 0 && guess < MAX_RATE) {
            double fg = gap.apply(guess);
            if (Math.abs(fg) <= TOLERANCE) {
                return guess;
            }
            if (fg > 0) {
                lo = guess;
                flo = fg;
            } else {
                hi = guess;
                fhi = fg;
            }
        }
        int side = 0;
        for (int i = 0; i < MAX_STEPS; i++) {
            double t = (lo * fhi - hi * flo) / (fhi - flo);
            double ft = gap.apply(t);
            if (Math.abs(ft) <= TOLERANCE || hi - lo < 1e-14) {
                return t;
            }
            if (ft > 0) {
                lo = t;
                flo = ft;
                if (side == 1) {
                    fhi /= 2;
                }
                side = 1;
            } else {
                hi = t;
                fhi = ft;
                if (side == -1) {
                    flo /= 2;
                }
                side = -1;
            }
        }
        return (lo + hi) / 2;
    }
}
