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
}
