package org.tradenet.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.tradenet.metrics.Betweenness;
import org.tradenet.metrics.BetweennessParameters;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeNetwork;

/**
 * Robustness of each traded tier of a {@link ValueChain} to the removal of countries.
 *
 * <p>Definition. On a tier's trade network (n countries, edges exporter → importer weighted
 * by value, self-flows left out), countries are removed one at a time in an order; after i
 * removals
 * <pre>
 * tradeKept[i]  = (value of links between countries not removed) / (value of all links)
 * largestWcc[i] = (countries in the largest weakly connected component of what is left) / n
 * </pre>
 * Orders: <b>throughput</b>, countries by exports + imports, largest first; <b>betweenness</b>,
 * by weighted betweenness (Brandes 2001, lengths 1/value, see {@link Betweenness}), largest
 * first. Each targeted order is ranked two ways: <b>static</b>, once on the whole network;
 * <b>adaptive</b>, re-ranked on what is left after each removal (the throughput among the
 * countries left, the betweenness of the network left), the standard of targeted-attack
 * studies (Holme et al. 2002). Ties, in both, go to the country first by id. <b>random</b>:
 * {@code draws} uniformly random orders from one seeded generator, the curves averaged. For
 * each curve, the removals to halve it: the first i with a value at or below 0.5.
 *
 * <p>Complexity O(n·(n + m)·α) per order (a union–find pass per removal), so O(draws·n·m) for
 * the random orders, plus Brandes' O(nm + n² log n) for the static betweenness ranking and up
 * to n times that for the adaptive one (it stops recomputing once no link is left).
 * Deterministic for a given seed.
 *
 * <p>References: targeted-removal analyses of rare-earth trade networks by product tier
 * (China Mining Magazine 2025); Albert, R., Jeong, H. and Barabási, A.-L. (2000), "Error and
 * attack tolerance of complex networks", Nature 406, 378–382, doi:10.1038/35019019; Holme, P.,
 * Kim, B. J., Yoon, C. N. and Han, S. K. (2002), "Attack vulnerability of complex networks",
 * Physical Review E 65, 056109, doi:10.1103/PhysRevE.65.056109 (recalculated orders).
 */
public final class Robustness {

    private final Parameters parameters;

    /**
     * Settings.
     *
     * @param draws number of random orders, at least 1
     * @param seed  seed of the random orders
     */
    public record Parameters(int draws, long seed) {
        /**
         * Checks the number of draws.
         *
         * @param draws number of random orders, at least 1
         * @param seed  seed of the random orders
         * @throws IllegalArgumentException when {@code draws} is below 1
         */
        public Parameters {
            if (draws < 1) {
                throw new IllegalArgumentException("random draws must be at least 1, was " + draws);
            }
        }

        /** {@return the default settings: 100 draws, seed 42} */
        public static Parameters defaults() {
            return new Parameters(100, 42L);
        }

        /**
         * {@return these settings with another number of random orders}
         *
         * @param d number of random orders, at least 1
         */
        public Parameters withDraws(int d) {
            return new Parameters(d, seed);
        }

        /**
         * {@return these settings with another seed}
         *
         * @param s seed of the random orders
         */
        public Parameters withSeed(long s) {
            return new Parameters(draws, s);
        }
    }

    /** How a removal order is ranked. */
    public enum Ranking {
        /** Ranked once, on the whole network. */
        STATIC,
        /** Re-ranked on the network left after each removal. */
        ADAPTIVE,
        /** Uniformly random orders, curves averaged. */
        RANDOM;

        /** {@return the lower-case word used in reports} */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One order's curves (index i = after i removals, 0..n).
     *
     * @param strategy         throughput, betweenness or random
     * @param ranking          static, adaptive or random
     * @param removed          the order of removal (for random: empty)
     * @param tradeKept        share of trade value kept
     * @param largestWcc       largest weakly connected component, share of the countries
     * @param removalsToHalveTrade removals until the trade kept is at or below 0.5
     * @param removalsToHalveWcc   removals until the largest component is at or below 0.5
     */
    public record Curve(String strategy, Ranking ranking, List<String> removed, double[] tradeKept, double[] largestWcc,
                        int removalsToHalveTrade, int removalsToHalveWcc) {
        /**
         * Copies the removal order and the curves (arrays are never shared).
         *
         * @param strategy         throughput, betweenness or random
         * @param ranking          static, adaptive or random
         * @param removed          the order of removal (for random: empty)
         * @param tradeKept        share of trade value kept
         * @param largestWcc       largest weakly connected component, share of the countries
         * @param removalsToHalveTrade removals until the trade kept is at or below 0.5
         * @param removalsToHalveWcc   removals until the largest component is at or below 0.5
         */
        public Curve {
            removed = List.copyOf(removed);
            tradeKept = tradeKept.clone();
            largestWcc = largestWcc.clone();
        }

        /** {@return the strategy, with "(adaptive)" after it for an adaptive order: the name reports show} */
        public String label() {
            return ranking == Ranking.ADAPTIVE ? strategy + " (adaptive)" : strategy;
        }

        /** {@return a copy of the share of trade value kept after i removals} */
        @Override
        public double[] tradeKept() {
            return tradeKept.clone();
        }

        /** {@return a copy of the largest weakly connected component's share of countries after i removals} */
        @Override
        public double[] largestWcc() {
            return largestWcc.clone();
        }
    }

