package org.tradenet.metrics;

import java.util.Arrays;

import org.tradenet.network.CompactGraph;

/**
 * Single-source shortest paths on a {@link CompactGraph}, with path counts and predecessor
 * lists for Brandes' betweenness. One instance holds the scratch memory of one thread and is
 * reused for many sources; it is not thread-safe.
 *
 * <p>Lengths come from a {@link DistanceKind}: breadth-first search for {@link
 * DistanceKind#HOPS}, Dijkstra's algorithm with a binary heap otherwise. Two path lengths
 * count as equal when they differ by at most {@value #EPSILON} relative (as igraph does), so
 * that sums of floating-point lengths that are equal on paper give tied shortest paths.
 * Arcs of infinite length (zero weight) are skipped.
 *
 * <p>Arrays, index by index: {@code dist[v]} the length from the source ({@code +Inf} when
 * unreached); {@code sigma[v]} the number of shortest paths (as a double: the counts overflow
 * a long on large graphs); {@code order[0..settled-1]} the nodes in the order they were
 * settled, by non-decreasing distance; {@code predHead[v]} the first entry of v's
 * predecessor list, {@code predNext[e]}, {@code predNode[e]} the list's links and
 * predecessors.
 */
final class ShortestPaths {

    /** Relative tolerance under which two path lengths are the same length. */
    static final double EPSILON = 1e-10;

    private final boolean hops;
    private final Lengths lengths;
    private final boolean withPaths;

    private final double[] dist;
    private final double[] sigma;
    private final boolean[] settledFlag;
    private final int[] order;
    private int settled;
    private final int[] predHead;
    private final int[] predNext;
    private final int[] predNode;
    private int predCount;
    private final int[] touched;
    private int touchedCount;
    private final boolean[] isTouched;
    // Binary min-heap of (key, node) pairs with lazy deletion.
    private double[] heapKey;
    private int[] heapNode;
    private int heapSize;

    /**
     * @param g         the graph
     * @param lengths   arc lengths from {@link #lengths}
     * @param withPaths whether to count paths and keep predecessors (betweenness) or only distances
     */
    ShortestPaths(CompactGraph g, Lengths lengths, boolean withPaths) {
        this.hops = lengths.hops();
        this.lengths = lengths;
        this.withPaths = withPaths;
        int n = g.n();
        dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        sigma = new double[n];
        settledFlag = new boolean[n];
        order = new int[n];
        predHead = new int[n];
        Arrays.fill(predHead, -1);
        int m = g.entries();
        predNext = new int[withPaths ? m : 0];
        predNode = new int[withPaths ? m : 0];
        touched = new int[n];
        isTouched = new boolean[n];
        heapKey = new double[16];
        heapNode = new int[16];
    }

    /**
     * Arc lengths, by out-position and by in-position, with the graph's adjacency copied into
     * plain arrays (offsets and neighbours, both directions) so the searches' hot loops index
     * arrays directly. Built once per computation and shared, read-only, by every thread.
     */
    record Lengths(double[] out, double[] in, boolean hops, int[] outOffsets, int[] outTargets, int[] inOffsets,
                   int[] inSources) {
    }

