package org.tradenet.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.tradenet.network.CompactGraph;

/**
 * Seeded graph generators for the benchmarks: the same seed gives the same graph, bit for
 * bit, on every machine. Not for analysis: they only have to look like the graphs tradenet
 * meets (heavy-tailed strengths, community structure) at the sizes the issue names.
 */
public final class SyntheticGraphs {

    private SyntheticGraphs() {
    }

    /**
     * A directed weighted graph of {@code n} nodes and exactly {@code m} distinct arcs (no
     * self-loops), Chung–Lu style: tails drawn in proportion to an out-propensity and heads to
     * an in-propensity, both Pareto with tail exponent 1.5 (so degrees and strengths are
     * heavy-tailed, as in trade), weights {@code propensity_u · propensity_v · LogNormal(0, 1)}.
     * Arcs i → i+1 (mod n) are added first so the graph is strongly connected.
     */
    public static CompactGraph directedWeighted(int n, int m, long seed) {
        if (m < n || m > (long) n * (n - 1)) {
            throw new IllegalArgumentException("need n <= m <= n(n-1), was n=" + n + ", m=" + m);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] out = pareto(n, 1.5, rnd);
        double[] in = pareto(n, 1.5, rnd);
        Sampler tails = new Sampler(out);
        Sampler heads = new Sampler(in);
        long[] keys = new long[m];
        int k = 0;
        for (int u = 0; u < n; u++) {
            keys[k++] = key(u, (u + 1) % n);
        }
        fill(keys, k, rnd, (r) -> key(tails.draw(r), heads.draw(r)));
        int[] s = new int[m];
        int[] t = new int[m];
        double[] w = new double[m];
        for (int e = 0; e < m; e++) {
            s[e] = (int) (keys[e] >>> 32);
            t[e] = (int) keys[e];
            w[e] = out[s[e]] * in[t[e]] * Math.exp(rnd.nextGaussian());
        }
        return CompactGraph.of(n, s, t, w, true);
    }

    /**
     * An undirected unweighted graph of {@code n} nodes and exactly {@code m} distinct edges with
     * planted communities: community sizes are drawn from a power law (exponent 1.5) between
     * {@code minSize} and {@code maxSize}; each edge picks one end uniformly and, with
     * probability {@code 1 - mu}, the other end in the same community, else anywhere. The
     * 40,000-node / 180,000-edge instance is the Leiden benchmark the issue asks for.
     */
    public static CompactGraph planted(int n, int m, double mu, int minSize, int maxSize, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] community = new int[n];
        int[] start = new int[n + 1];
        int c = 0;
        int v = 0;
        while (v < n) {
            double x = rnd.nextDouble();
            // Inverse CDF of a power law with exponent 1.5 on [minSize, maxSize].
            double a = Math.pow(minSize, -0.5);
            double b = Math.pow(maxSize, -0.5);
            int size = (int) Math.min(n - v, Math.round(Math.pow(a - x * (a - b), -2.0)));
            start[c] = v;
            for (int i = 0; i < size; i++) {
                community[v++] = c;
            }
            c++;
        }
        start[c] = n;
        int[] commStart = Arrays.copyOf(start, c + 1);
        long[] keys = new long[m];
        int k = fill(keys, 0, rnd, (r) -> {
            int u = r.nextInt(n);
            int w;
            if (r.nextDouble() < mu) {
                w = r.nextInt(n);
            } else {
                int cu = community[u];
                w = commStart[cu] + r.nextInt(commStart[cu + 1] - commStart[cu]);
            }
            return key(Math.min(u, w), Math.max(u, w));
        });
        int[] s = new int[k];
        int[] t = new int[k];
        for (int e = 0; e < k; e++) {
            s[e] = (int) (keys[e] >>> 32);
            t[e] = (int) keys[e];
        }
        return CompactGraph.of(n, s, t, null, false);
    }

    private interface ArcDraw {
        /** A packed (tail, head) key; tail == head is rejected by the caller. */
        long draw(SplittableRandom rnd);
    }

    /**
     * Fills {@code keys[from..]} with distinct keys that are not self-loops, in sorted order at
     * the end; the first {@code from} keys are kept. Returns keys.length.
     */
    private static int fill(long[] keys, int from, SplittableRandom rnd, ArcDraw draw) {
        int m = keys.length;
        int k = from;
        while (true) {
            while (k < m) {
                long x = draw.draw(rnd);
                if ((int) (x >>> 32) != (int) x) {
                    keys[k++] = x;
                }
            }
            Arrays.sort(keys);
            int d = 0;
            for (int i = 0; i < m; i++) {
                if (i == 0 || keys[i] != keys[i - 1]) {
                    keys[d++] = keys[i];
                }
            }
            if (d == m) {
                return m;
            }
            k = d;
        }
    }

    private static long key(int u, int v) {
        return ((long) u << 32) | (v & 0xffffffffL);
    }

    /** Pareto(x_min = 1, tail exponent alpha) draws. */
    static double[] pareto(int n, double alpha, SplittableRandom rnd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.pow(1.0 - rnd.nextDouble(), -1.0 / alpha);
        }
        return x;
    }

    /** Draws indices in proportion to non-negative weights (cumulative sums and binary search). */
    static final class Sampler {
        private final double[] cumulative;

        Sampler(double[] weights) {
            cumulative = new double[weights.length];
            double s = 0;
            for (int i = 0; i < weights.length; i++) {
                s += weights[i];
                cumulative[i] = s;
            }
        }

        int draw(SplittableRandom rnd) {
            double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            i = i >= 0 ? i : -i - 1;
            return Math.min(i, cumulative.length - 1);
        }
    }
}
