package org.tradenet.chain;

import java.util.ArrayList;
import java.util.List;

/**
 * Hidden dependencies along a {@link ValueChain}: how much of each country's supply at each
 * tier traces back to each origin at the first tier.
 *
 * <p>Definition (per tier t, with {@link TierSupply}'s supply shares {@code S}):
 * <pre>
 * Origin^1[k]    = e_k                                   the first tier: k made what k sells
 * Origin^t[k]    = E^{t-1}[k]   if U^{t-1}[k] &gt; 0, else e_k  (the fallbacks are counted)
 * E^t[c][o]      = sum_k S^t[c][k] * Origin^t[k][o]     upstream exposure of c to origin o
 * direct^t[c][o] = S^t[c][o],   hidden = E - direct
 * </pre>
 * Each row of {@code E^t} of a country with supply sums to 1 (a mix of probability vectors).
 * Weights are the tier's values (USD for traded tiers); the first tier's unit does not matter,
 * since only shares enter.
 *
 * <p>Complexity O(T·n·d·o) for T tiers, n countries, d suppliers per country and o origins
 * (dense n×n arrays per tier). Deterministic.
 *
 * <p>Reference: the multi-tier exposure of Klimek et al. (2025), "Quantifying the rare-earth
 * supply chain", arXiv:2508.00556, in the input–output reading of upstream origin shares.
 */
public final class Exposure {

    private final ValueChain chain;
    private final List<TierExposure> tiers;

    private Exposure(ValueChain chain, List<TierExposure> tiers) {
        this.chain = chain;
        this.tiers = List.copyOf(tiers);
    }

    /**
     * Computes the exposures of every tier, upstream first.
     *
     * @param chain the value chain
     * @return the exposures of every tier
     */
    public static Exposure of(ValueChain chain) {
        int n = chain.countries().size();
        List<TierExposure> out = new ArrayList<>();
        double[][] previous = null;
        TierSupply previousSupply = null;
        for (TierSupply ts : chain.supplies()) {
            double[][] e = new double[n][];
            List<String> fallbacks = new ArrayList<>();
            double[][] origin = new double[n][];
            for (int k = 0; k < n; k++) {
                if (ts.output(k) <= 0) {
                    continue;
                }
                if (previous != null && previousSupply.supply(k) > 0) {
                    origin[k] = previous[k];
                } else {
                    origin[k] = unit(n, k);
                    if (previous != null) {
                        fallbacks.add(chain.countries().get(k));
                    }
                }
            }
            for (int c = 0; c < n; c++) {
                if (ts.supply(c) <= 0) {
                    continue;
                }
                double[] row = new double[n];
                for (int k = 0; k < n; k++) {
                    double s = ts.share(c, k);
                    if (s == 0) {
                        continue;
                    }
                    double[] ok = origin[k];
                    for (int o = 0; o < n; o++) {
                        row[o] += s * ok[o];
                    }
                }
                e[c] = row;
            }
            out.add(new TierExposure(chain.countries(), ts, e, fallbacks));
            previous = e;
            previousSupply = ts;
        }
        return new Exposure(chain, out);
    }

    private static double[] unit(int n, int k) {
        double[] v = new double[n];
        v[k] = 1;
        return v;
    }

    /** {@return the chain} */
    public ValueChain chain() {
        return chain;
    }

    /** {@return exposures per tier, upstream first} */
    public List<TierExposure> tiers() {
        return tiers;
    }

    /**
     * The exposures of the tier called {@code name}.
     *
     * @param name the tier's name
     * @return its exposures; empty when the chain has no such tier
     */
    public java.util.Optional<TierExposure> tier(String name) {
        return tiers.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** {@return the last tier's exposures (the final buyers')} */
    public TierExposure last() {
        return tiers.get(tiers.size() - 1);
    }
}
