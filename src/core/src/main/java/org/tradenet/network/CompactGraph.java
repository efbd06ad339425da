package org.tradenet.network;

import java.util.Arrays;

/**
 * A weighted graph as compressed sparse rows over nodes {@code 0..n-1}: the form every
 * algorithm's hot loop runs on. Immutable; built once per network.
 *
 * <p>The graph is its weight matrix {@code W}: {@code W[u][v]} is the weight of the arc
 * u → v (for trade, exporter → importer). Row u of {@code W} is u's out-list, column u its
 * in-list. Parallel arcs are summed when the graph is built; within a list, neighbours are
 * in ascending order.
 *
 * <p>An undirected graph is a symmetric {@code W}: an edge {u, v} of weight w gives
 * {@code W[u][v] = W[v][u] = w} and a self-loop {u, u} gives {@code W[u][u] = 2w}, so that
 * a row sum is the node's degree as networkx and igraph count it (a loop counts twice) and
 * the total {@code sum W} is twice the total edge weight. {@link #symmetrized()} of a
 * directed graph is the undirected graph {@code W + Wᵀ}, named as such in reports.
 *
 * <p>Arrays, index by index:
 * <ul>
 * <li>{@code outOffsets[u] .. outOffsets[u+1]-1}: positions of u's out-arcs;</li>
 * <li>{@code outTargets[p]}, {@code outWeights[p]}: head and weight of the arc at position p;</li>
 * <li>{@code inOffsets}, {@code inSources}, {@code inWeights}: the same for in-arcs (the
 *     same arrays as the out-lists when the graph is undirected);</li>
 * <li>{@code outStrength[u]}, {@code inStrength[u]}: row and column sums of W.</li>
 * </ul>
 */
public final class CompactGraph {

    private final int n;
    private final boolean directed;
    private final int[] outOffsets;
    private final int[] outTargets;
    private final double[] outWeights;
    private final int[] inOffsets;
    private final int[] inSources;
    private final double[] inWeights;
    private final double[] outStrength;
    private final double[] inStrength;
    private final double totalWeight;

    private CompactGraph(int n, boolean directed, int[] outOffsets, int[] outTargets, double[] outWeights,
                         int[] inOffsets, int[] inSources, double[] inWeights) {
        this.n = n;
        this.directed = directed;
        this.outOffsets = outOffsets;
        this.outTargets = outTargets;
        this.outWeights = outWeights;
        this.inOffsets = inOffsets;
        this.inSources = inSources;
        this.inWeights = inWeights;
        this.outStrength = rowSums(outOffsets, outWeights, n);
        this.inStrength = directed ? rowSums(inOffsets, inWeights, n) : outStrength;
        double t = 0;
        for (double s : outStrength) {
            t += s;
        }
        this.totalWeight = t;
    }