    /**
     * One tier's curves.
     *
     * @param tier      the tier's name
     * @param countries countries of the tier's network
     * @param curves    throughput, betweenness (static), random, throughput, betweenness (adaptive)
     */
    public record TierRobustness(String tier, int countries, List<Curve> curves) {
        /**
         * Copies the curves into an unmodifiable list.
         *
         * @param tier      the tier's name
         * @param countries countries of the tier's network
         * @param curves    throughput, betweenness (static), random, throughput, betweenness (adaptive)
         */
        public TierRobustness {
            curves = List.copyOf(curves);
        }
    }

    /**
     * The outcome.
     *
     * @param parameters the settings (seed echoed)
     * @param tiers      per traded tier, upstream first
     */
    public record Result(Parameters parameters, List<TierRobustness> tiers) {
        /**
         * Copies the tiers into an unmodifiable list.
         *
         * @param parameters the settings (seed echoed)
         * @param tiers      per traded tier, upstream first
         */
        public Result {
            tiers = List.copyOf(tiers);
        }
    }

    private Robustness(Parameters parameters) {
        this.parameters = parameters;
    }

    /**
     * With these settings.
     *
     * @param parameters number of random draws and their seed
     * @return a robustness analysis
     */
    public static Robustness of(Parameters parameters) {
        return new Robustness(java.util.Objects.requireNonNull(parameters, "parameters"));
    }

    /** {@return a robustness analysis with 100 random draws, seed 42} */
    public static Robustness defaults() {
        return of(Parameters.defaults());
    }

    /**
     * Curves for every tier that has trade.
     *
     * @param chain the value chain
     * @return the curves of every tier that has a trade network, upstream first
     */
    public Result run(ValueChain chain) {
        List<TierRobustness> out = new ArrayList<>();
        for (ChainTier t : chain.tiers()) {
            t.trade().ifPresent(net -> out.add(tier(t.name(), net)));
        }
        return new Result(parameters, out);
    }

    /**
     * Curves for one network.
     *
     * @param name the tier's name, carried into the result
     * @param net the tier's trade network (exporter → importer, trade value)
     * @return the curves: throughput and betweenness ranked once (static), random, then
     *         throughput and betweenness re-ranked after each removal (adaptive)
     */
    public TierRobustness tier(String name, TradeNetwork net) {
        CompactGraph g = net.compact();
        int n = g.n();
        double[] through = new double[n];
        for (int u = 0; u < n; u++) {
            through[u] = g.outStrength(u) + g.inStrength(u) - 2 * g.weight(u, u);
        }
        double[] btw = betweenness(g);
        List<Curve> curves = new ArrayList<>();
        curves.add(curve("throughput", Ranking.STATIC, net, g, ranked(through)));
        curves.add(curve("betweenness", Ranking.STATIC, net, g, ranked(btw)));
        SplittableRandom rnd = new SplittableRandom(parameters.seed());
        double[] trade = new double[n + 1];
        double[] wcc = new double[n + 1];
        for (int d = 0; d < parameters.draws(); d++) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            double[][] c = curves(g, order);
            for (int i = 0; i <= n; i++) {
                trade[i] += c[0][i] / parameters.draws();
                wcc[i] += c[1][i] / parameters.draws();
            }
        }
        curves.add(new Curve("random", Ranking.RANDOM, List.of(), trade, wcc, halving(trade), halving(wcc)));
        curves.add(curve("throughput", Ranking.ADAPTIVE, net, g, adaptiveOrder(g, false)));
        curves.add(curve("betweenness", Ranking.ADAPTIVE, net, g, adaptiveOrder(g, true)));
        return new TierRobustness(name, n, curves);
    }

    /** Weighted betweenness (lengths 1/value, self-loops ignored), one thread. */
    private static double[] betweenness(CompactGraph g) {
        return new Betweenness(BetweennessParameters.defaults().withThreads(1)).compute(g).values();
    }

