package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.data.CountryGroups;
import org.tradenet.data.DataSource;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

/** Base tariffs of merged countries carried over to their economy, on a toy worked by hand. */
class TariffCarryOverTest {

    /**
     * DEU and FRA form the group PAIR. CHN sells 300 to DEU and 100 to FRA; PAIR's members sell
     * 80 (DEU) and 20 (FRA) to the USA; DEU and FRA trade 50 and 20 between them; JPN sells only
     * to the USA, so PAIR and JPN do not trade.
     */
    private static final String FLOWS = "exporter,importer,value\nCHN,DEU,300\nCHN,FRA,100\nDEU,FRA,50\nFRA,DEU,20\n"
            + "DEU,USA,80\nFRA,USA,20\nUSA,CHN,40\nJPN,USA,10\n";

    @TempDir
    Path dir;

    private TradeNetwork pair() throws IOException {
        Path f = dir.resolve("toy.csv");
        Files.writeString(f, FLOWS);
        CountryGroups groups = CountryGroups.standard().with(CountryGroups.read(DataSource.of("pair.csv", () -> new ByteArrayInputStream(
                "group,member,from,to,source\nPAIR,DEU,2000-01-01,,test\nPAIR,FRA,2000-01-01,,test\n".getBytes(StandardCharsets.UTF_8)))));
        return TradeNetwork.load(f.toString(), NetworkSpec.defaults().withSelfLoops(true).withGroups(groups).withAggregate(List.of("PAIR")));
    }

    private static TariffSchedule read(String csv) throws IOException {
        return TariffSchedule.read(DataSource.of("t.csv", () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    }

    private static double rate(GsimModel m, String exporter, String importer) {
        return m.tariffPower(m.ids().indexOf(exporter), m.ids().indexOf(importer)) - 1;
    }

    @Test
    void theEconomysRateIsTheMembersRatesWeightedByTheirBaseFlows() throws IOException {
        TradeNetwork net = pair();
        assertThat(net.mergedEconomies()).isPresent();
        assertThat(net.mergedEconomies().get().members()).containsEntry("PAIR", List.of("DEU", "FRA"));
        TariffSchedule t = read("importer,exporter,rate\nDEU,CHN,0.10\nFRA,CHN,0.30\nDEU,FRA,0.05\nUSA,DEU,0.20\nUSA,FRA,0\n"
                + "CHN,USA,0.15\nDEU,JPN,0.02\nFRA,JPN,0.06\n");
        GsimModel m = GsimModel.of(net, t, Elasticities.defaults());
        // PAIR on CHN: (300 * 10% + 100 * 30%) / 400 = 15%, not the simple mean 20%
        assertThat(rate(m, "CHN", "PAIR")).isCloseTo(0.15, within(1e-12));
        // USA on PAIR: (80 * 20% + 20 * 0%) / 100 = 16%
        assertThat(rate(m, "PAIR", "USA")).isCloseTo(0.16, within(1e-12));
        // lines that name no merged country are kept as they are
        assertThat(rate(m, "USA", "CHN")).isCloseTo(0.15, within(1e-12));
        // PAIR and JPN do not trade: the simple mean (2% + 6%) / 2
        assertThat(rate(m, "JPN", "PAIR")).isCloseTo(0.04, within(1e-12));
        // home sales (the DEU-FRA trade) pay no tariff
        assertThat(rate(m, "PAIR", "PAIR")).isZero();
        // only JPN -> USA has no line
        assertThat(m.flowsUsingDefaultTariff()).isEqualTo(1);
        assertThat(m.tariffNotes()).hasSize(2);
        assertThat(m.tariffNotes().get(0)).startsWith("tariff lines carried over to the merged economies (PAIR): 4 lines naming a "
                + "merged country give 3 economy-level rates").contains("1 economy pairs without base flows use the simple mean")
                .contains("1 lines between members of one economy dropped");
        // the JPN lines cover no flow between two economies: reported with the unmatched lines
        assertThat(m.tariffNotes().get(1)).startsWith("2 of 8 tariff lines of t.csv match no flow").contains("line 8: DEU,JPN")
                .contains("line 9: FRA,JPN").doesNotContain("line 2");
        ShockResult r = LinearSolver.create().solve(m, Scenario.none());
        assertThat(r.notes()).containsAll(m.tariffNotes());
    }

    @Test
    void membersWithoutALineEnterAtTheDefaultRateAndMfnLinesTakePart() throws IOException {
        // USA on PAIR: DEU at its line 20%, FRA at the default 5%: (80 * 20% + 20 * 5%) / 100 = 17%;
        // PAIR on CHN: DEU's MFN line 10% and FRA's specific 30%: 15% again
        TariffSchedule t = read("importer,exporter,rate\nUSA,DEU,0.20\nDEU,*,0.10\nFRA,CHN,0.30\n").withDefaultRate(0.05);
        GsimModel m = GsimModel.of(pair(), t, Elasticities.defaults());
        assertThat(rate(m, "PAIR", "USA")).isCloseTo(0.17, within(1e-12));
        assertThat(rate(m, "CHN", "PAIR")).isCloseTo(0.15, within(1e-12));
        // CHN on USA names no merged country and has no line: the default rate, counted as such (with JPN -> USA)
        assertThat(rate(m, "USA", "CHN")).isCloseTo(0.05, within(1e-12));
        assertThat(m.flowsUsingDefaultTariff()).isEqualTo(2);
    }

    @Test
    void aLineForTheEconomyItselfWinsAndNetworksWithoutMergesAreUntouched() throws IOException {
        TariffSchedule t = read("importer,exporter,rate\nDEU,CHN,0.10\nFRA,CHN,0.30\nPAIR,CHN,0.07\n");
        GsimModel m = GsimModel.of(pair(), t, Elasticities.defaults());
        assertThat(rate(m, "CHN", "PAIR")).isCloseTo(0.07, within(1e-12));
        Path f = dir.resolve("plain.csv");
        Files.writeString(f, FLOWS);
        TradeNetwork plain = TradeNetwork.load(f.toString());
        assertThat(plain.mergedEconomies()).isEmpty();
        GsimModel p = GsimModel.of(plain, t, Elasticities.defaults());
        assertThat(rate(p, "CHN", "DEU")).isCloseTo(0.10, within(1e-12));
        assertThat(p.tariffNotes()).singleElement().asString().startsWith("1 of 3 tariff lines of t.csv match no flow");
    }
}
