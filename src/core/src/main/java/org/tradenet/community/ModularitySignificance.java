package org.tradenet.community;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.tradenet.network.CompactGraph;

/**
 * Whether a directed network's community structure is more than what random networks with the
 * same strengths show: the best modularity found on the observed graph against the best
 * modularity found, in the same way, on {@code draws} null networks that keep every node's
 * out- and in-strength ({@link NullModel}).
 *
 * <p>Why: modularity measures a partition against the expected weight {@code k_i^out k_j^in / m},
 * so any single partition of a random graph scores about 0 (Newman 2006,
 * doi:10.1073/pnas.0601602103), but the <em>best</em> partition of a random graph scores well
 * above 0, often 0.1 to 0.4 (Guimerà, Sales-Pardo &amp; Amaral 2004,
 * doi:10.1103/PhysRevE.70.025101). A maximised modularity means something only against the
 * maxima that random graphs of the same strengths reach.
 *
 * <p>Definition: Q_obs is the best directed modularity (Leicht–Newman, resolution γ) of
 * {@code runs} Leiden runs on the graph (seeds seed, seed + 1, …); Q_k the same on null draw
 * k. z = (Q_obs − mean Q_k) / sd Q_k, and the empirical p-value is
 * (1 + #{k : Q_k ≥ Q_obs}) / (draws + 1) (Davison &amp; Hinkley 1997; North, Curtis &amp; Sham
 * 2002, doi:10.1086/341527), which never reports an impossible 0.
 *
 * <p>Direction and weights: the graph's (exporter → importer, trade value). Only directed
 * graphs are rewired; pass a directed {@link CompactGraph}.
 *
 * <p>Running time: draws × (swaps per link × links + runs × one Leiden run), the draws in
 * parallel on the common fork-join pool. Randomised but deterministic per seed: draw k's
 * random source is the k-th split of {@code SplittableRandom(seed)} made before any draw runs,
 * so the result does not depend on the number of threads.
 */
public final class ModularitySignificance {

    private final SignificanceParameters parameters;

    /**
     * A test with these settings.
     *
     * @param parameters null model, draws, swaps per link, runs, resolution, seed and level
     */
    public ModularitySignificance(SignificanceParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** With {@link SignificanceParameters#defaults()}. */
    public ModularitySignificance() {
        this(SignificanceParameters.defaults());
    }

    /** {@return the settings} */
    public SignificanceParameters parameters() {
        return parameters;
    }

    /**
     * Tests the community structure of the directed graph {@code g}.
     *
     * @param g a directed graph, weights = trade value exporter → importer
     * @return the observed best modularity against the null draws', with z-score and empirical p-value
     * @throws IllegalArgumentException when {@code g} is undirected
     */
    public SignificanceResult test(CompactGraph g) {
        if (!g.directed()) {
            throw new IllegalArgumentException("the significance test rewires directed graphs; the graph is undirected");
        }
        return compare(g, best(g), true);
    }

    /**
     * Tests {@code g} against an observed best modularity the caller already found, with the
     * draws one after another on the calling thread: for callers that run many tests in
     * parallel themselves (the atlas runs one per product and year on its own pool). The
     * result equals {@link #test(CompactGraph)}'s when {@code observed} is the best directed
     * modularity of {@code runs} Leiden runs at this resolution with seeds seed, seed + 1, …
     * ({@link RepeatedRuns}), as the atlas's own community detection finds it.
     *
     * @param g        a directed graph, weights = trade value exporter → importer
     * @param observed the best modularity found on {@code g} with these parameters' runs, resolution and seed
     * @return the observed best modularity against the null draws', with z-score and empirical p-value
     * @throws IllegalArgumentException when {@code g} is undirected
     */
    public SignificanceResult testSequentially(CompactGraph g, double observed) {
        if (!g.directed()) {
            throw new IllegalArgumentException("the significance test rewires directed graphs; the graph is undirected");
        }
        return compare(g, observed, false);
    }

    /** The null draws against {@code observed}, in parallel or on the calling thread (same result either way). */
    private SignificanceResult compare(CompactGraph g, double observed, boolean parallel) {
        int draws = parameters.draws();
        SplittableRandom root = new SplittableRandom(parameters.seed());
        long[] seeds = new long[draws];
        for (int k = 0; k < draws; k++) {
            seeds[k] = root.split().nextLong();
        }
        double[] quality = new double[draws];
        int[] links = new int[draws];
        IntStream indices = IntStream.range(0, draws);
        (parallel ? indices.parallel() : indices).forEach(k -> {
            CompactGraph rewired = StrengthPreservingRewiring.draw(g, parameters.swapsPerLink(), new SplittableRandom(seeds[k]));
            quality[k] = best(rewired);
            links[k] = rewired.entries();
        });
        double mean = 0;
        double meanLinks = 0;
        for (int k = 0; k < draws; k++) {
            mean += quality[k];
            meanLinks += links[k];
        }
        mean /= draws;
        meanLinks /= draws;
        double ss = 0;
        int atLeast = 0;
        for (int k = 0; k < draws; k++) {
            ss += (quality[k] - mean) * (quality[k] - mean);
            atLeast += quality[k] >= observed ? 1 : 0;
        }
        double sd = draws > 1 ? Math.sqrt(ss / (draws - 1)) : 0;
        double z = sd > 0 ? (observed - mean) / sd : Double.NaN;
        double p = Double.isNaN(observed) ? Double.NaN : (1.0 + atLeast) / (draws + 1.0);
        return new SignificanceResult(observed, quality, mean, sd, z, p, meanLinks, parameters);
    }

    /** The best modularity of {@code runs} Leiden runs, seeds counting up from the parameters' seed. */
    private double best(CompactGraph g) {
        Leiden leiden = new Leiden(LeidenParameters.defaults().withResolution(parameters.resolution())
                .withSeed(parameters.seed()));
        return RepeatedRuns.of(leiden, g, parameters.runs()).maxQuality();
    }
}
