package org.tradenet.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * Gould–Fernandez brokerage: for every country b, how many two-paths a → b → c it brokers
 * in each {@link BrokerRole}, relative to a partition (UN regions, or communities).
 *
 * <p>Definition: a two-path is an ordered triple of distinct nodes with links a → b and
 * b → c (binary: weights are ignored, links of weight 0 count). With {@code openOnly} (the
 * default, as in Gould and Fernandez and in statnet's {@code brokerage}), a two-path counts
 * only when there is no direct link a → c, so that b is needed; otherwise every two-path
 * counts. Counts are binary (one per two-path).
 *
 * <p>Complexity O(sum over b of indeg(b)·outdeg(b)·log(deg)). Not randomised.
 *
 * <p>Reference: R. V. Gould and R. M. Fernandez (1989), Structures of mediation: a formal
 * approach to brokerage in transaction networks, Sociological Methodology 19:89–126,
 * doi:10.2307/270949.
 *
 * @param groups   what the groups are
 * @param openOnly whether two-paths closed by a direct link a → c were left out
 * @param counts   the counts of each node, in node order
 */
public record BrokerRoles(String groups, boolean openOnly, List<Counts> counts) {

    /**
     * Checks the components and copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param groups   what the groups are
     * @param openOnly whether two-paths closed by a direct link a → c were left out
     * @param counts   the counts of each node, in node order
     */
    public BrokerRoles {
        Objects.requireNonNull(groups, "groups");
        counts = List.copyOf(counts);
    }

    /**
     * One broker's two-paths by role.
     *
     * @param coordinator    inside one group
     * @param itinerant      a and c in one group, b outside
     * @param representative a and b in one group, c outside
     * @param gatekeeper     b and c in one group, a outside
     * @param liaison        three groups
     */
    public record Counts(long coordinator, long itinerant, long representative, long gatekeeper, long liaison) {

        /** {@return all two-paths brokered} */
        public long total() {
            return coordinator + itinerant + representative + gatekeeper + liaison;
        }

        /**
         * {@return the count of one role}
         *
         * @param role the Gould–Fernandez role
         */
        public long get(BrokerRole role) {
            return switch (role) {
                case COORDINATOR -> coordinator;
                case ITINERANT -> itinerant;
                case REPRESENTATIVE -> representative;
                case GATEKEEPER -> gatekeeper;
                case LIAISON -> liaison;
            };
        }
    }

    /**
     * {@return the counts of node {@code b}, one per role}
     *
     * @param b a node index
     */
    public Counts of(int b) {
        return counts.get(b);
    }

    /**
     * Counts every node's brokerage in {@code g} relative to {@code groups}.
     *
     * @param g        the graph; two-paths follow its links (exporter → broker → importer)
     * @param groups   the group of each node (UN regions, communities, …)
     * @param openOnly leave out two-paths a → b → c where a → c exists
     * @return each node's count per Gould–Fernandez role
     */
    public static BrokerRoles compute(CompactGraph g, NodeGroups groups, boolean openOnly) {
        int n = g.n();
        if (groups.size() != n) {
            throw new IllegalArgumentException("groups cover " + groups.size() + " nodes, the graph has " + n);
        }
        List<Counts> out = new ArrayList<>(n);
        long[] c = new long[BrokerRole.values().length];
        for (int b = 0; b < n; b++) {
            java.util.Arrays.fill(c, 0);
            for (int p = g.inStart(b); p < g.inEnd(b); p++) {
                int a = g.inSource(p);
                if (a == b) {
                    continue;
                }
                for (int q = g.outStart(b); q < g.outEnd(b); q++) {
                    int t = g.outTarget(q);
                    if (t == b || t == a || openOnly && linked(g, a, t)) {
                        continue;
                    }
                    c[BrokerRole.of(groups.group(a), groups.group(b), groups.group(t)).ordinal()]++;
                }
            }
            out.add(new Counts(c[BrokerRole.COORDINATOR.ordinal()], c[BrokerRole.ITINERANT.ordinal()],
                    c[BrokerRole.REPRESENTATIVE.ordinal()], c[BrokerRole.GATEKEEPER.ordinal()], c[BrokerRole.LIAISON.ordinal()]));
        }
        return new BrokerRoles(groups.name(), openOnly, out);
    }

    /** Whether the link u → v exists: binary search in u's sorted out-list. */
    private static boolean linked(CompactGraph g, int u, int v) {
        int lo = g.outStart(u);
        int hi = g.outEnd(u) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int t = g.outTarget(mid);
            if (t < v) {
                lo = mid + 1;
            } else if (t > v) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
