package org.tradenet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.tradenet.data.Country;
import org.tradenet.data.CountryRegistry;
import org.tradenet.network.CompactGraph;
import org.tradenet.shock.Elasticities;
import org.tradenet.shock.GsimModel;

/**
 * A seeded trade-like world: {@code countries} real countries (so that the built-in scenarios,
 * which name CHN, USA and their allies, apply) and {@code products} products, aggregated to
 * one exporter → importer value matrix in USD.
 *
 * <p>How it is drawn: country sizes {@code s} are Pareto with tail exponent 1.2 (a few large
 * traders, many small ones); each product has a scale drawn from Pareto(1.5), {@code 1 +
 * ⌊3·Pareto(1.2)⌋} exporters (at most half the countries) drawn in proportion to size, and each
 * exporter sells to {@code 1 + ⌊4·Pareto(1.3)⌋} importers drawn in proportion to size (with
 * probability 0.6 among the exporter's own region: 8 regions, country i in region i mod 8,
 * so that the network has regional blocs to find), a flow
 * worth {@code 1e5 · scale · √(s_r s_v) · LogNormal(0, 1.5)} USD. Flows of the same pair are
 * summed over products: the 200 × 5,000 world gives a 200-node weighted digraph with
 * heavy-tailed strengths (about 0.77 million product-level flows before aggregation).
 */
public final class SyntheticTrade {

    /** Number of regions; country i is in region {@code i mod REGIONS}. */
    static final int REGIONS = 8;
    /** Probability that a buyer is drawn from the exporter's own region. */
    static final double REGIONAL = 0.6;

    private final List<String> ids;
    private final double[][] flows;
    private final long productFlows;

    private SyntheticTrade(List<String> ids, double[][] flows, long productFlows) {
        this.ids = ids;
        this.flows = flows;
        this.productFlows = productFlows;
    }

    /** The world of {@code countries} countries and {@code products} products drawn from {@code seed}. */
    public static SyntheticTrade generate(int countries, int products, long seed) {
        List<String> ids = countryIds(countries);
        int n = ids.size();
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] size = SyntheticGraphs.pareto(n, 1.2, rnd);
        SyntheticGraphs.Sampler bySize = new SyntheticGraphs.Sampler(size);
        int[] region = new int[n];
        SyntheticGraphs.Sampler[] inRegion = new SyntheticGraphs.Sampler[REGIONS];
        for (int g = 0; g < REGIONS; g++) {
            double[] sizeInRegion = new double[n];
            for (int i = 0; i < n; i++) {
                region[i] = i % REGIONS;
                sizeInRegion[i] = region[i] == g ? size[i] : 0.0;
            }
            inRegion[g] = new SyntheticGraphs.Sampler(sizeInRegion);
        }
        double[][] flows = new double[n][n];
        long count = 0;
        for (int k = 0; k < products; k++) {
            double scale = Math.pow(1.0 - rnd.nextDouble(), -1.0 / 1.5);
            int exporters = (int) Math.min(n / 2, 1 + Math.floor(3 * Math.pow(1.0 - rnd.nextDouble(), -1.0 / 1.2)));
            for (int e = 0; e < exporters; e++) {
                int r = bySize.draw(rnd);
                int buyers = (int) Math.min(n - 1, 1 + Math.floor(4 * Math.pow(1.0 - rnd.nextDouble(), -1.0 / 1.3)));
                for (int b = 0; b < buyers; b++) {
                    int v = rnd.nextDouble() < REGIONAL ? inRegion[region[r]].draw(rnd) : bySize.draw(rnd);
                    if (v == r) {
                        continue;
                    }
                    flows[r][v] += 1e5 * scale * Math.sqrt(size[r] * size[v]) * Math.exp(1.5 * rnd.nextGaussian());
                    count++;
                }
            }
        }
        return new SyntheticTrade(ids, flows, count);
    }

    /**
     * {@code k} ISO3 ids of sovereign countries, in the order of their BACI numeric codes,
     * with China and the United States always among them.
     */
    static List<String> countryIds(int k) {
        CountryRegistry reg = CountryRegistry.standard();
        List<String> ids = new ArrayList<>(List.of("CHN", "USA"));
        for (int code = 1; code < 1000 && ids.size() < k; code++) {
            var c = reg.byCode(code);
            if (c.isPresent() && c.get().kind() == Country.Kind.COUNTRY && !ids.contains(c.get().id())) {
                ids.add(c.get().id());
            }
        }
        if (ids.size() < k) {
            throw new IllegalArgumentException("the country table has only " + ids.size() + " countries, asked for " + k);
        }
        return List.copyOf(ids);
    }

    /** Country ids, index order. */
    public List<String> ids() {
        return ids;
    }

    /** Product-level flows drawn before aggregation. */
    public long productFlows() {
        return productFlows;
    }

    /** The aggregated exporter → importer graph, weights in USD. */
    public CompactGraph graph() {
        int n = ids.size();
        List<int[]> arcs = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            for (int v = 0; v < n; v++) {
                if (flows[r][v] > 0) {
                    arcs.add(new int[] {r, v});
                }
            }
        }
        int[] s = new int[arcs.size()];
        int[] t = new int[arcs.size()];
        double[] w = new double[arcs.size()];
        for (int e = 0; e < s.length; e++) {
            s[e] = arcs.get(e)[0];
            t[e] = arcs.get(e)[1];
            w[e] = flows[s[e]][t[e]];
        }
        return CompactGraph.of(n, s, t, w, true);
    }

    /**
     * A GSIM model of this world: the aggregated flows, no domestic sales, base tariffs drawn
     * uniformly from 0–10 % per pair (seeded), Francois &amp; Hall's default elasticities.
     */
    public GsimModel model(long seed) {
        int n = ids.size();
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] tariff = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int v = 0; v < n; v++) {
                tariff[r][v] = r == v ? 1.0 : 1.0 + 0.10 * rnd.nextDouble();
            }
        }
        return GsimModel.of(ids, flows, tariff, Elasticities.defaults());
    }
}
