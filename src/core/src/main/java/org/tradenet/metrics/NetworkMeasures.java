package org.tradenet.metrics;

import java.util.Arrays;
import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * Whole-network measures of a directed weighted trade network. Edges run exporter →
 * importer; weights as the network says (trade value by default). Self-loops (domestic
 * sales, when kept) are left out of every measure except the assortativity pairs, where
 * they count as networkx counts them.
 *
 * <ul>
 * <li>{@code density}: links over possible links, {@code L / (n(n-1))}; NaN for n &lt; 2.</li>
 * <li>{@code reciprocity}: share of links whose reverse link exists (networkx
 *     {@code overall_reciprocity}); {@code weightedReciprocity}: {@code sum over i != j of
 *     min(w_ij, w_ji) / sum over i != j of w_ij}, the share of trade matched by trade the other
 *     way (Squartini et al. 2013). NaN without links.</li>
 * <li>strength assortativity (Newman 2003): the Pearson correlation, over links u → v, of an
 *     x-strength of u and a y-strength of v, for (x, y) = (out, in), (in, in), (out, out),
 *     (in, out); networkx {@code degree_pearson_correlation_coefficient(G, x, y,
 *     weight=...)}. Positive out–in: big exporters sell to big importers. NaN when either
 *     side has no variance.</li>
 * <li>components: weakly and strongly connected components over links of positive weight,
 *     their numbers and largest sizes.</li>
 * <li>{@code averageShortestPath}, {@code diameter}: the mean and the largest distance over
 *     ordered pairs of the largest strongly connected component (ties: the one holding the
 *     lowest node index), with lengths from a {@link DistanceKind}; NaN when that component
 *     has one node.</li>
 * <li>export and import concentration: HHI and Gini of out- and in-strengths over all
 *     nodes (see {@link Concentration}).</li>
 * <li>{@code withinGroupShare}: the share of trade (weight) on links whose two ends are in
 *     the same group (UN region): a first regionalisation index. Nodes of unknown group are
 *     in no group.</li>
 * </ul>
 * Complexity: O(nm + n² log n) for the path measures, O(n + m) for the rest. Not randomised.
 *
 * <p>References: M. E. J. Newman (2003), Mixing patterns in networks, Phys. Rev. E
 * 67:026126, doi:10.1103/PhysRevE.67.026126; T. Squartini, F. Picciolo, F. Ruzzenenti and D.
 * Garlaschelli (2013), Reciprocity of weighted networks, Scientific Reports 3:2729,
 * doi:10.1038/srep02729; R. Tarjan (1972), Depth-first search and linear graph algorithms,
 * SIAM J. Computing 1(2):146–160, doi:10.1137/0201010.
 *
 * @param nodes               number of nodes
 * @param links               number of links (self-loops excluded)
 * @param density             links over possible links
 * @param reciprocity         share of links reciprocated (binary)
 * @param weightedReciprocity share of weight reciprocated
 * @param assortativityOutIn  out-strength of exporter vs in-strength of importer
 * @param assortativityInIn   in-strength of exporter vs in-strength of importer
 * @param assortativityOutOut out-strength of exporter vs out-strength of importer
 * @param assortativityInOut  in-strength of exporter vs out-strength of importer
 * @param weakComponents      number of weakly connected components
 * @param largestWeak         size of the largest
 * @param strongComponents    number of strongly connected components
 * @param largestStrong       size of the largest
 * @param distance            the distance used for path measures
 * @param averageShortestPath mean distance over ordered pairs of the largest strong component
 * @param diameter            largest distance there
 * @param exportHhi           HHI of out-strengths
 * @param exportGini          Gini of out-strengths
 * @param importHhi           HHI of in-strengths
 * @param importGini          Gini of in-strengths
 * @param groups              what the groups of {@code withinGroupShare} are
 * @param withinGroupShare    share of weight on links inside a group
 */
