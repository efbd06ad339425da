package org.tradenet.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tradenet.data.Flow;
import org.tradenet.data.FlowTable;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

class RobustnessTest {

    /** A star: hub H trades 10 with each of four leaves. Removing H first cuts everything at once. */
    @Test
    void removingTheHubOfAStarCutsAllTradeAndLeavesSingletons() throws Exception {
        String csv = "exporter,importer,value\nCHN,USA,10\nCHN,JPN,10\nAUS,CHN,10\nIND,CHN,10\n";
        java.nio.file.Path f = java.nio.file.Files.createTempFile("star", ".csv");
        java.nio.file.Files.writeString(f, csv);
        TradeNetwork net = TradeNetwork.load(f.toString());
        Robustness.TierRobustness r = Robustness.defaults().tier("star", net);
        Robustness.Curve through = r.curves().get(0);
        assertThat(through.removed().get(0)).isEqualTo("CHN");
        assertThat(through.tradeKept()).containsExactly(1.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        // 5 countries: all in one component, then 4 singletons (1/5), ...
        assertThat(through.largestWcc()[0]).isCloseTo(1.0, within(1e-12));
        assertThat(through.largestWcc()[1]).isCloseTo(0.2, within(1e-12));
        assertThat(through.removalsToHalveTrade()).isEqualTo(1);
        assertThat(through.removalsToHalveWcc()).isEqualTo(1);
        assertThat(r.curves().get(1).removed().get(0)).isEqualTo("CHN");
        // random: the mean curve lies between the targeted one and no removal
        Robustness.Curve random = r.curves().get(2);
        assertThat(random.tradeKept()[1]).isGreaterThan(0.0).isLessThan(1.0);
        // each leaf removed first keeps 3/4 of trade; the hub, none: mean over many draws near (4*0.75)/5 = 0.6
        Robustness.TierRobustness many = Robustness.of(new Robustness.Parameters(4000, 7)).tier("star", net);
        assertThat(many.curves().get(2).tradeKept()[1]).isCloseTo(0.6, within(0.03));
        java.nio.file.Files.deleteIfExists(f);
    }

    /**
     * Four countries: AUS ships 10 to BRA and BRA 10 to ESP (the short route AUS -> ESP, length
     * 0.1 + 0.1), AUS ships 1 to DEU and DEU 1 to ESP (the long one, 1 + 1). Trade 22 in all.
     * Betweenness: BRA 1 (the pair AUS -> ESP), the rest 0. Once BRA is gone the pair runs
     * through DEU, so the adaptive order takes DEU next while the static one takes AUS (the
     * first by id of the zeros). Throughput: AUS 11, BRA 20, DEU 2, ESP 11; with BRA gone AUS
     * and ESP keep 1 each and DEU 2, so the adaptive order again takes DEU next, the static one
     * AUS then ESP.
     */
    @Test
    void adaptiveOrdersReRankOnWhatIsLeftAndDifferFromStaticOnes() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("bypass", ".csv");
        java.nio.file.Files.writeString(f, "exporter,importer,value\nAUS,BRA,10\nBRA,ESP,10\nAUS,DEU,1\nDEU,ESP,1\n");
        TradeNetwork net = TradeNetwork.load(f.toString());
        List<Robustness.Curve> c = Robustness.defaults().tier("bypass", net).curves();
        assertThat(c).extracting(Robustness.Curve::label).containsExactly("throughput", "betweenness", "random",
                "throughput (adaptive)", "betweenness (adaptive)");
        Robustness.Curve staticThroughput = c.get(0);
        Robustness.Curve staticBetweenness = c.get(1);
        Robustness.Curve adaptiveThroughput = c.get(3);
        Robustness.Curve adaptiveBetweenness = c.get(4);
        assertThat(staticThroughput.removed()).containsExactly("BRA", "AUS", "ESP", "DEU");
        assertThat(staticBetweenness.removed()).containsExactly("BRA", "AUS", "DEU", "ESP");
        assertThat(adaptiveThroughput.removed()).containsExactly("BRA", "DEU", "AUS", "ESP");
        assertThat(adaptiveBetweenness.removed()).containsExactly("BRA", "DEU", "AUS", "ESP");
        assertThat(adaptiveBetweenness.ranking()).isEqualTo(Robustness.Ranking.ADAPTIVE);
        // static throughput: BRA leaves AUS->DEU and DEU->ESP (2 of 22), AUS leaves DEU->ESP (1), ESP leaves nothing
        assertCurve(staticThroughput.tradeKept(), 1, 2 / 22.0, 1 / 22.0, 0, 0);
        assertCurve(staticThroughput.largestWcc(), 1, 0.75, 0.5, 0.25, 0);
        assertCurve(staticBetweenness.tradeKept(), 1, 2 / 22.0, 1 / 22.0, 0, 0);
        assertCurve(staticBetweenness.largestWcc(), 1, 0.75, 0.5, 0.25, 0);
        // adaptive: BRA then DEU leave AUS and ESP apart, no trade
        for (Robustness.Curve a : List.of(adaptiveThroughput, adaptiveBetweenness)) {
            assertCurve(a.tradeKept(), 1, 2 / 22.0, 0, 0, 0);
            assertCurve(a.largestWcc(), 1, 0.75, 0.25, 0.25, 0);
            assertThat(a.removalsToHalveTrade()).isEqualTo(1);
            assertThat(a.removalsToHalveWcc()).isEqualTo(2);
        }
        assertThat(staticThroughput.removalsToHalveWcc()).isEqualTo(2);
        java.nio.file.Files.deleteIfExists(f);
    }

    private static void assertCurve(double[] actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("after %d removals", i).isCloseTo(expected[i], within(1e-12));
        }
    }

    /**
     * The adaptive betweenness attack on the shipped chain's separation-metals tier, against
     * networkx (test-fixtures/chain/adaptive_betweenness.py, which builds the tier from the raw
     * rows and recomputes betweenness with networkx after each removal): the same order, and
     * the same curves.
     */
    @Test
    void adaptiveBetweennessOnTheSeparationTierAgreesWithNetworkx() throws Exception {
        ValueChain chain = ValueChain.load(ValueChain.DEFAULT);
        TradeNetwork net = chain.tier("separation-metals").orElseThrow().trade().orElseThrow();
        Robustness.Curve a = Robustness.of(Robustness.Parameters.defaults().withDraws(1)).tier("separation-metals", net).curves()
                .stream().filter(c -> c.ranking() == Robustness.Ranking.ADAPTIVE && c.strategy().equals("betweenness"))
                .findFirst().orElseThrow();
        List<String> lines = java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("test-fixtures/chain/adaptive-betweenness-networkx.csv"));
        assertThat(lines).hasSize(net.nodeCount() + 2);
        double[] trade = a.tradeKept();
        double[] wcc = a.largestWcc();
        for (int i = 0; i <= net.nodeCount(); i++) {
            String[] r = lines.get(i + 1).split(",", -1);
            assertThat(Integer.parseInt(r[0])).isEqualTo(i);
            if (i > 0) {
                assertThat(a.removed().get(i - 1)).as("removal %d", i).isEqualTo(r[1]);
            }
            assertThat(trade[i]).as("trade kept after %d", i).isCloseTo(Math.min(1.0, Double.parseDouble(r[2])), within(1e-9));
            assertThat(wcc[i]).as("largest component after %d", i).isCloseTo(Double.parseDouble(r[3]), within(1e-12));
        }
    }
}
