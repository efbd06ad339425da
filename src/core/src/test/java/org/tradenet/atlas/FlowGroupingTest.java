package org.tradenet.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.tradenet.data.Flow;

class FlowGroupingTest {

    /** Flows of 20 products over 3 years in a random order (not grouped, not sorted). */
    static List<Flow> shuffledFlows() {
        List<Flow> flows = new ArrayList<>();
        Random rnd = new Random(3);
        String[] ids = {"CHN", "USA", "DEU", "JPN", "KOR"};
        for (int n = 0; n < 2000; n++) {
            String e = ids[rnd.nextInt(ids.length)];
            String m = ids[rnd.nextInt(ids.length)];
            flows.add(new Flow(e, m, String.format("%06d", 10121 + rnd.nextInt(20)), 2020 + rnd.nextInt(3),
                    rnd.nextInt(100), rnd.nextBoolean() ? Double.NaN : rnd.nextInt(10), Flow.Side.SINGLE, n + 2));
        }
        return flows;
    }

    static Map<String, List<String>> groups(FlowGrouping g, List<Flow> flows) throws Exception {
        flows.forEach(g::accept);
        Map<String, List<String>> out = new TreeMap<>();
        g.drain(group -> {
            List<String> rows = new ArrayList<>();
            for (Flow f : group.flows()) {
                assertThat(f.hs6()).isEqualTo(group.hs6());
                assertThat(f.year()).isEqualTo(group.year());
                rows.add(f.exporter() + ">" + f.importer() + ":" + f.valueUsd() + ":" + f.quantityTonnes());
            }
            rows.sort(Comparator.naturalOrder());
            assertThat(out.put(group.hs6() + "/" + group.year(), rows)).as("each group is handed over once").isNull();
        });
        g.close();
        return out;
    }

    @Test
    void spillingToPartitionsGivesTheSameGroupsAsMemory() throws Exception {
        List<Flow> flows = shuffledFlows();
        Map<String, List<String>> inMemory = groups(new FlowGrouping(Set.of(), Set.of(), 1_000_000, 4), flows);
        FlowGrouping spilling = new FlowGrouping(Set.of(), Set.of(), 100, 7);
        Map<String, List<String>> spilled = groups(spilling, flows);
        assertThat(spilling.spilled()).isTrue();
        assertThat(spilling.rowsSpilled).isEqualTo(flows.size());
        assertThat(spilled).isEqualTo(inMemory);
        assertThat(inMemory).hasSize(60);
        assertThat(inMemory.values().stream().mapToInt(List::size).sum()).isEqualTo(flows.size());
    }

    @Test
    void flowsOutsideTheSelectionOrWithoutAKeyAreCountedNotGrouped() throws Exception {
        List<Flow> flows = new ArrayList<>(shuffledFlows());
        flows.add(Flow.of("CHN", "USA", 5));
        FlowGrouping g = new FlowGrouping(Set.of("010121"), Set.of(2021), 1_000_000, 4);
        Map<String, List<String>> out = groups(g, flows);
        assertThat(out.keySet()).containsExactly("010121/2021");
        long kept = flows.stream().filter(f -> f.hs6().equals("010121") && f.year() == 2021).count();
        assertThat(g.rowsGrouped).isEqualTo(kept);
        assertThat(g.withoutKey).isEqualTo(1);
        assertThat(g.outsideSelection).isEqualTo(flows.size() - 1 - kept);
    }
}