public record NetworkMeasures(int nodes, int links, double density, double reciprocity, double weightedReciprocity,
                              double assortativityOutIn, double assortativityInIn, double assortativityOutOut,
                              double assortativityInOut, int weakComponents, int largestWeak, int strongComponents,
                              int largestStrong, DistanceKind distance, double averageShortestPath, double diameter,
                              double exportHhi, double exportGini, double importHhi, double importGini,
                              String groups, double withinGroupShare) {

    /**
     * Measures {@code g}.
     *
     * @param g        the graph (directed; an undirected graph is read as symmetric)
     * @param distance lengths for the path measures
     * @param groups   a partition for the within-group share
     * @param threads  threads for the path measures (the result does not depend on it)
     * @return the whole-network measures, with the distance meaning they used
     */
    public static NetworkMeasures of(CompactGraph g, DistanceKind distance, NodeGroups groups, int threads) {
        Objects.requireNonNull(distance, "distance");
        if (groups.size() != g.n()) {
            throw new IllegalArgumentException("groups cover " + groups.size() + " nodes, the graph has " + g.n());
        }
        int n = g.n();
        int links = 0;
        int reciprocated = 0;
        double weight = 0;
        double matched = 0;
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                int v = g.outTarget(p);
                if (v == u) {
                    continue;
                }
                double w = g.outWeight(p);
                links++;
                weight += w;
                double back = g.weight(v, u);
                if (hasArc(g, v, u)) {
                    reciprocated++;
                }
                matched += Math.min(w, back);
            }
        }
        double density = n < 2 ? Double.NaN : links / ((double) n * (n - 1));
        double rec = links == 0 ? Double.NaN : (double) reciprocated / links;
        double wrec = weight > 0 ? matched / weight : Double.NaN;
        double within = groups.withinShare(g);

        double[] out = new double[n];
        double[] in = new double[n];
        for (int v = 0; v < n; v++) {
            out[v] = g.outStrength(v);
            in[v] = g.inStrength(v);
        }
        int[] weak = weakComponents(g);
        int[] strong = strongComponents(g);
        int[] weakSizes = sizes(weak);
        int[] strongSizes = sizes(strong);
        int largestStrongLabel = argmaxFirst(strong, strongSizes);
        double[] paths = pathMeasures(g, distance, strong, largestStrongLabel, threads);

        return new NetworkMeasures(n, links, density, rec, wrec,
                assortativity(g, out, in), assortativity(g, in, in), assortativity(g, out, out), assortativity(g, in, out),
                weakSizes.length, max(weakSizes), strongSizes.length, max(strongSizes), distance, paths[0], paths[1],
                Concentration.hhi(out), Concentration.gini(out), Concentration.hhi(in), Concentration.gini(in),
                groups.name(), within);
    }

    private static boolean hasArc(CompactGraph g, int u, int v) {
        for (int p = g.outStart(u); p < g.outEnd(u); p++) {
            if (g.outTarget(p) == v) {
                return true;
            }
        }
        return false;
    }

    /** Pearson correlation over links u → v of x(u) and y(v), self-loops included (as networkx). */
    static double assortativity(CompactGraph g, double[] x, double[] y) {
        long m = 0;
        double sx = 0;
        double sy = 0;
        for (int u = 0; u < g.n(); u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                sx += x[u];
                sy += y[g.outTarget(p)];
                m++;
            }
        }
        if (m < 2) {
            return Double.NaN;
        }
        double mx = sx / m;
        double my = sy / m;
        double cxy = 0;
        double cxx = 0;
        double cyy = 0;
        for (int u = 0; u < g.n(); u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                double a = x[u] - mx;
                double b = y[g.outTarget(p)] - my;
                cxy += a * b;
                cxx += a * a;
                cyy += b * b;
            }
        }
        if (!(cxx > 0) || !(cyy > 0)) {
            return Double.NaN;
        }
        return cxy / Math.sqrt(cxx * cyy);
    }

    /** Weak component label of each node (labels 0.. in order of lowest member), over positive-weight links. */
    static int[] weakComponents(CompactGraph g) {
        int n = g.n();
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                if (g.outWeight(p) > 0) {
                    int a = find(parent, u);
                    int b = find(parent, g.outTarget(p));
                    if (a != b) {
                        parent[Math.max(a, b)] = Math.min(a, b);
                    }
                }
            }
        }
        return relabel(n, v -> find(parent, v));
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /** Strong component label of each node (labels 0.. in order of lowest member), Tarjan's algorithm without recursion. */
    static int[] strongComponents(CompactGraph g) {
        int n = g.n();
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] comp = new int[n];
        int[] callNode = new int[n];
        int[] callArc = new int[n];
        int counter = 0;
        int comps = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callArc[0] = g.outStart(root);
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callArc[depth] < g.outEnd(v)) {
                    int p = callArc[depth]++;
                    if (!(g.outWeight(p) > 0)) {
                        continue;
                    }
                    int w = g.outTarget(p);
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callArc[depth] = g.outStart(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    if (low[v] == index[v]) {
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            comp[w] = comps;
                        } while (w != v);
                        comps++;
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callNode[depth];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        return relabel(n, v -> comp[v]);
    }

    private static int[] relabel(int n, java.util.function.IntUnaryOperator raw) {
        int[] label = new int[n];
        java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
        for (int v = 0; v < n; v++) {
            label[v] = seen.computeIfAbsent(raw.applyAsInt(v), k -> seen.size());
        }
        return label;
    }

    private static int[] sizes(int[] labels) {
        int k = 0;
        for (int l : labels) {
            k = Math.max(k, l + 1);
        }
        int[] s = new int[k];
        for (int l : labels) {
            s[l]++;
        }
        return s;
    }

    private static int max(int[] a) {
        int m = 0;
        for (int x : a) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** The label of the largest group; ties go to the label first seen (lowest member). */
    private static int argmaxFirst(int[] labels, int[] sizes) {
        int best = -1;
        for (int l = 0; l < sizes.length; l++) {
            if (best < 0 || sizes[l] > sizes[best]) {
                best = l;
            }
        }
        return best;
    }

    /** {average, diameter} over ordered pairs of component {@code label}. */
    private static double[] pathMeasures(CompactGraph g, DistanceKind kind, int[] comp, int label, int threads) {
        int n = g.n();
        int size = 0;
        for (int v = 0; v < n; v++) {
            if (comp[v] == label) {
                size++;
            }
        }
        if (size < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        ShortestPaths.Lengths lengths = ShortestPaths.lengths(g, kind);
        // into[s] = sum of distances from s inside the component, into[n + s] = the largest.
        double[] r = SourceBlocks.sum(n, 2 * n, SourceBlocks.threadsFor(g, threads), () -> {
            ShortestPaths paths = new ShortestPaths(g, lengths, false);
            return (s, into) -> {
                if (comp[s] != label) {
                    return;
                }
                paths.run(s, false);
                double sum = 0;
                double far = 0;
                for (int k = 1; k < paths.settled(); k++) {
                    int v = paths.settledNode(k);
                    if (comp[v] == label) {
                        double d = paths.dist(v);
                        sum += d;
                        far = Math.max(far, d);
                    }
                }
                into[s] = sum;
                into[n + s] = far;
            };
        });
        double total = 0;
        double diameter = 0;
        for (int v = 0; v < n; v++) {
            total += r[v];
            diameter = Math.max(diameter, r[n + v]);
        }
        return new double[] {total / ((double) size * (size - 1)), diameter};
    }
}
