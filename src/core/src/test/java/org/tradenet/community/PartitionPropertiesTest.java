package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.tradenet.RandomNetworks;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

/**
 * Properties on random trade networks (1–30 countries, directed or folded to W + Wᵀ): Leiden
 * and Louvain put every node in exactly one community, and the modularity of any partition,
 * found or random, lies in [-1/2, 1] (Brandes et al. 2008, doi:10.1109/TKDE.2007.190689, for
 * the undirected bound; the directed one follows the same way, since the out- and in-shares of
 * a community sum to at most 1 when no link stays inside it).
 */
class PartitionPropertiesTest {

    private static CompactGraph graph(long seed, int n, boolean directed) {
        Random rnd = new Random(seed);
        double[][] v = RandomNetworks.values(rnd, n, 0.1 + 0.5 * rnd.nextDouble(), 0.0);
        TradeNetwork net = RandomNetworks.network("random", RandomNetworks.ids(n), v, NetworkSpec.defaults().withDirected(directed));
        return net.compact();
    }

    private static void coversEveryNodeOnce(CompactGraph g, Partition p) {
        assertThat(p.nodeCount()).isEqualTo(g.n());
        int[] seen = new int[g.n()];
        int total = 0;
        for (int c = 0; c < p.communityCount(); c++) {
            assertThat(p.size(c)).as("community %d is empty", c).isPositive();
            for (int v : p.members(c)) {
                seen[v]++;
                assertThat(p.community(v)).isEqualTo(c);
            }
            total += p.size(c);
        }
        assertThat(total).isEqualTo(g.n());
        for (int v = 0; v < g.n(); v++) {
            assertThat(seen[v]).as("node %d", v).isEqualTo(1);
        }
    }

    @Property(tries = 40)
    void leidenAndLouvainCoverEveryNodeExactlyOnce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n,
                                                   @ForAll boolean directed) {
        CompactGraph g = graph(seed, n, directed);
        for (CommunityDetection d : List.of(new Leiden(LeidenParameters.defaults().withSeed(seed)),
                new Louvain(LouvainParameters.defaults().withSeed(seed)))) {
            CommunityResult r = d.detect(g);
            coversEveryNodeOnce(g, r.partition());
            if (g.totalWeight() > 0) {
                assertThat(r.quality()).isBetween(-0.5, 1.0);
            }
        }
    }

    @Property(tries = 60)
    void modularityOfAnyPartitionLiesBetweenMinusOneHalfAndOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n,
                                                               @ForAll boolean directed, @ForAll @IntRange(min = 1, max = 6) int k) {
        CompactGraph g = graph(seed, n, directed);
        if (g.n() == 0 || g.totalWeight() == 0) {
            return;
        }
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        int[] labels = new int[g.n()];
        for (int v = 0; v < g.n(); v++) {
            labels[v] = rnd.nextInt(k);
        }
        for (Partition p : List.of(Partition.of(labels), Partition.singletons(g.n()), Partition.whole(g.n()))) {
            double q = directed ? Modularity.directed(g, p, 1.0) : Modularity.undirected(g, p, 1.0);
            assertThat(q).as("%s", p).isBetween(-0.5 - 1e-12, 1.0 + 1e-12);
            assertThat(Modularity.of(g, p)).isEqualTo(q);
        }
        assertThat(Modularity.of(g, Partition.whole(g.n()))).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-12));
    }
}
