package org.tradenet.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tradenet.network.CompactGraph;

/**
 * What one community of a partition holds: its members, how much of its members' trade stays
 * inside, and its largest members.
 *
 * <p>Internal weight: the links with both ends in the community (for an undirected graph each
 * edge once). Boundary weight: the links with exactly one end in it, both directions. The
 * internal share is internal / (internal + boundary): for trade, the part of the members'
 * exports and imports that is trade among themselves (in the graph's weight unit, USD by
 * default). Largest members: by total strength (out + in; the degree twice for undirected
 * graphs), ties to the lower node index.
 *
 * @param id             the canonical community label
 * @param members        node indices, ascending (copied)
 * @param internalWeight weight inside
 * @param boundaryWeight weight crossing the boundary
 * @param internalShare  internal / (internal + boundary); NaN for a community with no links
 * @param largestMembers up to {@link #LARGEST} node indices, largest first (copied)
 * @param connected      whether the community is connected in the graph
 */
public record CommunityProfile(int id, int[] members, double internalWeight, double boundaryWeight, double internalShare,
                               int[] largestMembers, boolean connected) {

    /** How many largest members a profile lists. */
    public static final int LARGEST = 3;

    /**
     * Copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param id             the canonical community label
     * @param members        node indices, ascending (copied)
     * @param internalWeight weight inside
     * @param boundaryWeight weight crossing the boundary
     * @param internalShare  internal / (internal + boundary); NaN for a community with no links
     * @param largestMembers up to {@link #LARGEST} node indices, largest first (copied)
     * @param connected      whether the community is connected in the graph
     */
    public CommunityProfile {
        members = members.clone();
        largestMembers = largestMembers.clone();
    }

    /** {@return a copy of the members, node indices in ascending order} */
    @Override
    public int[] members() {
        return members.clone();
    }

    /** {@return a copy of the largest members (by total strength, out + in), largest first} */
    @Override
    public int[] largestMembers() {
        return largestMembers.clone();
    }

    /** {@return the number of members} */
    public int size() {
        return members.length;
    }

    /**
     * {@return one profile per community of {@code p}, in label order} O(n log n + entries).
     *
     * @param g the graph the partition was found on
     * @param p a partition of its nodes
     */
    public static List<CommunityProfile> of(CompactGraph g, Partition p) {
        Modularity.check(g, p);
        int k = p.communityCount();
        double[] internal = new double[k];
        double[] boundary = new double[k];
        for (int u = 0; u < g.n(); u++) {
            int c = p.community(u);
            for (int q = g.outStart(u); q < g.outEnd(u); q++) {
                int d = p.community(g.outTarget(q));
                double w = g.outWeight(q);
                if (d == c) {
                    internal[c] += w;
                } else {
                    boundary[c] += w;
                    if (g.directed()) {
                        boundary[d] += w;
                    }
                }
            }
        }
        if (!g.directed()) {
            for (int c = 0; c < k; c++) {
                internal[c] /= 2;
            }
        }
        boolean[] broken = new boolean[k];
        for (int c : Connectivity.disconnectedCommunities(g, p)) {
            broken[c] = true;
        }
        int[][] members = p.communities();
        List<CommunityProfile> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            double total = internal[c] + boundary[c];
            double share = total > 0 ? internal[c] / total : Double.NaN;
            out.add(new CommunityProfile(c, members[c], internal[c], boundary[c], share, largest(g, members[c]), !broken[c]));
        }
        return out;
    }

    /**
     * The {@link #LARGEST} members of largest strength (out + in), ties by index: one pass that
     * keeps the best few in order (an insertion into a short list), O(members), instead of sorting
     * every member.
     */
    private static int[] largest(CompactGraph g, int[] members) {
        int[] best = new int[Math.min(LARGEST, members.length)];
        double[] strength = new double[best.length];
        int kept = 0;
        for (int u : members) {
            double s = g.outStrength(u) + g.inStrength(u);
            int at = kept;
            while (at > 0 && before(s, u, strength[at - 1], best[at - 1])) {
                at--;
            }
            if (at < best.length) {
                int last = Math.min(kept, best.length - 1);
                System.arraycopy(best, at, best, at + 1, last - at);
                System.arraycopy(strength, at, strength, at + 1, last - at);
                best[at] = u;
                strength[at] = s;
                kept = Math.min(kept + 1, best.length);
            }
        }
        return best;
    }

    /** True when a node of strength {@code s} and index {@code u} ranks before one of {@code t} and {@code v}. */
    private static boolean before(double s, int u, double t, int v) {
        int cmp = Double.compare(t, s);
        return cmp != 0 ? cmp < 0 : u < v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommunityProfile c && id == c.id && Arrays.equals(members, c.members)
                && Double.compare(internalWeight, c.internalWeight) == 0 && Double.compare(boundaryWeight, c.boundaryWeight) == 0;
    }

    @Override
    public int hashCode() {
        return id * 31 + Arrays.hashCode(members);
    }

    @Override
    public String toString() {
        return "CommunityProfile[" + id + ", " + members.length + " members, internal share " + internalShare + "]";
    }
}
