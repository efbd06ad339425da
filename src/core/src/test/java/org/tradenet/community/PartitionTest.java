package org.tradenet.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitionTest {

    @Test
    void labelsAreCanonicalLargestFirstThenFirstMember() {
        Partition p = Partition.of(new int[] {7, 3, 3, 9, 7, 3, 5});
        // sizes: label 3 → 3 nodes, 7 → 2, 9 → 1 (first at 3), 5 → 1 (first at 6)
        assertThat(p.membership()).containsExactly(1, 0, 0, 2, 1, 0, 3);
        assertThat(p.communityCount()).isEqualTo(4);
        assertThat(p.size(0)).isEqualTo(3);
        assertThat(p.members(0)).containsExactly(1, 2, 5);
        assertThat(p.communities()[1]).containsExactly(0, 4);
    }

    @Test
    void tiesInSizeGoToTheCommunityWithTheEarlierNode() {
        assertThat(Partition.of(new int[] {5, 4, 4, 5}).membership()).containsExactly(0, 1, 1, 0);
    }

    @Test
    void equalGroupingsAreEqualWhateverTheLabels() {
        assertThat(Partition.of(new int[] {1, 1, 2})).isEqualTo(Partition.of(new int[] {-4, -4, 10}))
                .hasSameHashCodeAs(Partition.of(new int[] {0, 0, 1}));
        assertThat(Partition.of(new int[] {1, 1, 2})).isNotEqualTo(Partition.of(new int[] {1, 2, 2}));
    }

    @Test
    void edgeCases() {
        assertThat(Partition.of(new int[0]).communityCount()).isZero();
        assertThat(Partition.singletons(3).communityCount()).isEqualTo(3);
        assertThat(Partition.whole(3).communityCount()).isEqualTo(1);
        assertThat(Partition.whole(0).nodeCount()).isZero();
    }

    @Test
    void membershipIsACopy() {
        Partition p = Partition.of(new int[] {0, 1});
        p.membership()[0] = 1;
        assertThat(p.community(0)).isZero();
    }
}
