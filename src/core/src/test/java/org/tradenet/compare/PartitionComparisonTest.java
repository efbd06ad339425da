package org.tradenet.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.tradenet.community.Partition;

class PartitionComparisonTest {

    static int[] ints(JsonNode a) {
        int[] x = new int[a.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = a.get(i).asInt();
        }
        return x;
    }

    @Test
    void matchesScikitLearnAndIgraphOnSavedPairs() throws IOException {
        JsonNode cases = new ObjectMapper().readTree(Path.of("test-fixtures", "community", "comparisons.json").toFile());
        assertThat(cases.size()).isGreaterThanOrEqualTo(10);
        for (JsonNode c : cases) {
            PartitionComparison pc = PartitionComparison.of(Partition.of(ints(c.get("a"))), Partition.of(ints(c.get("b"))));
            String name = c.get("name").asText();
            assertThat(pc.nmi()).as(name).isCloseTo(c.get("nmi_arithmetic").asDouble(), within(1e-12));
            assertThat(pc.nmi(NmiNormalisation.GEOMETRIC)).as(name).isCloseTo(c.get("nmi_geometric").asDouble(), within(1e-12));
            assertThat(pc.nmi(NmiNormalisation.MAX)).as(name).isCloseTo(c.get("nmi_max").asDouble(), within(1e-12));
            assertThat(pc.nmi(NmiNormalisation.MIN)).as(name).isCloseTo(c.get("nmi_min").asDouble(), within(1e-12));
            assertThat(pc.adjustedRand()).as(name).isCloseTo(c.get("ari").asDouble(), within(1e-12));
            assertThat(pc.variationOfInformation()).as(name).isCloseTo(c.get("vi").asDouble(), within(1e-12));
        }
    }

    @Test
    void measuresAreSymmetricAndIgnoreLabels() {
        Partition a = Partition.of(new int[] {0, 0, 1, 1, 2, 2, 2});
        Partition b = Partition.of(new int[] {5, 5, 5, 1, 1, 9, 9});
        PartitionComparison ab = PartitionComparison.of(a, b);
        PartitionComparison ba = PartitionComparison.of(b, a);
        assertThat(ab.nmi()).isCloseTo(ba.nmi(), within(1e-15));
        assertThat(ab.adjustedRand()).isCloseTo(ba.adjustedRand(), within(1e-15));
        assertThat(ab.variationOfInformation()).isCloseTo(ba.variationOfInformation(), within(1e-15));
        // VI = H(A|B) + H(B|A) ≥ 0, and 0 only for equal partitions
        assertThat(PartitionComparison.of(a, a).variationOfInformation()).isZero();
        assertThat(PartitionComparison.of(a, a).moved()).isEmpty();
    }

    @Test
    void transitionTableAndMovedCountries() {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        String[] ids = {"CHN", "MMR", "LAO", "JPN", "MYS", "USA", "EST"};
        String[] b = {"0", "0", "0", "1", "1", "1", "1"};
        String[] a = {"A", "A", "B", "C", "C", "C", "B"};
        for (int i = 0; i < ids.length; i++) {
            before.put(ids[i], b[i]);
            after.put(ids[i], a[i]);
        }
        before.put("DEU", "1");
        after.put("FRA", "C");
        PartitionComparison pc = PartitionComparison.of(before, after);
        assertThat(pc.onlyBefore()).containsExactly("DEU");
        assertThat(pc.onlyAfter()).containsExactly("FRA");
        assertThat(pc.nodes()).hasSize(7);
        // Matching: 1→C (3 shared), 0→A (2 shared); B is new.
        assertThat(pc.matchOf("0")).contains("A");
        assertThat(pc.matchOf("1")).contains("C");
        assertThat(pc.moved()).containsExactly(new PartitionComparison.Move("EST", "1", "B"),
                new PartitionComparison.Move("LAO", "0", "B"));
        List<PartitionComparison.Transition> t = pc.transitions();
        assertThat(t).extracting(PartitionComparison.Transition::before, PartitionComparison.Transition::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0", "A"), org.assertj.core.groups.Tuple.tuple("0", "B"),
                        org.assertj.core.groups.Tuple.tuple("1", "B"), org.assertj.core.groups.Tuple.tuple("1", "C"));
        assertThat(t.get(0).members()).containsExactly("CHN", "MMR");
        assertThat(t.get(3).members()).containsExactly("JPN", "MYS", "USA");
    }

    @Test
    void edgeCases() {
        PartitionComparison none = PartitionComparison.of(Map.of(), Map.of());
        assertThat(none.nmi()).isNaN();
        assertThat(none.adjustedRand()).isNaN();
        PartitionComparison oneBlock = PartitionComparison.of(Partition.whole(4), Partition.whole(4));
        assertThat(oneBlock.nmi()).isEqualTo(1.0);
        assertThat(oneBlock.adjustedRand()).isEqualTo(1.0);
        PartitionComparison singles = PartitionComparison.of(Partition.singletons(4), Partition.singletons(4));
        assertThat(singles.nmi()).isEqualTo(1.0);
        assertThat(singles.adjustedRand()).isEqualTo(1.0);
        assertThat(singles.variationOfInformation()).isZero();
    }
}
