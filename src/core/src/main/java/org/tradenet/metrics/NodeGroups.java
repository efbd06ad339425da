package org.tradenet.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.tradenet.data.Country;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeNetwork;

/**
 * A partition of a network's nodes into named groups (UN regions now, communities later),
 * for broker roles and the share of trade inside groups.
 *
 * @param name       what the groups are, e.g. {@code "UN M49 regions"}
 * @param labels     group names; group {@code g} is {@code labels.get(g)}
 * @param membership group index of each node, or -1 when the node's group is unknown (such
 *                   a node is in no group: it shares a group with no one)
 */
public record NodeGroups(String name, List<String> labels, int[] membership) {

    /**
     * Checks the components and copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param name       what the groups are, e.g. {@code "UN M49 regions"}
     * @param labels     group names; group {@code g} is {@code labels.get(g)}
     * @param membership group index of each node, or -1 when the node's group is unknown (such a node is in
     *                   no group: it shares a group with no one)
     */
    public NodeGroups {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        membership = membership.clone();
        for (int g : membership) {
            if (g < -1 || g >= labels.size()) {
                throw new IllegalArgumentException("group index " + g + " outside -1.." + (labels.size() - 1));
            }
        }
    }

    /** {@return a copy of the membership array} */
    @Override
    public int[] membership() {
        return membership.clone();
    }

    /**
     * {@return the group of node {@code i}, -1 when unknown}
     *
     * @param i a node index
     */
    public int group(int i) {
        return membership[i];
    }

    /**
     * {@return the group name of node {@code i}, empty when unknown}
     *
     * @param i a node index
     */
    public String label(int i) {
        return membership[i] < 0 ? "" : labels.get(membership[i]);
    }

    /** {@return the number of nodes} */
    public int size() {
        return membership.length;
    }

    /**
     * {@return the share of trade inside groups} The weight of links (self-loops excluded) whose two ends
     * are in the same group, over the weight of all links; nodes with group -1 belong to none. The
     * regionalisation index when the groups are UN regions or trade communities. NaN when the graph has
     * no weight off the diagonal. O(m).
     *
     * @param g the graph, on the same nodes as the groups
     */
    public double withinShare(CompactGraph g) {
        if (membership.length != g.n()) {
            throw new IllegalArgumentException("groups cover " + membership.length + " nodes, the graph has " + g.n());
        }
        double weight = 0;
        double inside = 0;
        for (int u = 0; u < g.n(); u++) {
            for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                int v = g.outTarget(p);
                if (v == u) {
                    continue;
                }
                weight += g.outWeight(p);
                if (membership[u] >= 0 && membership[u] == membership[v]) {
                    inside += g.outWeight(p);
                }
            }
        }
        return weight > 0 ? inside / weight : Double.NaN;
    }

    /**
     * {@return the UN M49 regions of the network's countries ({@link Country#region()}), labels in
     * alphabetical order}
     *
     * @param net the network
     */
    public static NodeGroups unRegions(TradeNetwork net) {
        TreeSet<String> names = new TreeSet<>();
        for (Country c : net.countries()) {
            if (!c.region().isEmpty()) {
                names.add(c.region());
            }
        }
        List<String> labels = new ArrayList<>(names);
        int[] m = new int[net.nodeCount()];
        for (int i = 0; i < m.length; i++) {
            String r = net.country(i).region();
            m[i] = r.isEmpty() ? -1 : labels.indexOf(r);
        }
        return new NodeGroups("UN M49 regions", labels, m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeGroups g && name.equals(g.name) && labels.equals(g.labels) && Arrays.equals(membership, g.membership);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, labels, Arrays.hashCode(membership));
    }
}
