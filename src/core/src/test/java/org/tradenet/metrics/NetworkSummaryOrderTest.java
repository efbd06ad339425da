package org.tradenet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.tradenet.RandomNetworks;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;

/**
 * The summary's rankings against a second implementation: every node sorted by amount, largest
 * first, ties by id, then cut to the top. Values are whole numbers of 1..20 USD, so ties are
 * common; self-loops (domestic sales) must count for neither list.
 */
class NetworkSummaryOrderTest {

    @Property(tries = 80)
    void topListsAreTheFullSortCut(@ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 0, max = 12) int top,
                                   @ForAll long seed, @ForAll boolean directed) {
        Random rnd = new Random(seed);
        TradeNetwork net = RandomNetworks.network("random", RandomNetworks.ids(n), RandomNetworks.values(rnd, n, 0.3, 0.2),
                NetworkSpec.defaults().withSelfLoops(true).withDirected(directed));
        NetworkSummary s = NetworkSummary.of(net, top);

        double[] exports = new double[n];
        double[] imports = new double[n];
        List<List<Double>> supplies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            supplies.add(new ArrayList<>());
        }
        for (TradeLink l : net.links()) {
            if (l.exporter().equals(l.importer())) {
                continue;
            }
            int e = net.indexOf(l.exporter()).orElseThrow();
            int m = net.indexOf(l.importer()).orElseThrow();
            exports[e] += l.valueUsd();
            imports[m] += l.valueUsd();
            supplies.get(m).add(l.valueUsd());
            if (!directed) {
                exports[m] += l.valueUsd();
                imports[e] += l.valueUsd();
            }
        }
        assertThat(s.topExporters().stream().map(NetworkSummary.Trader::id).toList()).isEqualTo(fullSortTop(net, exports, top));
        assertThat(s.topImporters().stream().map(NetworkSummary.Trader::id).toList()).isEqualTo(fullSortTop(net, imports, top));
        if (directed) {
            List<String> order = fullSortTop(net, imports, top);
            assertThat(s.dependence().stream().map(NetworkSummary.Dependence::importer).toList()).isEqualTo(order);
            for (NetworkSummary.Dependence d : s.dependence()) {
                int i = net.indexOf(d.importer()).orElseThrow();
                assertThat(d.suppliers()).isEqualTo(supplies.get(i).size());
                double[] v = supplies.get(i).stream().mapToDouble(Double::doubleValue).toArray();
                assertThat(d.supplierHhi()).isEqualTo(Concentration.hhi(v));
                assertThat(d.largestShare()).isEqualTo(java.util.Arrays.stream(v).max().orElseThrow() / imports[i]);
            }
        } else {
            assertThat(s.dependence()).isEmpty();
        }
    }

    private static List<String> fullSortTop(TradeNetwork net, double[] amounts, int top) {
        List<Integer> nodes = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] > 0) {
                nodes.add(i);
            }
        }
        nodes.sort(Comparator.<Integer>comparingDouble(i -> -amounts[i]).thenComparing(i -> net.country(i).id()));
        return nodes.subList(0, Math.min(top, nodes.size())).stream().map(i -> net.country(i).id()).toList();
    }
}
