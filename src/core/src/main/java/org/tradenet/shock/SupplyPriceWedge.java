package org.tradenet.shock;

import java.util.Map;
import java.util.TreeMap;

/**
 * A supply-price wedge by exporter: a rise {@code c[r]} (a fraction) of the price at which
 * exporter r supplies, on all its sales of the product, home sales included. It models a
 * cost shock to the producers of r, such as dearer inputs: the supply curve
 * {@code X = K*p^Ex} becomes {@code X = K*(P/(1+c))^Ex} in the price {@code P} buyers pay
 * before tariffs, with {@code p = P/(1+c)} the producer's net price, which the solvers report
 * as the world price change.
 *
 * <p>In GSIM's equations it enters exactly like an export tax of rate {@code c} on every
 * destination and on home sales ({@code That = Tm1*Tx1*(1+c)/(Tm0*Tx0) - 1} in the linear form,
 * the log wedge in the levels form), except that it raises no revenue: the difference is paid
 * to the suppliers of the inputs, outside this market. A supply cut of share {@code s} (the
 * supply curve shifts in to {@code (1-s)*K*p^Ex}) is the wedge {@code c = (1-s)^(-1/Ex) - 1}
 * ({@link #ofSupplyCut}).
 *
 * @param rates the wedge {@code c} by exporter id; exporters not listed have none. Each must be
 *              finite and above -1.
 */
public record SupplyPriceWedge(Map<String, Double> rates) {

    /**
     * Sorts the rates by exporter id and checks them.
     *
     * @param rates the wedge {@code c} by exporter id; exporters not listed have none. Each must be
     *              finite and above -1.
     * @throws IllegalArgumentException when a rate is not finite or not above -1
     */
    public SupplyPriceWedge {
        rates = java.util.Collections.unmodifiableMap(new TreeMap<>(rates));
        for (Map.Entry<String, Double> e : rates.entrySet()) {
            double c = e.getValue();
            if (!(c > -1) || !Double.isFinite(c)) {
                throw new IllegalArgumentException("supply-price wedge of " + e.getKey() + " must be finite and above -100%, was " + c);
            }
        }
    }

    /** {@return the empty wedge: no exporter has one} */
    public static SupplyPriceWedge none() {
        return new SupplyPriceWedge(Map.of());
    }

    /**
     * The wedge equivalent to cutting a supply by {@code share} when supply has elasticity
     * {@code exportSupply}: {@code (1-share)^(-1/exportSupply) - 1}.
     *
     * @param share the share of supply cut, in [0, 1)
     * @param exportSupply the export supply elasticity Ex, positive and finite
     * @return the wedge {@code c}, a fraction
     * @throws IllegalArgumentException unless {@code 0 <= share < 1} and {@code exportSupply > 0} is finite
     */
    public static double ofSupplyCut(double share, double exportSupply) {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("a supply cut expressed as a price wedge must be in [0, 1), was " + share);
        }
        if (!(exportSupply > 0) || !Double.isFinite(exportSupply)) {
            throw new IllegalArgumentException("a supply cut needs a finite positive supply elasticity, was " + exportSupply);
        }
        return Math.pow(1 - share, -1 / exportSupply) - 1;
    }

    /**
     * {@return the wedge of {@code exporter}, 0 when it has none}
     *
     * @param exporter an exporter id
     */
    public double rate(String exporter) {
        return rates.getOrDefault(exporter, 0.0);
    }
}
