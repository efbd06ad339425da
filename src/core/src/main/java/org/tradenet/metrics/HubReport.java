package org.tradenet.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.tradenet.data.Country;
import org.tradenet.network.TradeNetwork;

/**
 * Names a trade network's hubs and says why. A country is a hub on a {@link HubCriterion}
 * when it ranks in the top {@code k} on it with a positive value:
 * <ul>
 * <li>throughput {@code min(in-strength, out-strength)} (weight units, USD by default): large
 *     both as importer and exporter, i.e. re-processing or re-export;</li>
 * <li>betweenness on the chosen distance (normalised): a broker of shortest routes;</li>
 * <li>HITS hub and authority (weighted): exporter to the main buyers, importer from the main
 *     suppliers.</li>
 * </ul>
 * Hubs are listed by number of reasons, then best rank. The report also carries every
 * node's Gould–Fernandez broker roles relative to the UN regions, and the metric table the
 * ranks come from. Ranks use the competition rule of {@link Ranking}.
 *
 * <pre>{@code
 * HubReport r = HubReport.of(TradeNetwork.load("rare-earths"), HubParameters.defaults());
 * r.hubs().forEach(h -> System.out.println(h.id() + " " + h.reasons()));
 * }</pre>
 *
 * @param network    the network's name
 * @param parameters the settings
 * @param hubs       the hubs, most reasons first
 * @param leaders    for each criterion, the top-k countries in rank order
 * @param metrics    the metric table (columns inStrength, outStrength, pagerank, hub, authority, betweenness, ...)
 * @param throughput {@code min(in, out)} strength of each node
 * @param groups     the partition the broker roles refer to
 * @param brokers    broker-role counts of every node
 */
public record HubReport(String network, HubParameters parameters, List<Hub> hubs, Map<HubCriterion, List<Reason>> leaders,
                        NodeMetricTable metrics, NodeScores throughput, NodeGroups groups, BrokerRoles brokers) {

    /**
     * Copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param network    the network's name
     * @param parameters the settings
     * @param hubs       the hubs, most reasons first
     * @param leaders    for each criterion, the top-k countries in rank order
     * @param metrics    the metric table (columns inStrength, outStrength, pagerank, hub, authority,
     *                   betweenness, ...)
     * @param throughput {@code min(in, out)} strength of each node
     * @param groups     the partition the broker roles refer to
     * @param brokers    broker-role counts of every node
     */
    public HubReport {
        hubs = List.copyOf(hubs);
        Map<HubCriterion, List<Reason>> copy = new EnumMap<>(HubCriterion.class);
        leaders.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        leaders = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * One criterion's evidence for one country.
     *
     * @param node      node index
     * @param id        country id
     * @param criterion the criterion
     * @param rank      the country's rank on it (1 = highest)
     * @param value     the value behind the rank
     */
    public record Reason(int node, String id, HubCriterion criterion, int rank, double value) {
    }

    /**
     * A hub and its reasons.
     *
     * @param node    node index
     * @param id      country id
     * @param name    country name
     * @param region  UN region (empty when unknown)
     * @param reasons the criteria on which it ranks in the top k, best rank first
     */
    public record Hub(int node, String id, String name, String region, List<Reason> reasons) {
        /**
         * Copies the collections and arrays it is given, so the record stays immutable.
         *
         * @param node    node index
         * @param id      country id
         * @param name    country name
         * @param region  UN region (empty when unknown)
         * @param reasons the criteria on which it ranks in the top k, best rank first
         */
        public Hub {
            reasons = List.copyOf(reasons);
        }

        /** {@return the best (smallest) rank among the reasons} */
        public int bestRank() {
            return reasons.stream().mapToInt(Reason::rank).min().orElse(Integer.MAX_VALUE);
        }
    }

    /**
     * Builds the hub report of {@code net}: the metrics its parameters choose, the top countries on each
     * hub criterion, and each hub's reasons.
     *
     * @param net        the network
     * @param parameters how many per criterion, the metrics' settings, open or all broker paths
     * @return the hubs with their reasons, and the leaders per criterion
     */
    public static HubReport of(TradeNetwork net, HubParameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        var g = net.compact();
        NodeMetricTable table = new NodeMetrics(parameters.metrics()).compute(g);
        NodeScores throughput = throughput(table);
        Map<HubCriterion, List<Reason>> leaders = new EnumMap<>(HubCriterion.class);
        Map<Integer, List<Reason>> byNode = new LinkedHashMap<>();
        for (HubCriterion c : HubCriterion.values()) {
            double[] values = c == HubCriterion.THROUGHPUT ? throughput.values() : table.column(c.column()).orElseThrow().values();
            int[] ranks = Ranking.ranks(values);
            List<Reason> list = new ArrayList<>();
            for (int i : Ranking.top(values, parameters.top())) {
                if (!(values[i] > 0)) {
                    continue;
                }
                Reason r = new Reason(i, net.country(i).id(), c, ranks[i], values[i]);
                list.add(r);
                byNode.computeIfAbsent(i, k -> new ArrayList<>()).add(r);
            }
            leaders.put(c, list);
        }
        List<Hub> hubs = new ArrayList<>();
        byNode.forEach((i, reasons) -> {
            reasons.sort(Comparator.comparingInt(Reason::rank).thenComparing(Reason::criterion));
            Country c = net.country(i);
            hubs.add(new Hub(i, c.id(), c.name(), c.region(), reasons));
        });
        hubs.sort(Comparator.<Hub>comparingInt(h -> -h.reasons().size()).thenComparingInt(Hub::bestRank).thenComparingInt(Hub::node));
        NodeGroups groups = NodeGroups.unRegions(net);
        BrokerRoles brokers = BrokerRoles.compute(g, groups, parameters.openBrokerPaths());
        return new HubReport(net.name(), parameters, hubs, leaders, table, throughput, groups, brokers);
    }

    /** {@code min(in-strength, out-strength)} of each node. */
    static NodeScores throughput(NodeMetricTable t) {
        int n = t.size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.min(t.value("inStrength", i), t.value("outStrength", i));
        }
        return NodeScores.exact("throughput", x, "");
    }
}
