package org.tradenet.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.tradenet.RandomNetworks;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

/**
 * Every node metric (strengths, degrees, PageRank, HITS, betweenness, closeness, harmonic,
 * eigenvector, clustering, k-core, supplier dependence) is a property of the country, not of
 * its name: renaming the countries, which reorders the nodes, gives each country the same
 * values (iterative ones within their tolerance).
 */
class RelabellingPropertiesTest {

    @Property(tries = 40)
    void metricsAreInvariantUnderRelabellingTheCountries(@ForAll long seed, @ForAll @IntRange(min = 2, max = 14) int n) {
        Random rnd = new Random(seed);
        double[][] values = RandomNetworks.values(rnd, n, 0.15 + 0.5 * rnd.nextDouble(), 0.0);
        String[] ids = RandomNetworks.ids(n);
        int[] perm = RandomNetworks.permutation(rnd, n);
        String[] renamed = new String[n];
        for (int i = 0; i < n; i++) {
            renamed[i] = ids[perm[i]];
        }
        TradeNetwork a = RandomNetworks.network("a", ids, values, NetworkSpec.defaults());
        TradeNetwork b = RandomNetworks.network("b", renamed, values, NetworkSpec.defaults());
        NodeMetrics metrics = new NodeMetrics(MetricsParameters.defaults());
        NodeMetricTable ta = metrics.compute(a.compact());
        NodeMetricTable tb = metrics.compute(b.compact());
        assertThat(tb.names()).isEqualTo(ta.names());
        assertThat(tb.converged()).isEqualTo(ta.converged());
        for (String column : ta.names()) {
            boolean iterative = column.equals("pagerank") || column.equals("hub") || column.equals("authority")
                    || column.equals("eigenvector");
            for (int r = 0; r < n; r++) {
                var ia = a.indexOf(ids[r]);
                var ib = b.indexOf(renamed[r]);
                assertThat(ib.isPresent()).isEqualTo(ia.isPresent());
                if (ia.isEmpty()) {
                    continue;
                }
                double x = ta.value(column, ia.get());
                double y = tb.value(column, ib.get());
                if (Double.isNaN(x)) {
                    assertThat(y).as("%s of country %d", column, r).isNaN();
                } else {
                    double tol = iterative ? 1e-6 : 1e-9 * Math.max(1, Math.abs(x));
                    assertThat(y).as("%s of country %d", column, r).isCloseTo(x, within(tol));
                }
            }
        }
    }
}
