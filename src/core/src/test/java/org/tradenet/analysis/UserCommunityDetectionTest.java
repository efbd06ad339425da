package org.tradenet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tradenet.community.CommunityDetection;
import org.tradenet.community.CommunityParameters;
import org.tradenet.community.CommunityResult;
import org.tradenet.community.Modularity;
import org.tradenet.community.Partition;
import org.tradenet.community.QualityFunction;
import org.tradenet.data.Datasets;
import org.tradenet.data.FlowTable;
import org.tradenet.data.ReadOptions;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;
import org.tradenet.shock.Scenario;

/**
 * A community detection written outside tradenet, passed through the Analysis API as a user
 * would: weakly connected components (every link lies inside a community by construction).
 */
class UserCommunityDetectionTest {

    /** The settings of the user's algorithm; only the seed matters, and it is only echoed. */
    record ComponentParameters(long seed) implements CommunityParameters {
        @Override public QualityFunction quality() { return QualityFunction.MODULARITY; }
        @Override public double resolution() { return 1.0; }
        @Override public int maxIterations() { return 1; }
        @Override public double tolerance() { return 0; }
    }

    /** Weakly connected components by union–find; quality is directed modularity. */
    record WeaklyConnectedComponents(ComponentParameters parameters) implements CommunityDetection {
        @Override public String name() { return "components"; }
        @Override public CommunityDetection withSeed(long seed) {
            return new WeaklyConnectedComponents(new ComponentParameters(seed));
        }
        @Override public CommunityResult detect(CompactGraph g, Partition initial) {
            int[] root = new int[g.n()];
            for (int v = 0; v < g.n(); v++) {
                root[v] = v;
            }
            for (int u = 0; u < g.n(); u++) {
                for (int p = g.outStart(u); p < g.outEnd(u); p++) {
                    root[find(root, u)] = find(root, g.outTarget(p));
                }
            }
            int[] labels = new int[g.n()];
            for (int v = 0; v < g.n(); v++) {
                labels[v] = find(root, v);
            }
            Partition partition = Partition.of(labels);
            return new CommunityResult(name(), g.directed(), partition, Modularity.of(g, partition), 1, 1, true, parameters);
        }

        private static int find(int[] root, int v) {
            while (root[v] != v) {
                root[v] = root[root[v]];
                v = root[v];
            }
            return v;
        }
    }

    @Test
    void analysisRunsAUserWrittenDetection() throws IOException {
        TradeNetwork net = TradeNetwork.load("rare-earths", NetworkSpec.defaults().withSelfLoops(true));
        AnalysisParameters parameters = AnalysisParameters.defaults().withRuns(3).withSeed(7);
        Analysis analysis = new Analysis(parameters, new WeaklyConnectedComponents(new ComponentParameters(0)));
        AnalysisResult result = analysis.run(net, List.of(Scenario.builtIns().get(0)), step -> { });

        CommunityView c = result.baseline().communities();
        // Every link joins two members of one component: all trade lies inside communities.
        assertThat(c.insideCommunityShare()).isCloseTo(1.0, within(1e-12));
        assertThat(c.runs().runs()).hasSize(3)
                .extracting(CommunityResult::algorithm).containsOnly("components");
        assertThat(c.runs().runs()).extracting(CommunityResult::seed).containsExactly(7L, 8L, 9L);
        CompactGraph g = result.baseline().network().compact();
        assertThat(c.modularity()).isCloseTo(Modularity.of(g, c.partition()), within(1e-12));
        assertThat(c.stability()).containsOnly(1.0);
        assertThat(result.scenarios()).hasSize(1);
        assertThat(result.scenarios().get(0).after().communities().insideCommunityShare()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void timelineRunsAUserWrittenDetectionEveryYear() throws IOException {
        FlowTable flows = FlowTable.read(Datasets.source("magnets-timeline"), ReadOptions.defaults());
        TimelineResult result = new Timeline(TimelineParameters.defaults().withRuns(2),
                new WeaklyConnectedComponents(new ComponentParameters(0)))
                .run("magnets-timeline", flows, NetworkSpec.defaults().withYears(Set.of(2002, 2024)), step -> { });
        assertThat(result.years()).hasSize(2);
        for (TimelineYear y : result.years()) {
            assertThat(y.insideCommunityShare()).as("year %d", y.year()).isCloseTo(1.0, within(1e-12));
            assertThat(y.view().communities().runs().runs()).extracting(CommunityResult::algorithm)
                    .containsOnly("components");
        }
    }

    @Test
    void theDefaultStaysLeidenAtTheSettingsResolution() {
        Analysis analysis = new Analysis(AnalysisParameters.defaults().withResolution(0.5));
        assertThat(analysis.detection().name()).isEqualTo("leiden");
        assertThat(analysis.detection().parameters().resolution()).isEqualTo(0.5);
    }
}
