package org.tradenet.community;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.tradenet.network.CompactGraph;

/**
 * One draw of {@link NullModel#STRENGTH_PRESERVING_REWIRING}: the observed arcs are rewired by
 * weighted checkerboard swaps, each node's out- and in-strength kept.
 *
 * <p>The arcs live in three parallel arrays (tail, head, weight) with a map from the pair
 * (tail, head) to the arc's slot, so a swap costs O(1) expected: pick two slots, move the
 * smaller weight, add to or create the two crossed arcs, drop the arcs left at zero (the last
 * slot moves into the hole). A swap that would create more or fewer arcs than it empties is
 * rejected, so the number of arcs stays the observed one. Arcs of weight zero in the input are
 * left out.
 */
final class StrengthPreservingRewiring {

    private final int n;
    private final int[] tail;
    private final int[] head;
    private final double[] weight;
    private final Map<Long, Integer> slot = new HashMap<>();
    private int arcs;

    private StrengthPreservingRewiring(CompactGraph g, int capacity) {
        this.n = g.n();
        this.tail = new int[capacity];
        this.head = new int[capacity];
        this.weight = new double[capacity];
        for (int u = 0; u < n; u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                if (g.outWeight(p) > 0) {
                    add(u, g.outTarget(p), g.outWeight(p));
                }
            }
        }
    }

    /**
     * A rewired copy of the directed graph {@code g}: {@code swapsPerLink × links} swaps
     * attempted. Deterministic for a given random source. O(swaps + n + links) expected.
     */
    static CompactGraph draw(CompactGraph g, int swapsPerLink, SplittableRandom random) {
        if (!g.directed()) {
            throw new IllegalArgumentException("strength-preserving rewiring needs a directed graph");
        }
        long steps = (long) swapsPerLink * g.entries();
        // An accepted swap creates as many arcs as it empties.
        int capacity = g.entries() + 2;
        StrengthPreservingRewiring r = new StrengthPreservingRewiring(g, capacity);
        for (long s = 0; s < steps && r.arcs >= 2; s++) {
            r.swap(random.nextInt(r.arcs), random.nextInt(r.arcs));
        }
        return r.graph();
    }

    /**
     * Arcs i = a → b and j = c → d give the smaller of their weights to a → d and c → b, unless
     * that would make a self-loop, or change the number of arcs.
     */
    private void swap(int i, int j) {
        int a = tail[i];
        int b = head[i];
        int c = tail[j];
        int d = head[j];
        if (a == c || b == d || a == d || c == b) {
            return;
        }
        double w = Math.min(weight[i], weight[j]);
        int emptied = (weight[i] == w ? 1 : 0) + (weight[j] == w ? 1 : 0);
        int created = (slot.containsKey((long) a * n + d) ? 0 : 1) + (slot.containsKey((long) c * n + b) ? 0 : 1);
        if (created != emptied) {
            return;
        }
        weight[i] -= w;
        weight[j] -= w;
        add(a, d, w);
        add(c, b, w);
        // Remove the emptied arcs, the higher slot first so the lower slot's index stays valid.
        int hi = Math.max(i, j);
        int lo = Math.min(i, j);
        if (weight[hi] == 0) {
            remove(hi);
        }
        if (weight[lo] == 0) {
            remove(lo);
        }
    }

    private void add(int u, int v, double w) {
        long key = (long) u * n + v;
        Integer k = slot.get(key);
        if (k != null) {
            weight[k] += w;
            return;
        }
        tail[arcs] = u;
        head[arcs] = v;
        weight[arcs] = w;
        slot.put(key, arcs++);
    }

    private void remove(int k) {
        slot.remove((long) tail[k] * n + head[k]);
        int last = --arcs;
        if (k != last) {
            tail[k] = tail[last];
            head[k] = head[last];
            weight[k] = weight[last];
            slot.put((long) tail[k] * n + head[k], k);
        }
    }

    private CompactGraph graph() {
        return CompactGraph.of(n, Arrays.copyOf(tail, arcs), Arrays.copyOf(head, arcs),
                Arrays.copyOf(weight, arcs), true);
    }
}
