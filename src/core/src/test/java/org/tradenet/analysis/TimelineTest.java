package org.tradenet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradenet.community.Leiden;
import org.tradenet.community.LeidenParameters;
import org.tradenet.community.Modularity;
import org.tradenet.community.Partition;
import org.tradenet.community.RepeatedRuns;
import org.tradenet.data.Datasets;
import org.tradenet.data.Flow;
import org.tradenet.data.FlowTable;
import org.tradenet.data.ReadOptions;
import org.tradenet.metrics.HubCriterion;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

/**
 * The timeline checked against independent computations: concentration, size and
 * regionalisation from the raw CSV with plain code, and communities from running Leiden on
 * each year's network directly.
 */
class TimelineTest {

    static final Set<Integer> YEARS = Set.of(2002, 2013, 2024);
    static final TimelineParameters P = TimelineParameters.defaults().withRuns(3);
    static TimelineResult result;
    static FlowTable flows;
    /** year → exporter → importer → value, read from the shipped CSV with no tradenet code. */
    static final Map<Integer, Map<String, Map<String, Double>>> raw = new TreeMap<>();
    static final Map<String, String> region = new HashMap<>();
    static final List<String> steps = new ArrayList<>();

    @BeforeAll
    static void run() throws IOException {
        flows = FlowTable.read(Datasets.source("magnets-timeline"), ReadOptions.defaults());
        result = new Timeline(P).run("magnets-timeline", flows, NetworkSpec.defaults().withYears(YEARS), steps::add);
        for (CSVRecord r : csv(Path.of("networks", "magnets-timeline.csv"))) {
            int y = Integer.parseInt(r.get("year"));
            if (YEARS.contains(y) && !r.get("exporter").equals(r.get("importer"))) {
                raw.computeIfAbsent(y, k -> new HashMap<>()).computeIfAbsent(r.get("exporter"), k -> new HashMap<>())
                        .merge(r.get("importer"), Double.parseDouble(r.get("value")), Double::sum);
            }
        }
        for (CSVRecord r : csv(Path.of("networks", "countries.csv"))) {
            region.put(r.get("id"), r.get("region"));
        }
    }

