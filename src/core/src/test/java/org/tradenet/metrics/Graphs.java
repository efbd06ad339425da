package org.tradenet.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tradenet.network.CompactGraph;

/** Small graphs for the edge-case ladder and seeded random graphs for oracle tests. */
final class Graphs {

    private Graphs() {
    }

    /** A directed graph from {source, target} pairs, weight 1. */
    static CompactGraph directed(int n, int[]... arcs) {
        return weighted(n, arcs, null);
    }

    /** A directed graph from {source, target} pairs with weights ({@code null}: weight 1). */
    static CompactGraph weighted(int n, int[][] arcs, double[] w) {
        int[] s = new int[arcs.length];
        int[] t = new int[arcs.length];
        for (int e = 0; e < arcs.length; e++) {
            s[e] = arcs[e][0];
            t[e] = arcs[e][1];
        }
        return CompactGraph.of(n, s, t, w, true);
    }

    static CompactGraph empty() {
        return directed(0);
    }

    /** The directed ring 0 → 1 → ... → n-1 → 0. */
    static CompactGraph ring(int n) {
        int[][] a = new int[n][];
        for (int i = 0; i < n; i++) {
            a[i] = new int[] {i, (i + 1) % n};
        }
        return directed(n, a);
    }

    /** The directed path 0 → 1 → ... → n-1. */
    static CompactGraph path(int n) {
        int[][] a = new int[n - 1][];
        for (int i = 0; i + 1 < n; i++) {
            a[i] = new int[] {i, i + 1};
        }
        return directed(n, a);
    }

    /** The out-star: centre 0 exports to leaves 1..k. */
    static CompactGraph outStar(int k) {
        int[][] a = new int[k][];
        for (int i = 1; i <= k; i++) {
            a[i - 1] = new int[] {0, i};
        }
        return directed(k + 1, a);
    }

    /** The two-way star: centre 0 trades with leaves 1..k in both directions. */
    static CompactGraph twoWayStar(int k) {
        int[][] a = new int[2 * k][];
        for (int i = 1; i <= k; i++) {
            a[2 * i - 2] = new int[] {0, i};
            a[2 * i - 1] = new int[] {i, 0};
        }
        return directed(k + 1, a);
    }

    /** A seeded random directed graph: each ordered pair is an arc with probability p, weight drawn from {@code weights}. */
    static CompactGraph random(long seed, int n, double p, double[] weights) {
        Random r = new Random(seed);
        List<int[]> arcs = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                if (u != v && r.nextDouble() < p) {
                    arcs.add(new int[] {u, v});
                    w.add(weights[r.nextInt(weights.length)]);
                }
            }
        }
        return weighted(n, arcs.toArray(new int[0][]), w.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** celegansneural from test-fixtures/benchmarks (node i = id i; repeated rows summed by CompactGraph). */
    static CompactGraph celegans() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("test-fixtures", "benchmarks", "celegansneural.edges.csv"));
        int m = lines.size() - 1;
        int[] s = new int[m];
        int[] t = new int[m];
        double[] w = new double[m];
        int n = 0;
        for (int e = 0; e < m; e++) {
            String[] f = lines.get(e + 1).trim().split(",");
            s[e] = Integer.parseInt(f[0]);
            t[e] = Integer.parseInt(f[1]);
            w[e] = Double.parseDouble(f[2]);
            n = Math.max(n, Math.max(s[e], t[e]) + 1);
        }
        return CompactGraph.of(n, s, t, w, true);
    }
}
