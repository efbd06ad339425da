package org.tradenet.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tradenet.data.Country;
import org.tradenet.network.TradeNetwork;

/**
 * Which group each node belongs to, for colouring a drawing: a community membership, a UN
 * region, a scenario's winners and losers. Plain data: {@code membership[i]} is the group of
 * node {@code i} (in the node order of the network drawn), {@code -1} for none; {@code
 * labels.get(g)} names group {@code g}. Immutable; the array is copied.
 *
 * @param title      what the groups are ("UN region", "community")
 * @param membership group per node, {@code -1} for none
 * @param labels     name per group
 */
public record Grouping(String title, int[] membership, List<String> labels) {

    /**
     * Checks every group has a label and copies the array and the labels.
     *
     * @param title what the groups are
     * @param membership group per node, {@code -1} for none
     * @param labels name per group
     */
    public Grouping {
        membership = membership.clone();
        labels = List.copyOf(labels);
        for (int g : membership) {
            if (g < -1 || g >= labels.size()) {
                throw new IllegalArgumentException("group " + g + " has no label (" + labels.size() + " labels)");
            }
        }
    }

    /**
     * A copy of the membership.
     *
     * @return group per node, {@code -1} for none
     */
    @Override
    public int[] membership() {
        return membership.clone();
    }

    /**
     * The group of node {@code i}.
     *
     * @param i node index, in the network's node order
     * @return its group, {@code -1} for none
     */
    public int group(int i) {
        return membership[i];
    }

    /**
     * Number of nodes.
     *
     * @return the number of nodes
     */
    public int size() {
        return membership.length;
    }

    /**
     * Groups from one key per node ({@code null} for none), numbered canonically: the largest
     * group first, ties broken by the first member's index.
     *
     * @param title what the groups are
     * @param keys the group key of each node, in the network's node order; {@code null} for none
     * @return the grouping, labelled by the keys
     */
    public static Grouping ofKeys(String title, String[] keys) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                count.merge(keys[i], 1, Integer::sum);
                first.putIfAbsent(keys[i], i);
            }
        }
        List<String> order = new ArrayList<>(count.keySet());
        order.sort(Comparator.<String>comparingInt(k -> -count.get(k)).thenComparingInt(first::get));
        Map<String, Integer> index = new HashMap<>();
        for (int g = 0; g < order.size(); g++) {
            index.put(order.get(g), g);
        }
        int[] m = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            m[i] = keys[i] == null ? -1 : index.get(keys[i]);
        }
        return new Grouping(title, m, order);
    }

    /**
     * Nodes grouped by UN M49 region; countries with none are in no group.
     *
     * @param net the network whose countries are grouped
     * @return the grouping, labelled by region name
     */
    public static Grouping byRegion(TradeNetwork net) {
        String[] keys = new String[net.nodeCount()];
        for (int i = 0; i < keys.length; i++) {
            Country c = net.country(i);
            keys[i] = c.region().isEmpty() ? null : c.region();
        }
        return ofKeys("UN region", keys);
    }

    /**
     * Nodes grouped by UN M49 sub-region.
     *
     * @param net the network whose countries are grouped
     * @return the grouping, labelled by sub-region name
     */
    public static Grouping bySubregion(TradeNetwork net) {
        String[] keys = new String[net.nodeCount()];
        for (int i = 0; i < keys.length; i++) {
            Country c = net.country(i);
            keys[i] = c.subregion().isEmpty() ? null : c.subregion();
        }
        return ofKeys("UN sub-region", keys);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grouping g && title.equals(g.title) && java.util.Arrays.equals(membership, g.membership)
                && labels.equals(g.labels);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(membership) + labels.hashCode();
    }

    @Override
    public String toString() {
        return "Grouping[" + title + ", " + labels.size() + " groups, " + membership.length + " nodes]";
    }
}
