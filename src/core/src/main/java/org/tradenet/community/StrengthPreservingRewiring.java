package org.tradenet.community;

import java.util.Arrays;
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
    private final ArcSlots slot;
    private int arcs;

    private StrengthPreservingRewiring(CompactGraph g, int capacity) {
        this.n = g.n();
        this.tail = new int[capacity];
        this.head = new int[capacity];
        this.weight = new double[capacity];
        this.slot = new ArcSlots(capacity);
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
        int created = (slot.get((long) a * n + d) >= 0 ? 0 : 1) + (slot.get((long) c * n + b) >= 0 ? 0 : 1);
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
        int k = slot.get(key);
        if (k >= 0) {
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

    /**
     * The slot of each arc by its packed pair (tail · n + head): open addressing with linear
     * probing over two primitive arrays, at most half full, deletion by backward shift (Knuth,
     * TAOCP vol. 3, Algorithm 6.4 R), so look-ups never meet tombstones. No boxing: a swap
     * costs a few array reads.
     */
    static final class ArcSlots {
        private final long[] keys;
        /** Slot + 1 of each position; 0 = empty. */
        private final int[] slots;
        private final int mask;

        ArcSlots(int capacity) {
            int length = Integer.highestOneBit(Math.max(4, 2 * capacity - 1)) << 1;
            keys = new long[length];
            slots = new int[length];
            mask = length - 1;
        }

        private int home(long key) {
            return (int) (mix(key) & mask);
        }

        /** The slot of {@code key}, or -1. */
        int get(long key) {
            for (int p = home(key); slots[p] != 0; p = (p + 1) & mask) {
                if (keys[p] == key) {
                    return slots[p] - 1;
                }
            }
            return -1;
        }

        /** Sets the slot of {@code key}, adding it when new. */
        void put(long key, int slot) {
            int p = home(key);
            while (slots[p] != 0 && keys[p] != key) {
                p = (p + 1) & mask;
            }
            keys[p] = key;
            slots[p] = slot + 1;
        }

        /** Removes {@code key} (present), moving later entries of its probe run back into the hole. */
        void remove(long key) {
            int hole = home(key);
            while (slots[hole] != 0 && keys[hole] != key) {
                hole = (hole + 1) & mask;
            }
            if (slots[hole] == 0) {
                throw new IllegalStateException("no arc " + key + " to remove");
            }
            int p = hole;
            while (true) {
                p = (p + 1) & mask;
                if (slots[p] == 0) {
                    break;
                }
                int h = home(keys[p]);
                // The entry at p may move to the hole unless its home lies cyclically in (hole, p].
                boolean stays = hole <= p ? hole < h && h <= p : hole < h || h <= p;
                if (!stays) {
                    keys[hole] = keys[p];
                    slots[hole] = slots[p];
                    hole = p;
                }
            }
            slots[hole] = 0;
        }

        /** The MurmurHash3 fmix64 finaliser, so that packed pairs spread over the table. */
        private static long mix(long z) {
            z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
            z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
            return z ^ (z >>> 33);
        }
    }

    private CompactGraph graph() {
        return CompactGraph.of(n, Arrays.copyOf(tail, arcs), Arrays.copyOf(head, arcs),
                Arrays.copyOf(weight, arcs), true);
    }
}
