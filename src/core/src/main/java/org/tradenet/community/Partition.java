package org.tradenet.community;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A partition of the nodes {@code 0..n-1} into communities, with canonical labels:
 * community 0 is the largest, then by decreasing size, ties broken by the smallest member
 * (the node that comes first). Two partitions that group the nodes alike are equal, whatever
 * labels they were made from, so outputs and tests are deterministic. Immutable.
 */
public final class Partition {

    private final int[] membership;
    private final int[] sizes;

    private Partition(int[] canonical, int[] sizes) {
        this.membership = canonical;
        this.sizes = sizes;
    }

    /**
     * {@return the partition that puts nodes with equal labels together}
     *
     * @param labels any int label per node ({@code labels[i]} is node i's community); copied
     */
    public static Partition of(int[] labels) {
        int n = labels.length;
        // First-appearance numbering (independent of hash order: it follows the nodes).
        Map<Integer, Integer> first = new HashMap<>();
        int[] dense = new int[n];
        for (int i = 0; i < n; i++) {
            Integer c = first.get(labels[i]);
            if (c == null) {
                c = first.size();
                first.put(labels[i], c);
            }
            dense[i] = c;
        }
        return fromDense(dense, first.size());
    }

    /** Labels already in {@code 0..k-1}; the array is not kept. */
    static Partition fromDense(int[] dense, int k) {
        int n = dense.length;
        int[] count = new int[k];
        int[] firstMember = new int[k];
        Arrays.fill(firstMember, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            int c = dense[i];
            count[c]++;
            if (firstMember[c] == Integer.MAX_VALUE) {
                firstMember[c] = i;
            }
        }
        // Order: larger first, then smaller first member. Packed keys sort without boxing.
        long[] keys = new long[k];
        for (int c = 0; c < k; c++) {
            keys[c] = ((long) (n - count[c]) << 32) | firstMember[c];
        }
        Arrays.sort(keys);
        int[] rank = new int[k];
        int[] sizes = new int[k];
        for (int r = 0; r < k; r++) {
            int c = dense[(int) (keys[r] & 0xffffffffL)];
            rank[c] = r;
            sizes[r] = count[c];
        }
        int[] canonical = new int[n];
        for (int i = 0; i < n; i++) {
            canonical[i] = rank[dense[i]];
        }
        return new Partition(canonical, sizes);
    }

    /**
     * {@return every node in a community of its own}
     *
     * @param n the number of nodes
     */
    public static Partition singletons(int n) {
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = i;
        }
        return of(l);
    }

    /**
     * {@return all nodes in one community (none when n is 0)}
     *
     * @param n the number of nodes
     */
    public static Partition whole(int n) {
        return of(new int[n]);
    }

    /** {@return the number of nodes} */
    public int nodeCount() {
        return membership.length;
    }

    /** {@return the number of communities} */
    public int communityCount() {
        return sizes.length;
    }

    /**
     * {@return the community of node {@code i}}
     *
     * @param i a node index
     */
    public int community(int i) {
        return membership[i];
    }

    /**
     * {@return the number of members of community {@code c}}
     *
     * @param c a community label, 0 to {@code communityCount() - 1}
     */
    public int size(int c) {
        return sizes[c];
    }

    /** {@return a copy of the membership array: {@code membership()[i]} is node i's community} */
    public int[] membership() {
        return membership.clone();
    }

    /**
     * {@return the members of community {@code c}, in ascending order}
     *
     * @param c a community label, 0 to {@code communityCount() - 1}
     */
    public int[] members(int c) {
        int[] m = new int[sizes[c]];
        int k = 0;
        for (int i = 0; i < membership.length && k < m.length; i++) {
            if (membership[i] == c) {
                m[k++] = i;
            }
        }
        return m;
    }

    /** {@return the members of every community, community by community} */
    public int[][] communities() {
        int[][] out = new int[sizes.length][];
        int[] fill = new int[sizes.length];
        for (int c = 0; c < sizes.length; c++) {
            out[c] = new int[sizes[c]];
        }
        for (int i = 0; i < membership.length; i++) {
            int c = membership[i];
            out[c][fill[c]++] = i;
        }
        return out;
    }

    /**
     * {@return whether nodes {@code i} and {@code j} share a community}
     *
     * @param i a node index
     * @param j another node index
     */
    public boolean together(int i, int j) {
        return membership[i] == membership[j];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partition p && Arrays.equals(membership, p.membership);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(membership);
    }

    @Override
    public String toString() {
        return "Partition" + Arrays.deepToString(communities());
    }
}
