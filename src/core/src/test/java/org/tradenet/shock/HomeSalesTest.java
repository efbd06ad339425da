package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.tradenet.data.DataFormatException;
import org.tradenet.data.DataSource;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;

class HomeSalesTest {

    private static TradeNetwork net() throws Exception {
        return TradeNetwork.load("rare-earths", NetworkSpec.defaults().withSelfLoops(true));
    }

    private static double home(TradeNetwork n, String id) {
        return n.links().stream().filter(l -> l.isSelfLoop() && l.exporter().equals(id)).mapToDouble(TradeLink::valueUsd).sum();
    }

    private static double imports(TradeNetwork n, String id) {
        return n.links().stream().filter(l -> !l.isSelfLoop() && l.importer().equals(id)).mapToDouble(TradeLink::valueUsd).sum();
    }

    @Test
    void aShareOfAbsorptionIsThatShareOfHomeSalesPlusImports() throws Exception {
        TradeNetwork n = HomeSales.share(0.4).apply(net()).network();
        double h = home(n, "JPN");
        assertThat(h / (h + imports(n, "JPN"))).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void productionMinusExportsFlooredAtZero() throws Exception {
        HomeSales p = HomeSales.read(DataSource.of("p.csv", () -> new ByteArrayInputStream(
                "country,value\nUS,1000000000\nMMR,1\nTUV,5\n".getBytes(StandardCharsets.UTF_8))));
        TradeNetwork base = net();
        HomeSales.Applied a = p.apply(base);
        double usExports = base.links().stream().filter(l -> !l.isSelfLoop() && l.exporter().equals("USA"))
                .mapToDouble(TradeLink::valueUsd).sum();
        assertThat(home(a.network(), "USA")).isCloseTo(1e9 - usExports, within(1e-3));
        assertThat(home(a.network(), "MMR")).isZero();
        assertThat(a.notes()).anyMatch(s -> s.contains("floored at 0") && s.contains("MMR"))
                .anyMatch(s -> s.contains("not in the network, unused: TUV"));
        // the model then has USA's home variety: a US import tariff moves fewer imports
        Scenario t = Scenario.parse("{\"name\":\"t\",\"measures\":[{\"type\":\"tariff\",\"importers\":[\"USA\"],\"exporters\":\"*\","
                + "\"rate\":0.25}]}", "t");
        ShockResult without = LevelsSolver.defaults().solve(GsimModel.of(base, TariffSchedule.none(), Elasticities.defaults()), t);
        ShockResult with = LevelsSolver.defaults().solve(GsimModel.of(a.network(), TariffSchedule.none(), Elasticities.defaults()), t);
        double fallWithout = without.country("USA").orElseThrow().importsAfter() / without.country("USA").orElseThrow().importsBefore();
        double fallWith = with.country("USA").orElseThrow().importsAfter() / with.country("USA").orElseThrow().importsBefore();
        assertThat(fallWith).isLessThan(fallWithout);
    }

    @Test
    void noneSaysWhatItOverstates() throws Exception {
        assertThat(HomeSales.none().apply(net()).notes().get(0)).contains("overstates import responses");
        assertThat(HomeSales.fromProduction("rare-earths").tonnes()).isTrue();
        assertThatThrownBy(() -> HomeSales.read(DataSource.of("p.csv", () -> new ByteArrayInputStream(
                "country,value\nUSA,1\nUS,2\n".getBytes(StandardCharsets.UTF_8))))).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("second line for USA");
        assertThatThrownBy(() -> HomeSales.share(1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
