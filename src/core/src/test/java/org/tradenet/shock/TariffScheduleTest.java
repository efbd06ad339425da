package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradenet.data.DataFormatException;
import org.tradenet.data.DataSource;
import org.tradenet.network.TradeNetwork;

class TariffScheduleTest {

    private static TariffSchedule read(String csv) throws IOException {
        return TariffSchedule.read(DataSource.of("t.csv", () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void mostSpecificLineWins() throws IOException {
        TariffSchedule t = read("# comment\nimporter,exporter,rate\nUSA,*,0.05\nUSA,CAN,0\n*,CHN,25%\n*,*,0.01\n");
        assertThat(t.rate("USA", "CAN").getAsDouble()).isZero();
        assertThat(t.rate("USA", "CHN").getAsDouble()).isEqualTo(0.05);
        assertThat(t.rate("JPN", "CHN").getAsDouble()).isEqualTo(0.25);
        assertThat(t.rate("JPN", "KOR").getAsDouble()).isEqualTo(0.01);
        assertThat(read("importer,exporter,rate\nUSA,*,0.05\n").rate("JPN", "KOR")).isEmpty();
    }

    @Test
    void badLinesNameFileLineAndField() {
        assertThatThrownBy(() -> read("importer,exporter,rate\nUSA,*,-120%\n")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("t.csv").hasMessageContaining("rate").hasMessageContaining("-100% or lower");
        assertThatThrownBy(() -> read("importer,exporter\nUSA,*\n")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("rate");
        assertThatThrownBy(() -> read("importer,exporter,rate\nUSA,*,0.1\nUSA,*,0.2\n")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("second line");
        assertThatThrownBy(() -> TariffSchedule.none().withDefaultRate(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shippedScheduleHoldsTheObservedLines() throws IOException {
        TariffSchedule t = TariffSchedule.forDataset("rare-earths").orElseThrow();
        // USA: 280530 5%, 284610 5.5%, 284690 mean(0, 3.7) = 1.85%, weighted by US imports 2024-25
        double us = (8182023.0 * 5.0 + 21103788.0 * 5.5 + 180151099.0 * 1.85) / (8182023.0 + 21103788.0 + 180151099.0) / 100;
        assertThat(t.rate("USA", "CHN").getAsDouble()).isCloseTo(us, within(1e-6));
        assertThat(t.rate("CHN", "MMR").getAsDouble()).isEqualTo(0.05);
        assertThat(t.rate("DEU", "CHN").getAsDouble()).isEqualTo(0.027);
        assertThat(t.rate("DEU", "FRA").getAsDouble()).isZero();
        assertThat(t.rate("GBR", "CHN").getAsDouble()).isZero();
        assertThat(t.rate("JPN", "CHN")).isEmpty();
    }

    @Test
    void modelCountsFlowsAtTheDefaultRate() throws IOException {
        TradeNetwork net = TradeNetwork.load("rare-earths");
        TariffSchedule t = read("importer,exporter,rate\nUSA,*,0.05\n").withDefaultRate(0.02);
        GsimModel m = GsimModel.of(net, t, Elasticities.defaults());
        long usImports = net.links().stream().filter(l -> l.importer().equals("USA") && !l.isSelfLoop()).count();
        assertThat(m.flowsUsingDefaultTariff()).isEqualTo(net.linkCount() - (int) usImports);
        int usa = m.indexOf("USA").orElseThrow();
        int chn = m.indexOf("CHN").orElseThrow();
        int jpn = m.indexOf("JPN").orElseThrow();
        assertThat(m.tariffPower(chn, usa)).isEqualTo(1.05);
        assertThat(m.tariffPower(chn, jpn)).isEqualTo(1.02);
        assertThat(m.defaultTariffRate()).isEqualTo(0.02);
        assertThat(m.tariffSource()).isEqualTo("t.csv");
        assertThat(List.of(m.tradeFlows())).containsExactly(net.linkCount());
    }

    @Test
    void codesAreReadAsEdgeListsReadThem() throws IOException {
        TariffSchedule t = read("importer,exporter,rate\nUS,CN,0.10\n392,156,0.02\n840,S19,0.03\n251,490,4%\nDE,*,1%\n");
        assertThat(t.rate("USA", "CHN").getAsDouble()).isEqualTo(0.10);
        assertThat(t.rate("JPN", "CHN").getAsDouble()).isEqualTo(0.02);
        assertThat(t.rate("USA", "TWN").getAsDouble()).isEqualTo(0.03);
        assertThat(t.rate("FRA", "TWN").getAsDouble()).isEqualTo(0.04);
        assertThat(t.rate("DEU", "KOR").getAsDouble()).isEqualTo(0.01);
        assertThat(t.lines().get(0).written()).isEqualTo("US,CN");
        assertThat(t.lines().get(0).lineNumber()).isEqualTo(2);
    }

    @Test
    void duplicatesAfterReadingTheCodesAreRefused() {
        assertThatThrownBy(() -> read("importer,exporter,rate\nUSA,CHN,0.1\nUS,CN,0.2\n")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("t.csv:3").hasMessageContaining("second line for USA,CHN (written US,CN) (first on line 2)");
        assertThatThrownBy(() -> read("importer,exporter,rate\n842,*,0.1\n840,*,0.2\n")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("second line for USA,*");
    }

    @Test
    void linesThatMatchNoFlowAreCountedAndNamed() throws IOException {
        TradeNetwork net = TradeNetwork.load("rare-earths");
        TariffSchedule t = read("importer,exporter,rate\nUSA,CHN,0.1\nUS,XX,0.2\nQQQ,*,0.1\nUSA,*,0.05\nNZL,MNG,0.3\n");
        GsimModel m = GsimModel.of(net, t, Elasticities.defaults());
        assertThat(m.tariffNotes()).hasSize(1);
        String note = m.tariffNotes().get(0);
        assertThat(note).startsWith("3 of 5 tariff lines of t.csv match no flow").contains("line 3: US,XX (read as USA,XX)")
                .contains("line 4: QQQ,*").contains("line 6: NZL,MNG").doesNotContain("line 2").doesNotContain("line 5");
        ShockResult r = LinearSolver.create().solve(m, Scenario.none());
        assertThat(r.notes()).contains(note);
    }
}