    /** The length of every arc of {@code g} under {@code kind}. */
    static Lengths lengths(CompactGraph g, DistanceKind kind) {
        double total = g.totalWeight();
        int n = g.n();
        int m = g.entries();
        double[] out = new double[m];
        double[] in = new double[m];
        int[] outOffsets = new int[n + 1];
        int[] inOffsets = new int[n + 1];
        int[] outTargets = new int[m];
        int[] inSources = new int[m];
        for (int u = 0; u < n; u++) {
            outOffsets[u + 1] = g.outEnd(u);
            inOffsets[u + 1] = g.inEnd(u);
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                out[p] = kind.length(g.outWeight(p), total);
                outTargets[p] = g.outTarget(p);
            }
            for (int p = g.inStart(u); p < g.inEnd(u); p++) {
                in[p] = kind.length(g.inWeight(p), total);
                inSources[p] = g.inSource(p);
            }
        }
        return new Lengths(out, in, kind == DistanceKind.HOPS, outOffsets, outTargets, inOffsets, inSources);
    }

    static boolean sameLength(double a, double b) {
        return a == b || Math.abs(a - b) <= EPSILON * Math.max(Math.abs(a), Math.abs(b));
    }

    /**
     * Runs from {@code source}. With {@code incoming}, arcs are followed backwards, so
     * {@code dist(v)} is the length of the shortest path from v to the source.
     */
    void run(int source, boolean incoming) {
        reset();
        touch(source);
        dist[source] = 0;
        sigma[source] = 1;
        if (hops) {
            bfs(source, incoming);
        } else {
            dijkstra(source, incoming);
        }
    }

    private void bfs(int source, boolean incoming) {
        int[] offsets = incoming ? lengths.inOffsets() : lengths.outOffsets();
        int[] next = incoming ? lengths.inSources() : lengths.outTargets();
        double[] length = incoming ? lengths.in() : lengths.out();
        int head = 0;
        order[settled++] = source;
        settledFlag[source] = true;
        while (head < settled) {
            int v = order[head++];
            double dv = dist[v] + 1;
            for (int p = offsets[v], end = offsets[v + 1]; p < end; p++) {
                if (length[p] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                int w = next[p];
                if (!settledFlag[w]) {
                    touch(w);
                    settledFlag[w] = true;
                    dist[w] = dv;
                    order[settled++] = w;
                }
                if (withPaths && dist[w] == dv) {
                    sigma[w] += sigma[v];
                    addPred(w, v);
                }
            }
        }
    }

    private void dijkstra(int source, boolean incoming) {
        int[] offsets = incoming ? lengths.inOffsets() : lengths.outOffsets();
        int[] next = incoming ? lengths.inSources() : lengths.outTargets();
        double[] length = incoming ? lengths.in() : lengths.out();
        push(0.0, source);
        while (heapSize > 0) {
            double key = heapKey[0];
            int v = pop();
            if (settledFlag[v] || key != dist[v]) {
                continue;
            }
            settledFlag[v] = true;
            order[settled++] = v;
            double dv = dist[v];
            for (int p = offsets[v], end = offsets[v + 1]; p < end; p++) {
                double len = length[p];
                if (len == Double.POSITIVE_INFINITY) {
                    continue;
                }
                int w = next[p];
                if (settledFlag[w] || w == v) {
                    continue;
                }
                double nd = dv + len;
                double old = dist[w];
                if (old == Double.POSITIVE_INFINITY || nd < old && !sameLength(nd, old)) {
                    // A strictly shorter path: w's paths now all run through v.
                    touch(w);
                    dist[w] = nd;
                    if (withPaths) {
                        sigma[w] = sigma[v];
                        predHead[w] = -1;
                        addPred(w, v);
                    }
                    push(nd, w);
                } else if (withPaths && sameLength(nd, old)) {
                    // Another shortest path, through v.
                    sigma[w] += sigma[v];
                    addPred(w, v);
                }
            }
        }
    }

    private void addPred(int w, int v) {
        predNode[predCount] = v;
        predNext[predCount] = predHead[w];
        predHead[w] = predCount++;
    }

    private void touch(int v) {
        if (!isTouched[v]) {
            isTouched[v] = true;
            touched[touchedCount++] = v;
        }
    }

    private void reset() {
        for (int k = 0; k < touchedCount; k++) {
            int v = touched[k];
            dist[v] = Double.POSITIVE_INFINITY;
            sigma[v] = 0;
            settledFlag[v] = false;
            predHead[v] = -1;
            isTouched[v] = false;
        }
        touchedCount = 0;
        settled = 0;
        predCount = 0;
        heapSize = 0;
    }

    private void push(double key, int v) {
        if (heapSize == heapKey.length) {
            heapKey = Arrays.copyOf(heapKey, 2 * heapSize);
            heapNode = Arrays.copyOf(heapNode, 2 * heapSize);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heapKey[i] = heapKey[parent];
            heapNode[i] = heapNode[parent];
            i = parent;
        }
        heapKey[i] = key;
        heapNode[i] = v;
    }

    private int pop() {
        int top = heapNode[0];
        double key = heapKey[--heapSize];
        int node = heapNode[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= key) {
                break;
            }
            heapKey[i] = heapKey[child];
            heapNode[i] = heapNode[child];
            i = child;
        }
        heapKey[i] = key;
        heapNode[i] = node;
        return top;
    }

    /** Nodes reached, source included. */
    int settled() {
        return settled;
    }

    /** The k-th node settled (by non-decreasing distance). */
    int settledNode(int k) {
        return order[k];
    }

    double dist(int v) {
        return dist[v];
    }

    double sigma(int v) {
        return sigma[v];
    }

    int predHead(int v) {
        return predHead[v];
    }

    int predNext(int e) {
        return predNext[e];
    }

    int predNode(int e) {
        return predNode[e];
    }
}
