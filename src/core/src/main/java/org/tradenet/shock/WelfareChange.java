package org.tradenet.shock;

/**
 * A country's welfare change in a GSIM shock, USD of the base year (GSIM formulas, see
 * {@code GSIM.md}): producer surplus {@code R0exp*x*(1 + Ex*x/2)}, consumer surplus in the
 * GSIM form {@code Em*R0imp*dPc*|dPc|/2 - R0imp*dPc} and in the textbook form
 * {@code -R0imp*dPc*(1 + Em*dPc/2)}, the change in tariff revenue, the export-tax revenue
 * (to the exporter). The total uses the GSIM consumer surplus. A consumer-surplus change that
 * is not defined (an importer cut off from every supplier in the levels form) is NaN, and so
 * is the total.
 *
 * @param producerSurplus          change in producer surplus
 * @param consumerSurplus          change in consumer surplus, GSIM form
 * @param consumerSurplusTextbook  change in consumer surplus, textbook (Marshallian, second-order) form
 * @param tariffRevenue            change in tariff revenue
 * @param exportTaxRevenue         export-tax revenue (base export taxes are zero)
 * @param total                    producer + consumer (GSIM) surplus + tariff + export-tax revenue
 */
public record WelfareChange(double producerSurplus, double consumerSurplus, double consumerSurplusTextbook,
                            double tariffRevenue, double exportTaxRevenue, double total) {

    /**
     * {@return the components, with the total as their sum}
     *
     * @param ps         change in producer surplus, USD
     * @param cs         change in consumer surplus, GSIM form, USD
     * @param csTextbook change in consumer surplus, textbook form, USD (not part of the total)
     * @param tr         change in tariff revenue, USD
     * @param xr         export-tax revenue, USD
     */
    public static WelfareChange of(double ps, double cs, double csTextbook, double tr, double xr) {
        return new WelfareChange(ps, cs, csTextbook, tr, xr, ps + cs + tr + xr);
    }
}
