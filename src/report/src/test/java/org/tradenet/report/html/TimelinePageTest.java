package org.tradenet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradenet.analysis.Analysis;
import org.tradenet.analysis.AnalysisParameters;
import org.tradenet.analysis.NetworkView;
import org.tradenet.analysis.Timeline;
import org.tradenet.analysis.TimelineParameters;
import org.tradenet.analysis.TimelineResult;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.Flow;
import org.tradenet.data.FlowTable;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.text.TimelineReport;

/** The timeline page's pieces on a small two-year network whose answer is known. */
class TimelinePageTest {

    /** Two blocs trading inside, a thin link between; in the second year DEU joins the Japanese bloc and LAO drops out. */
    static FlowTable twoYears() {
        List<Flow> f = new ArrayList<>();
        String[][] year1 = {{"CHN", "MMR"}, {"MMR", "CHN"}, {"LAO", "CHN"}, {"CHN", "LAO"}, {"MMR", "LAO"},
            {"JPN", "VNM"}, {"VNM", "JPN"}, {"USA", "JPN"}, {"JPN", "USA"}, {"VNM", "USA"}};
        String[][] year2 = {{"CHN", "MMR"}, {"MMR", "CHN"}, {"JPN", "VNM"}, {"VNM", "JPN"}, {"USA", "JPN"}, {"JPN", "USA"},
            {"DEU", "JPN"}, {"JPN", "DEU"}, {"DEU", "USA"}};
        for (String[] l : year1) {
            f.add(new Flow(l[0], l[1], "850511", 2020, 100, Double.NaN, Flow.Side.SINGLE, 0));
        }
        f.add(new Flow("CHN", "JPN", "850511", 2020, 1, Double.NaN, Flow.Side.SINGLE, 0));
        for (String[] l : year2) {
            f.add(new Flow(l[0], l[1], "850511", 2021, 100, Double.NaN, Flow.Side.SINGLE, 0));
        }
        f.add(new Flow("CHN", "JPN", "850511", 2021, 1, Double.NaN, Flow.Side.SINGLE, 0));
        return FlowTable.of(f, CountryRegistry.standard(), "two-years");
    }

    @Test
    void aBlocKeepsItsColourFromOneYearToTheNextThoughTheCountriesDiffer() {
        Analysis a = new Analysis(AnalysisParameters.defaults().withRuns(2));
        TradeNetwork y1 = TradeNetwork.build("y1", twoYears(), NetworkSpec.defaults().withYears(java.util.Set.of(2020)));
        TradeNetwork y2 = TradeNetwork.build("y2", twoYears(), NetworkSpec.defaults().withYears(java.util.Set.of(2021)));
        NetworkView first = a.view(y1);
        NetworkView last = a.view(y2);
        assertThat(first.communities().communities()).isEqualTo(2);
        assertThat(last.communities().communities()).isEqualTo(2);
        Grouping g1 = AnalysisPage.grouping(first, null);
        Grouping g2 = AnalysisPage.grouping(last, first);
        for (String id : List.of("CHN", "MMR", "JPN", "VNM", "USA")) {
            assertThat(g2.group(y2.indexOf(id).orElseThrow())).as(id).isEqualTo(g1.group(y1.indexOf(id).orElseThrow()));
        }
        assertThat(g2.group(y2.indexOf("DEU").orElseThrow())).isEqualTo(g2.group(y2.indexOf("JPN").orElseThrow()));
        // The Japanese bloc is the larger one in the second year, so its label changes but not its colour.
        assertThat(last.communities().partition().community(y2.indexOf("JPN").orElseThrow())).isZero();
    }

    @Test
    void exporterSharesAreTheYearsExportsOverItsTradeAndThePageIsSelfContained() {
        TimelineResult r = new Timeline(TimelineParameters.defaults().withRuns(2)).run("two-years", twoYears(),
                NetworkSpec.defaults(), s -> { });
        List<Charts.Line> lines = TimelinePage.exporterLines(r);
        assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(6);
        // 2021: nine links of 100 and CHN -> JPN of 1; Japan sells to VNM, USA and DEU.
        double total2021 = 9 * 100 + 1;
        Charts.Line japan = lines.stream().filter(l -> l.name().equals("Japan")).findFirst().orElseThrow();
        assertThat(japan.y()[1]).isCloseTo(100 * 300 / total2021, org.assertj.core.api.Assertions.within(1e-12));
        String html = TimelinePage.render(new ReportHeader("t", "two-years", Map.of("seed", "42"), List.of()), r,
                "TRIMMED: test", 42, "sources");
        assertThat(html).contains(TimelineReport.TRIMMED_MEANING.substring(0, 40)).contains("id=\"tl-first\"")
                .doesNotContain("src=\"http").doesNotContain("href=\"http");
    }
}