    /**
     * The adaptive order: at each step the country left with the largest score on the network
     * left (throughput: exports + imports with the countries left; betweenness: recomputed on
     * the links among the countries left), ties to the lowest index. Once no link is left every
     * score is 0 and the rest follow by index.
     */
    static int[] adaptiveOrder(CompactGraph g, boolean byBetweenness) {
        int n = g.n();
        boolean[] gone = new boolean[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            double[] score;
            if (byBetweenness) {
                CompactGraph h = left(g, gone);
                score = h.entries() == 0 ? new double[n] : betweenness(h);
            } else {
                score = throughputLeft(g, gone);
            }
            int best = -1;
            for (int u = 0; u < n; u++) {
                if (!gone[u] && (best < 0 || score[u] > score[best])) {
                    best = u;
                }
            }
            order[i] = best;
            gone[best] = true;
        }
        return order;
    }

    /** Exports + imports of each country with the countries not gone (self-flows left out). */
    private static double[] throughputLeft(CompactGraph g, boolean[] gone) {
        int n = g.n();
        double[] t = new double[n];
        for (int u = 0; u < n; u++) {
            if (gone[u]) {
                continue;
            }
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                int v = g.outTarget(p);
                if (v != u && !gone[v]) {
                    t[u] += g.outWeight(p);
                    t[v] += g.outWeight(p);
                }
            }
        }
        return t;
    }

    /** The same n nodes with only the links among those not gone (the gone ones isolated). */
    private static CompactGraph left(CompactGraph g, boolean[] gone) {
        int n = g.n();
        int m = 0;
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                if (!gone[u] && !gone[g.outTarget(p)] && g.outTarget(p) != u) {
                    m++;
                }
            }
        }
        int[] src = new int[m];
        int[] dst = new int[m];
        double[] w = new double[m];
        int k = 0;
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                int v = g.outTarget(p);
                if (!gone[u] && !gone[v] && v != u) {
                    src[k] = u;
                    dst[k] = v;
                    w[k++] = g.outWeight(p);
                }
            }
        }
        return CompactGraph.of(n, src, dst, w, true);
    }

    private static int[] ranked(double[] score) {
        Integer[] idx = new Integer[score.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    private static Curve curve(String strategy, Ranking ranking, TradeNetwork net, CompactGraph g, int[] order) {
        double[][] c = curves(g, order);
        List<String> removed = new ArrayList<>();
        for (int u : order) {
            removed.add(net.country(u).id());
        }
        return new Curve(strategy, ranking, removed, c[0], c[1], halving(c[0]), halving(c[1]));
    }

    /** {tradeKept, largestWcc} after 0..n removals in {@code order}. */
    static double[][] curves(CompactGraph g, int[] order) {
        int n = g.n();
        double total = 0;
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                if (g.outTarget(p) != u) {
                    total += g.outWeight(p);
                }
            }
        }
        boolean[] gone = new boolean[n];
        double[] trade = new double[n + 1];
        double[] wcc = new double[n + 1];
        double kept = total;
        trade[0] = total > 0 ? 1.0 : 0.0;
        wcc[0] = n > 0 ? largest(g, gone) / (double) n : 0.0;
        for (int i = 0; i < n; i++) {
            int u = order[i];
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                int v = g.outTarget(p);
                if (v != u && !gone[v]) {
                    kept -= g.outWeight(p);
                }
            }
            for (int p = g.inStart(u); p < g.inEnd(u); p++) {
                int v = g.inSource(p);
                if (v != u && !gone[v]) {
                    kept -= g.inWeight(p);
                }
            }
            gone[u] = true;
            // the running difference leaves rounding dust of order 1e-15 when nothing is left
            trade[i + 1] = total > 0 && kept > 1e-12 * total ? kept / total : 0.0;
            wcc[i + 1] = largest(g, gone) / (double) n;
        }
        return new double[][] {trade, wcc};
    }

    /** Size of the largest weakly connected component among the nodes not gone (union–find). */
    private static int largest(CompactGraph g, boolean[] gone) {
        int n = g.n();
        int[] parent = new int[n];
        for (int u = 0; u < n; u++) {
            parent[u] = u;
        }
        for (int u = 0; u < n; u++) {
            if (gone[u]) {
                continue;
            }
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                int v = g.outTarget(p);
                if (!gone[v]) {
                    int a = find(parent, u);
                    int b = find(parent, v);
                    if (a != b) {
                        parent[a] = b;
                    }
                }
            }
        }
        int[] size = new int[n];
        int best = 0;
        for (int u = 0; u < n; u++) {
            if (!gone[u]) {
                best = Math.max(best, ++size[find(parent, u)]);
            }
        }
        return best;
    }

    private static int find(int[] parent, int u) {
        while (parent[u] != u) {
            parent[u] = parent[parent[u]];
            u = parent[u];
        }
        return u;
    }

    private static int halving(double[] curve) {
        for (int i = 0; i < curve.length; i++) {
            if (curve[i] <= 0.5) {
                return i;
            }
        }
        return curve.length - 1;
    }
}
