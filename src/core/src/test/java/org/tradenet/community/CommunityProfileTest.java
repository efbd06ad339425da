package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradenet.network.CompactGraph;

/**
 * A community's largest members (by strength, ties by index) against a plain second
 * implementation that sorts every member, on seeded random graphs with many ties.
 */
class CommunityProfileTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void largestMembersAreTheFirstOfAFullSort(boolean directed) {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(40);
            int m = random.nextInt(4 * n);
            int[] s = new int[m];
            int[] t = new int[m];
            double[] w = new double[m];
            for (int e = 0; e < m; e++) {
                s[e] = random.nextInt(n);
                t[e] = random.nextInt(n);
                w[e] = 1 + random.nextInt(3);
            }
            CompactGraph g = CompactGraph.of(n, s, t, w, directed);
            int[] labels = new int[n];
            int k = 1 + random.nextInt(Math.min(n, 5));
            for (int u = 0; u < n; u++) {
                labels[u] = u < k ? u : random.nextInt(k);
            }
            List<CommunityProfile> profiles = CommunityProfile.of(g, Partition.of(labels));
            for (CommunityProfile profile : profiles) {
                Integer[] order = Arrays.stream(profile.members()).boxed().toArray(Integer[]::new);
                Arrays.sort(order, Comparator.<Integer>comparingDouble(u -> -(g.outStrength(u) + g.inStrength(u)))
                        .thenComparingInt(u -> u));
                int[] expected = Arrays.stream(order).limit(CommunityProfile.LARGEST).mapToInt(Integer::intValue).toArray();
                assertThat(profile.largestMembers()).as("trial %d", trial).containsExactly(expected);
            }
        }
    }
}
