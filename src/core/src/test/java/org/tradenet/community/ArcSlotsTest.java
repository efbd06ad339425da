package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The rewiring's table of arc slots against a plain map under random puts, look-ups and
 * removals, the table kept as full as the rewiring keeps it (as many keys as its capacity) and
 * keys drawn from few values so that probe runs collide and removals must shift entries back.
 */
class ArcSlotsTest {

    @Property(tries = 200)
    void behavesAsAMap(@ForAll @IntRange(min = 1, max = 64) int capacity, @ForAll @IntRange(min = 1, max = 300) int keyRange,
                       @ForAll long seed) {
        Random rnd = new Random(seed);
        StrengthPreservingRewiring.ArcSlots table = new StrengthPreservingRewiring.ArcSlots(capacity);
        Map<Long, Integer> reference = new HashMap<>();
        List<Long> present = new ArrayList<>();
        for (int step = 0; step < 2000; step++) {
            long key = rnd.nextInt(keyRange) * 1_000_003L;
            int op = rnd.nextInt(3);
            if (op == 0 && (reference.size() < capacity || reference.containsKey(key))) {
                int slot = rnd.nextInt(1000);
                table.put(key, slot);
                if (reference.put(key, slot) == null) {
                    present.add(key);
                }
            } else if (op == 1 && !present.isEmpty()) {
                long gone = present.remove(rnd.nextInt(present.size()));
                table.remove(gone);
                reference.remove(gone);
            }
            assertThat(table.get(key)).isEqualTo(reference.getOrDefault(key, -1));
        }
        for (long k = 0; k < keyRange; k++) {
            long key = k * 1_000_003L;
            assertThat(table.get(key)).isEqualTo(reference.getOrDefault(key, -1));
        }
    }
}