    static List<CSVRecord> csv(Path p) throws IOException {
        try (Reader in = Files.newBufferedReader(p)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    @Test
    void followsTheChosenYearsInOrder() {
        assertThat(result.years()).extracting(TimelineYear::year).containsExactly(2002, 2013, 2024);
        assertThat(steps).containsExactly("year 2002", "year 2013", "year 2024");
        assertThat(result.first().year()).isEqualTo(2002);
        assertThat(result.last().year()).isEqualTo(2024);
        assertThat(result.x()).containsExactly(2002, 2013, 2024);
        assertThat(result.all().totalValueUsd())
                .isCloseTo(result.years().stream().mapToDouble(TimelineYear::valueUsd).sum(), within(1e-3));
    }

    @Test
    void sizeValueAndConcentrationEqualAPlainComputationFromTheRawCsv() {
        for (TimelineYear y : result.years()) {
            Map<String, Map<String, Double>> m = raw.get(y.year());
            Map<String, Double> exports = new HashMap<>();
            Set<String> countries = new HashSet<>();
            int links = 0;
            for (var e : m.entrySet()) {
                countries.add(e.getKey());
                for (var t : e.getValue().entrySet()) {
                    countries.add(t.getKey());
                    exports.merge(e.getKey(), t.getValue(), Double::sum);
                    links++;
                }
            }
            double total = exports.values().stream().mapToDouble(Double::doubleValue).sum();
            double hhi = 0;
            for (double x : exports.values()) {
                hhi += (x / total) * (x / total);
            }
            double[] sorted = exports.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            assertThat(y.countries()).as("countries %d", y.year()).isEqualTo(countries.size());
            assertThat(y.links()).as("links %d", y.year()).isEqualTo(links);
            assertThat(y.valueUsd()).isCloseTo(total, within(1e-6 * total));
            assertThat(y.exportHhi()).as("HHI %d", y.year()).isCloseTo(hhi, within(1e-12));
            assertThat(y.exportTop1Share()).isCloseTo(sorted[n - 1] / total, within(1e-12));
            assertThat(y.exportTop3Share()).isCloseTo((sorted[n - 1] + sorted[n - 2] + sorted[n - 3]) / total, within(1e-12));
        }
        // The published-by-us headline (the 2024 HHI of the trimmed data), fixed so a reader can check it by hand.
        assertThat(result.last().exportHhi()).isCloseTo(0.42533, within(1e-5));
    }

    @Test
    void tradeInsideUnRegionsEqualsAPlainComputation() {
        for (TimelineYear y : result.years()) {
            double all = 0;
            double inside = 0;
            for (var e : raw.get(y.year()).entrySet()) {
                for (var t : e.getValue().entrySet()) {
                    all += t.getValue();
                    String a = region.get(e.getKey());
                    if (!a.isEmpty() && a.equals(region.get(t.getKey()))) {
                        inside += t.getValue();
                    }
                }
            }
            assertThat(y.insideRegionShare()).as("%d", y.year()).isCloseTo(inside / all, within(1e-12));
        }
    }

    @Test
    void communitiesAreThoseOfLeidenRunOnTheYearsNetworkDirectly() throws IOException {
        for (TimelineYear y : result.years()) {
            TradeNetwork net = TradeNetwork.load("magnets-timeline", NetworkSpec.defaults().withYears(Set.of(y.year())));
            CompactGraph g = net.compact();
            RepeatedRuns runs = RepeatedRuns.of(new Leiden(LeidenParameters.defaults().withSeed(P.seed())
                    .withResolution(P.resolution())), g, P.runs());
            Partition best = runs.best().partition();
            assertThat(y.view().communities().partition().membership()).isEqualTo(best.membership());
            assertThat(y.modularity()).isCloseTo(runs.best().quality(), within(1e-12));
            // The quality is the directed modularity of the partition, computed afresh.
            assertThat(y.modularity()).isCloseTo(Modularity.directed(g, best, 1.0), within(1e-10));
            int twoOrMore = 0;
            for (int c = 0; c < best.communityCount(); c++) {
                twoOrMore += best.size(c) >= 2 ? 1 : 0;
            }
            assertThat(y.communities()).isEqualTo(twoOrMore);
            double all = 0;
            double inside = 0;
            for (var l : net.links()) {
                all += l.valueUsd();
                int a = net.indexOf(l.exporter()).orElseThrow();
                int b = net.indexOf(l.importer()).orElseThrow();
                inside += best.community(a) == best.community(b) ? l.valueUsd() : 0;
            }
            assertThat(y.insideCommunityShare()).isCloseTo(inside / all, within(1e-12));
        }
    }

    @Test
    void throughputHubsAreTheLargestMinimumOfExportsAndImports() {
        for (TimelineYear y : result.years()) {
            Map<String, Double> out = new HashMap<>();
            Map<String, Double> in = new HashMap<>();
            raw.get(y.year()).forEach((e, m) -> m.forEach((i, v) -> {
                out.merge(e, v, Double::sum);
                in.merge(i, v, Double::sum);
            }));
            List<String> ids = new ArrayList<>(out.keySet());
            ids.retainAll(in.keySet());
            ids.sort((a, b) -> Double.compare(Math.min(out.get(b), in.get(b)), Math.min(out.get(a), in.get(a))));
            assertThat(y.hubs(HubCriterion.THROUGHPUT)).containsExactlyElementsOf(ids.subList(0, P.top()));
        }
    }

    @Test
    void theTrendIsTheLeastSquaresSlope() {
        double[] x = result.x();
        double[] v = result.series(TimelineYear::exportHhi);
        double mx = Arrays.stream(x).average().orElseThrow();
        double mv = Arrays.stream(v).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (v[i] - mv);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        TimelineResult.Trend t = result.trend(TimelineYear::exportHhi);
        assertThat(t.slopePerYear()).isCloseTo(sxy / sxx, within(1e-12));
        assertThat(t.first()).isEqualTo(v[0]);
        assertThat(t.last()).isEqualTo(v[2]);
        assertThat(t.change()).isCloseTo(v[2] - v[0], within(1e-15));
    }

    @Test
    void oneYearIsATimelineWithoutASlope() {
        TimelineResult one = new Timeline(P.withRuns(1)).run("magnets-timeline", flows,
                NetworkSpec.defaults().withYears(Set.of(2010)), s -> { });
        assertThat(one.years()).hasSize(1);
        assertThat(one.trend(TimelineYear::exportHhi).slopePerYear()).isNaN();
    }

    @Test
    void dataWithoutYearsOrWithoutTheChosenYearsIsRefused() {
        FlowTable noYear = FlowTable.of(List.of(Flow.of("CHN", "USA", 10), Flow.of("USA", "CHN", 5)),
                org.tradenet.data.CountryRegistry.standard(), "test");
        Timeline t = new Timeline(P);
        assertThatThrownBy(() -> t.run("test", noYear, NetworkSpec.defaults(), s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no year column");
        assertThatThrownBy(() -> t.run("magnets-timeline", flows, NetworkSpec.defaults().withYears(Set.of(1990)), s -> { }))
                .hasMessageContaining("none of the years [1990]").hasMessageContaining("2002");
    }

    @Test
    void parametersAreCheckedAndDefaultToThoseOfAnalyze() {
        AnalysisParameters a = AnalysisParameters.defaults();
        TimelineParameters d = TimelineParameters.defaults();
        assertThat(d.seed()).isEqualTo(a.seed());
        assertThat(d.runs()).isEqualTo(a.runs());
        assertThat(d.resolution()).isEqualTo(a.resolution());
        assertThatThrownBy(() -> d.withRuns(0)).hasMessageContaining("runs");
        assertThatThrownBy(() -> d.withResolution(0)).hasMessageContaining("resolution");
        assertThatThrownBy(() -> d.withTop(0)).hasMessageContaining("top");
    }
}
