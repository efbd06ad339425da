package org.tradenet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradenet.data.CountryGroups;
import org.tradenet.data.DataSource;

class EconomyMergeTest {

    @Test
    void aggregatingTheEuKeepsEveryDollar() throws Exception {
        TradeNetwork base = TradeNetwork.load("rare-earths", NetworkSpec.defaults().withSelfLoops(true));
        TradeNetwork eu = TradeNetwork.load("rare-earths", NetworkSpec.defaults().withSelfLoops(true).withAggregate(List.of("EU27")));
        assertThat(eu.totalValueUsd()).isCloseTo(base.totalValueUsd(), within(1e-6 * base.totalValueUsd()));
        assertThat(eu.indexOf("EU27")).isPresent();
        assertThat(eu.indexOf("DEU")).isEmpty();
        assertThat(eu.indexOf("FRA")).isEmpty();
        // EU27's home sales are the flows between its members
        List<String> members = CountryGroups.standard().members("EU27").orElseThrow();
        double inside = base.links().stream().filter(l -> members.contains(l.exporter()) && members.contains(l.importer()))
                .mapToDouble(TradeLink::valueUsd).sum();
        double home = eu.links().stream().filter(l -> l.exporter().equals("EU27") && l.importer().equals("EU27"))
                .mapToDouble(TradeLink::valueUsd).sum();
        assertThat(home).isPositive().isCloseTo(inside, within(1e-6));
        // without self-loops the home sales leave the network, and the notes say how much
        TradeNetwork net = TradeNetwork.load("rare-earths", NetworkSpec.defaults().withAggregate(List.of("EU27")));
        TradeNetwork plain = TradeNetwork.load("rare-earths");
        assertThat(net.totalValueUsd() + inside).isCloseTo(plain.totalValueUsd(), within(1e-6 * plain.totalValueUsd()));
        assertThat(net.notes()).anyMatch(n -> n.contains("became its home sales"));
        // exports of EU27 to outsiders are the sum of its members' exports to outsiders
        double euOut = base.links().stream().filter(l -> members.contains(l.exporter()) && !members.contains(l.importer()))
                .mapToDouble(TradeLink::valueUsd).sum();
        double merged = eu.links().stream().filter(l -> l.exporter().equals("EU27") && !l.importer().equals("EU27"))
                .mapToDouble(TradeLink::valueUsd).sum();
        assertThat(merged).isCloseTo(euOut, within(1e-6));
    }

    @Test
    void restOfWorldKeepsTheLargestAndAddsUp() throws Exception {
        TradeNetwork plain = TradeNetwork.load("rare-earths");
        NetworkSpec spec = NetworkSpec.defaults().withAggregate(List.of("EU27")).withRestOfWorld(20);
        TradeNetwork net = TradeNetwork.load("rare-earths", spec);
        assertThat(net.nodeCount()).isEqualTo(21);
        assertThat(net.indexOf("ROW")).isPresent();
        assertThat(net.indexOf("CHN")).isPresent();
        TradeNetwork withHome = TradeNetwork.load("rare-earths", spec.withSelfLoops(true));
        assertThat(withHome.totalValueUsd()).isCloseTo(plain.totalValueUsd(), within(1e-6 * plain.totalValueUsd()));
        double home = withHome.links().stream().filter(TradeLink::isSelfLoop).mapToDouble(TradeLink::valueUsd).sum();
        assertThat(net.totalValueUsd() + home).isCloseTo(plain.totalValueUsd(), within(1e-6 * plain.totalValueUsd()));
    }

    @Test
    void unknownAndOverlappingGroupsAreRefused() throws Exception {
        assertThatThrownBy(() -> TradeNetwork.load("rare-earths", NetworkSpec.defaults().withAggregate(List.of("NOPE"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown country group 'NOPE'");
        assertThatThrownBy(() -> TradeNetwork.load("rare-earths", NetworkSpec.defaults().withAggregate(List.of("EU27", "G7"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("member of both EU27 and G7");
        CountryGroups mine = CountryGroups.standard().with(CountryGroups.read(DataSource.of("mine.csv", () -> new ByteArrayInputStream(
                "group,member,from,to,source\nNORTH,USA,2000-01-01,,me\nNORTH,CAN,2000-01-01,,me\n".getBytes(StandardCharsets.UTF_8)))));
        TradeNetwork north = TradeNetwork.load("rare-earths", NetworkSpec.defaults().withGroups(mine).withAggregate(List.of("NORTH")));
        assertThat(north.indexOf("NORTH")).isPresent();
        assertThat(north.indexOf("USA")).isEmpty();
    }
}
