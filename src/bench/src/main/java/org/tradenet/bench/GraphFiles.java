package org.tradenet.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.tradenet.network.CompactGraph;

/**
 * The graph files the comparison shares between tradenet and the Python tools: a header
 * {@code source,target,weight}, one line per arc (directed) or per edge with
 * {@code source <= target} (undirected), nodes numbered {@code 0..n-1}. Whether a graph is
 * directed and how many nodes it has is told separately (the comparison's graph list).
 */
public final class GraphFiles {

    private GraphFiles() {
    }

    /** Writes {@code g}; an undirected loop is written with its edge weight (half of W[u][u]). */
    public static void write(CompactGraph g, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("source,target,weight\n");
            for (int u = 0; u < g.n(); u++) {
                for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                    int v = g.outTarget(p);
                    if (g.directed() || u < v) {
                        w.write(u + "," + v + "," + Double.toString(g.outWeight(p)) + "\n");
                    } else if (u == v) {
                        w.write(u + "," + v + "," + Double.toString(g.outWeight(p) / 2) + "\n");
                    }
                }
            }
        }
    }

    /** Reads a file written by {@link #write} (or by the Python generator) into a graph of n nodes. */
    public static CompactGraph read(Path file, int n, boolean directed) throws IOException {
        int cap = 1 << 16;
        int[] s = new int[cap];
        int[] t = new int[cap];
        double[] w = new double[cap];
        int m = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null || !line.startsWith("source,target")) {
                throw new IOException(file + ": expected the header source,target,weight");
            }
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                if (m == s.length) {
                    s = Arrays.copyOf(s, 2 * m);
                    t = Arrays.copyOf(t, 2 * m);
                    w = Arrays.copyOf(w, 2 * m);
                }
                int a = line.indexOf(',');
                int b = line.indexOf(',', a + 1);
                s[m] = Integer.parseInt(line, 0, a, 10);
                t[m] = Integer.parseInt(line, a + 1, b < 0 ? line.length() : b, 10);
                w[m] = b < 0 ? 1.0 : Double.parseDouble(line.substring(b + 1));
                m++;
            }
        }
        return CompactGraph.of(n, Arrays.copyOf(s, m), Arrays.copyOf(t, m), Arrays.copyOf(w, m), directed);
    }
}