    /**
     * Builds a graph from arcs (directed) or edges (undirected).
     *
     * @param n        number of nodes
     * @param sources  arc tails (edge ends)
     * @param targets  arc heads (other edge ends)
     * @param weights  non-negative finite weights; {@code null} for weight 1
     * @param directed whether the arrays are arcs or undirected edges
     * @return the graph in compressed sparse row form, out- and in-lists sorted by node index
     * @throws IllegalArgumentException on an out-of-range node, or a negative or non-finite weight
     */
    public static CompactGraph of(int n, int[] sources, int[] targets, double[] weights, boolean directed) {
        if (n < 0) {
            throw new IllegalArgumentException("node count must be non-negative, was " + n);
        }
        if (sources.length != targets.length || weights != null && weights.length != sources.length) {
            throw new IllegalArgumentException("sources, targets and weights must have the same length");
        }
        int m = sources.length;
        int entries = 0;
        for (int e = 0; e < m; e++) {
            int u = sources[e];
            int v = targets[e];
            if (u < 0 || u >= n || v < 0 || v >= n) {
                throw new IllegalArgumentException("arc " + e + " (" + u + " → " + v + ") has a node outside 0.." + (n - 1));
            }
            double w = weights == null ? 1.0 : weights[e];
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("arc " + e + " has weight " + w + "; weights must be finite and non-negative");
            }
            entries += directed || u == v ? 1 : 2;
        }
        int[] rs = new int[entries];
        int[] cs = new int[entries];
        double[] ws = new double[entries];
        int k = 0;
        for (int e = 0; e < m; e++) {
            int u = sources[e];
            int v = targets[e];
            double w = weights == null ? 1.0 : weights[e];
            if (directed) {
                rs[k] = u;
                cs[k] = v;
                ws[k++] = w;
            } else if (u == v) {
                rs[k] = u;
                cs[k] = u;
                ws[k++] = 2 * w;
            } else {
                rs[k] = u;
                cs[k] = v;
                ws[k++] = w;
                rs[k] = v;
                cs[k] = u;
                ws[k++] = w;
            }
        }
        Csr out = csr(n, rs, cs, ws);
        if (!directed) {
            return new CompactGraph(n, false, out.offsets, out.columns, out.weights, out.offsets, out.columns, out.weights);
        }
        Csr in = csr(n, cs, rs, ws);
        return new CompactGraph(n, true, out.offsets, out.columns, out.weights, in.offsets, in.columns, in.weights);
    }

    private record Csr(int[] offsets, int[] columns, double[] weights) {
    }

    /**
     * Entries sorted by (row, column), duplicates summed in the order they were given.
     *
     * <p>A least-significant-digit radix sort: a stable counting sort by column, then a stable
     * counting sort by row. Entries of one (row, column) pair end up next to each other in their
     * input order, so each sum is the same bit for bit as adding them up in that order. O(k + n)
     * for k entries, no comparison sort.
     */
    private static Csr csr(int n, int[] rows, int[] cols, double[] w) {
        int k = rows.length;
        int[] byColRow = rows;
        int[] byColCol = cols;
        double[] byColW = w;
        if (!columnsAscendByRow(n, rows, cols)) {
            // Pass 1: by column.
            int[] colStart = starts(cols, n);
            byColRow = new int[k];
            byColCol = new int[k];
            byColW = new double[k];
            for (int i = 0; i < k; i++) {
                int at = colStart[cols[i]]++;
                byColRow[at] = rows[i];
                byColCol[at] = cols[i];
                byColW[at] = w[i];
            }
        }
        // Pass 2: by row, stable, so columns ascend within each row.
        int[] rowStart = starts(rows, n);
        int[] fill = Arrays.copyOf(rowStart, n);
        int[] sortedCol = new int[k];
        double[] sortedW = new double[k];
        for (int j = 0; j < k; j++) {
            int at = fill[byColRow[j]]++;
            sortedCol[at] = byColCol[j];
            sortedW[at] = byColW[j];
        }
        // Sum runs of equal columns in each row.
        int[] offsets = new int[n + 1];
        int[] c = new int[k];
        double[] x = new double[k];
        int len = 0;
        for (int u = 0; u < n; u++) {
            int first = len;
            for (int idx = rowStart[u]; idx < rowStart[u + 1]; idx++) {
                if (len > first && c[len - 1] == sortedCol[idx]) {
                    x[len - 1] += sortedW[idx];
                } else {
                    c[len] = sortedCol[idx];
                    x[len] = sortedW[idx];
                    len++;
                }
            }
            offsets[u + 1] = len;
        }
        return new Csr(offsets, Arrays.copyOf(c, len), Arrays.copyOf(x, len));
    }

    /**
     * Whether the entries of each row already come in ascending column order (ties allowed), as
     * they do for a network's links sorted by exporter and importer, and for the two mirrored
     * entries of such undirected links. The pass by column is then the identity and is skipped:
     * the stable pass by row alone gives the same arrays. O(k + n).
     */
    private static boolean columnsAscendByRow(int n, int[] rows, int[] cols) {
        int[] last = new int[n];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            if (cols[i] + 1 < last[r]) {
                return false;
            }
            last[r] = cols[i] + 1;
        }
        return true;
    }

    /** {@code start[v]}: how many keys are below v (so bucket v begins there); {@code start[n]} = keys.length. */
    private static int[] starts(int[] keys, int n) {
        int[] start = new int[n + 1];
        for (int key : keys) {
            start[key + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        return start;
    }

    private static double[] rowSums(int[] offsets, double[] w, int n) {
        double[] s = new double[n];
        for (int u = 0; u < n; u++) {
            double t = 0;
            for (int p = offsets[u]; p < offsets[u + 1]; p++) {
                t += w[p];
            }
            s[u] = t;
        }
        return s;
    }

    /** {@return the undirected graph {@code W + Wᵀ} (this graph itself when it is undirected)} */
    public CompactGraph symmetrized() {
        if (!directed) {
            return this;
        }
        int m = outTargets.length;
        int[] s = new int[m];
        int[] t = new int[m];
        double[] w = new double[m];
        int k = 0;
        for (int u = 0; u < n; u++) {
            for (int p = outOffsets[u]; p < outOffsets[u + 1]; p++) {
                s[k] = u;
                t[k] = outTargets[p];
                w[k++] = outWeights[p];
            }
        }
        // As undirected edges: {u,v} adds w to W[u][v] and W[v][u]; a loop adds 2w to W[u][u].
        return of(n, s, t, w, false);
    }

    /**
     * {@return the same links with every weight set to 1} An unweighted graph, for instance karate
     * without its interaction counts. Undirected edges stay single edges of weight 1, so row sums are
     * degrees; self-loops count 2 on the diagonal as in {@link #of}.
     */
    public CompactGraph unweighted() {
        int m = outTargets.length;
        int[] s = new int[m];
        int[] t = new int[m];
        int k = 0;
        for (int u = 0; u < n; u++) {
            for (int p = outOffsets[u]; p < outOffsets[u + 1]; p++) {
                int v = outTargets[p];
                if (directed || u <= v) {
                    s[k] = u;
                    t[k++] = v;
                }
            }
        }
        return of(n, Arrays.copyOf(s, k), Arrays.copyOf(t, k), null, directed);
    }

    /**
     * The same graph with every weight divided by the largest when the weights lie outside
     * [1e-100, 1e100] (1e-320 or 1e300 flows), else this graph itself. For measures that do not
     * change when every weight is multiplied by one factor (modularity, eigenvector-type scores):
     * their sums of weight products then stay inside the double range. O(m) when it copies.
     *
     * @return the rescaled graph (largest weight 1), or this graph when no rescaling is needed
     */
    public CompactGraph scaledToLargest() {
        double max = 0;
        for (double w : outWeights) {
            max = Math.max(max, w);
        }
        if (max == 0 || max >= 1e-100 && max <= 1e100) {
            return this;
        }
        double[] out = new double[outWeights.length];
        for (int p = 0; p < out.length; p++) {
            out[p] = outWeights[p] / max;
        }
        if (!directed) {
            return new CompactGraph(n, false, outOffsets, outTargets, out, outOffsets, outTargets, out);
        }
        double[] in = new double[inWeights.length];
        for (int p = 0; p < in.length; p++) {
            in[p] = inWeights[p] / max;
        }
        return new CompactGraph(n, true, outOffsets, outTargets, out, inOffsets, inSources, in);
    }

    /** {@return the number of nodes} */
    public int n() {
        return n;
    }

    /** {@return whether W may be asymmetric} */
    public boolean directed() {
        return directed;
    }

    /**
     * {@return the number of non-zero entries of W (arcs; for undirected graphs each edge counts twice, a loop
     * once)}
     */
    public int entries() {
        return outTargets.length;
    }

    /**
     * {@return the first position of u's out-arcs}
     *
     * @param u a node index
     */
    public int outStart(int u) {
        return outOffsets[u];
    }

    /**
     * {@return one past the last position of u's out-arcs}
     *
     * @param u a node index
     */
    public int outEnd(int u) {
        return outOffsets[u + 1];
    }

    /**
     * {@return the head of the out-arc at position p}
     *
     * @param p a position from {@link #outStart} up to (not including) {@link #outEnd}
     */
    public int outTarget(int p) {
        return outTargets[p];
    }

    /**
     * {@return the weight of the out-arc at position p}
     *
     * @param p a position from {@link #outStart} up to (not including) {@link #outEnd}
     */
    public double outWeight(int p) {
        return outWeights[p];
    }

    /**
     * {@return the first position of u's in-arcs}
     *
     * @param u a node index
     */
    public int inStart(int u) {
        return inOffsets[u];
    }

    /**
     * {@return one past the last position of u's in-arcs}
     *
     * @param u a node index
     */
    public int inEnd(int u) {
        return inOffsets[u + 1];
    }

    /**
     * {@return the tail of the in-arc at position p}
     *
     * @param p a position from {@link #inStart} up to (not including) {@link #inEnd}
     */
    public int inSource(int p) {
        return inSources[p];
    }

    /**
     * {@return the weight of the in-arc at position p}
     *
     * @param p a position from {@link #inStart} up to (not including) {@link #inEnd}
     */
    public double inWeight(int p) {
        return inWeights[p];
    }

    /**
     * {@return the number of out-neighbours of u (a self-loop counts once)}
     *
     * @param u a node index
     */
    public int outDegree(int u) {
        return outOffsets[u + 1] - outOffsets[u];
    }

    /**
     * {@return the number of in-neighbours of u}
     *
     * @param u a node index
     */
    public int inDegree(int u) {
        return inOffsets[u + 1] - inOffsets[u];
    }

    /**
     * {@return the row sum of W: weight u sends (exports); the degree for undirected graphs}
     *
     * @param u a node index
     */
    public double outStrength(int u) {
        return outStrength[u];
    }

    /**
     * {@return the column sum of W: weight u receives (imports)}
     *
     * @param u a node index
     */
    public double inStrength(int u) {
        return inStrength[u];
    }

    /** {@return the sum of all entries of W (twice the edge weight for undirected graphs)} */
    public double totalWeight() {
        return totalWeight;
    }

    /**
     * {@return W[u][v], by binary search in u's out-list; 0 when there is no arc} O(log outDegree(u)).
     *
     * @param u the tail (exporter)
     * @param v the head (importer)
     */
    public double weight(int u, int v) {
        int p = Arrays.binarySearch(outTargets, outOffsets[u], outOffsets[u + 1], v);
        return p >= 0 ? outWeights[p] : 0.0;
    }
}
