package org.tradenet.shock;

/**
 * The exact welfare areas of the levels (CES) form, in closed form. With constant-elasticity
 * composite demand {@code Q = K*P^Em} and base spending {@code E0 = P0*Q0}, the consumer-surplus
 * change of a price move P0 → P1 is the area to the left of the demand curve,
 * <pre>
 *   dCS = -int_{P0}^{P1} Q(P) dP = -E0/(1 + Em) * ((P1/P0)^(1 + Em) - 1)     (Em != -1)
 *   dCS = -E0 * ln(P1/P0)                                                  (Em  = -1)
 * </pre>
 * and with export supply {@code X = S*p^Ex} and base sales {@code X0} at p0 the producer-surplus
 * change is the area to the left of the supply curve,
 * <pre>
 *   dPS = int_{p0}^{p1} X(p) dp = X0/(1 + Ex) * ((p1/p0)^(1 + Ex) - 1).
 * </pre>
 * A composite price that becomes infinite (an importer cut off from every supplier) loses the
 * whole area, {@code E0/(1 + Em)}, finite when {@code Em < -1}; otherwise the loss is unbounded
 * and reported as NaN. The linear form keeps GSIM's second-order formulas.
 */
final class Welfare {

    private Welfare() {
    }

    /**
     * Consumer-surplus change, exact for CES composite demand.
     *
     * @param spending E0, base spending at domestic prices
     * @param dpc      P1/P0 - 1 (may be +Infinity)
     * @param em       composite import-demand elasticity, negative
     * @return the change, USD; NaN when infinite
     */
    static double exactConsumerSurplus(double spending, double dpc, double em) {
        if (Double.isInfinite(dpc)) {
            return 1 + em < 0 ? spending / (1 + em) : Double.NaN;
        }
        double ratio = 1 + dpc;
        if (Math.abs(1 + em) < 1e-12) {
            return -spending * Math.log(ratio);
        }
        return -spending / (1 + em) * Math.expm1((1 + em) * Math.log(ratio));
    }

    /**
     * Producer-surplus change, exact for constant-elasticity supply.
     *
     * @param sales X0, base sales at world prices
     * @param x     p1/p0 - 1 (-1 when the exporter sells nothing any more)
     * @param ex    export-supply elasticity, positive (infinite: price fixed, no change)
     * @return the change, USD
     */
    static double exactProducerSurplus(double sales, double x, double ex) {
        if (Double.isInfinite(ex)) {
            return 0.0;
        }
        if (x <= -1) {
            return -sales / (1 + ex);
        }
        return sales / (1 + ex) * Math.expm1((1 + ex) * Math.log1p(x));
    }
}
