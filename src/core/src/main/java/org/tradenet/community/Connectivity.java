package org.tradenet.community;

import java.util.ArrayDeque;

import org.tradenet.network.CompactGraph;

/**
 * Whether communities are connected, and splitting those that are not. Connected means
 * weakly connected through links of the graph (either direction, any weight) using only
 * members of the community. Leiden guarantees it (Traag et al. 2019); Louvain does not.
 * O(n + entries). Deterministic.
 */
public final class Connectivity {

    private Connectivity() {
    }

    /**
     * {@return true when every community of {@code p} is connected in {@code g}} Connected means weakly
     * connected: links count in either direction. O(n + entries).
     *
     * @param g the graph
     * @param p a partition of its nodes
     */
    public static boolean communitiesConnected(CompactGraph g, Partition p) {
        Modularity.check(g, p);
        int[] memb = p.membership();
        return Partition.of(components(g, memb)).communityCount() == p.communityCount();
    }

    /**
     * {@return the labels of the communities that are not (weakly) connected in {@code g}, in label order}
     * O(n + entries).
     *
     * @param g the graph
     * @param p a partition of its nodes
     */
    public static int[] disconnectedCommunities(CompactGraph g, Partition p) {
        Modularity.check(g, p);
        int[] memb = p.membership();
        int[] comp = components(g, memb);
        int[] pieces = new int[p.communityCount()];
        boolean[] seen = new boolean[g.n()];
        for (int v = 0; v < g.n(); v++) {
            if (!seen[comp[v]]) {
                seen[comp[v]] = true;
                pieces[memb[v]]++;
            }
        }
        return java.util.stream.IntStream.range(0, pieces.length).filter(c -> pieces[c] > 1).toArray();
    }

    /**
     * {@return {@code p} with every community split into its (weakly) connected pieces, canonically
     * labelled} O(n + entries).
     *
     * @param g the graph
     * @param p a partition of its nodes
     */
    public static Partition splitDisconnected(CompactGraph g, Partition p) {
        Modularity.check(g, p);
        return Partition.of(components(g, p.membership()));
    }

    /** Labels of the connected pieces of each group: node ids of each piece's first node. */
    static int[] components(CompactGraph g, int[] groups) {
        int n = g.n();
        int[] comp = new int[n];
        java.util.Arrays.fill(comp, -1);
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) {
                continue;
            }
            comp[s] = s;
            stack.push(s);
            while (!stack.isEmpty()) {
                int v = stack.pop();
                for (int p = g.outStart(v); p < g.outEnd(v); p++) {
                    int u = g.outTarget(p);
                    if (comp[u] < 0 && groups[u] == groups[s]) {
                        comp[u] = s;
                        stack.push(u);
                    }
                }
                for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                    int u = g.inSource(p);
                    if (comp[u] < 0 && groups[u] == groups[s]) {
                        comp[u] = s;
                        stack.push(u);
                    }
                }
            }
        }
        return comp;
    }
}
