package org.tradenet.chain;

import java.util.List;

import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;

/**
 * The supply side of one tier, on the chain's country index (country {@code i} is
 * {@code ValueChain.countries().get(i)}):
 * <pre>
 * W[k][c] = trade from k to c (the tier's network, self-flows left out)
 * H[c]    = max(0, production[c] - exports[c])     home supply; 0 without production data
 * U[c]    = sum_k W[k][c] + H[c]                    c's supply
 * S[c][k] = W[k][c] / U[c],  S[c][c] = H[c] / U[c]  c's supply shares (0 when U[c] = 0)
 * Y[k]    = sum_c W[k][c] + H[k]                    k's output as the tier sees it
 * </pre>
 * in the tier's unit. Immutable; built by {@link ValueChain}. O(n² + L) to build for n
 * countries and L links.
 */
public final class TierSupply {

    private final ChainTier tier;
    private final List<String> ids;
    private final double[][] trade;
    private final double[] home;
    private final double[] supply;
    private final double[] output;
    private final List<String> floored;

    TierSupply(ChainTier tier, List<String> ids, java.util.Map<String, Integer> index) {
        this.tier = tier;
        this.ids = ids;
        int n = ids.size();
        trade = new double[n][n];
        double[] exports = new double[n];
        tier.trade().ifPresent(net -> addLinks(net, index, exports));
        home = new double[n];
        supply = new double[n];
        output = new double[n];
        List<String> fl = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, Double> e : tier.production().entrySet()) {
            int c = index.get(e.getKey());
            double h = e.getValue() - exports[c];
            if (h < 0) {
                fl.add(e.getKey());
            }
            home[c] = Math.max(0, h);
        }
        floored = List.copyOf(fl);
        for (int k = 0; k < n; k++) {
            for (int c = 0; c < n; c++) {
                supply[c] += trade[k][c];
                output[k] += trade[k][c];
            }
        }
        for (int c = 0; c < n; c++) {
            supply[c] += home[c];
            output[c] += home[c];
        }
    }

    private void addLinks(TradeNetwork net, java.util.Map<String, Integer> index, double[] exports) {
        for (TradeLink l : net.links()) {
            if (l.isSelfLoop()) {
                continue;
            }
            int k = index.get(l.exporter());
            int c = index.get(l.importer());
            trade[k][c] += l.weight();
            exports[k] += l.weight();
        }
    }

    /** {@return the tier} */
    public ChainTier tier() {
        return tier;
    }

    /** {@return number of countries of the chain} */
    public int size() {
        return ids.size();
    }

    /**
     * {@return trade W[k][c] from k to c}
     *
     * @param k the exporter's index
     * @param c the importer's index
     */
    public double trade(int k, int c) {
        return trade[k][c];
    }

    /**
     * {@return home supply H[c]}
     *
     * @param c a country index
     */
    public double home(int c) {
        return home[c];
    }

    /**
     * {@return supply U[c]}
     *
     * @param c a country index
     */
    public double supply(int c) {
        return supply[c];
    }

    /**
     * {@return output Y[k]: k's sales to others plus its home supply}
     *
     * @param k a country index
     */
    public double output(int k) {
        return output[k];
    }

    /**
     * {@return what k supplies c: W[k][c], or H[c] when k = c}
     *
     * @param k the supplier's index
     * @param c the buyer's index
     */
    public double flow(int k, int c) {
        return k == c ? home[c] : trade[k][c];
    }

    /**
     * {@return supply share S[c][k]: k's part of c's supply (0 when c has none)}
     *
     * @param c the buyer's index
     * @param k the supplier's index
     */
    public double share(int c, int k) {
        return supply[c] > 0 ? flow(k, c) / supply[c] : 0.0;
    }

    /** {@return countries whose exports exceed their production, so that home supply was floored at 0} */
    public List<String> flooredHomeSupply() {
        return floored;
    }
}
