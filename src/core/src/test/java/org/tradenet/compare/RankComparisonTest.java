package org.tradenet.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Who rose and fell, with ties, entries and exits. */
class RankComparisonTest {

    private static final RankComparison C = RankComparison.of("pagerank",
            "2002", List.of("CHN", "JPN", "USA", "CSK"), new double[] {0.3, 0.1, 0.4, 0.2},
            "2024", List.of("CHN", "JPN", "USA", "VNM"), new double[] {0.5, 0.3, 0.1, 0.3});

    @Test
    void ranksEachNetworkOnItsOwn() {
        // 2002: USA 1, CHN 2, CSK 3, JPN 4. 2024: CHN 1, JPN and VNM tied 2, USA 4.
        RankChange jpn = C.of("JPN").orElseThrow();
        assertThat(jpn.rankBefore()).isEqualTo(4);
        assertThat(jpn.rankAfter()).isEqualTo(2);
        assertThat(jpn.change()).isEqualTo(2);
        assertThat(C.of("VNM").orElseThrow().rankAfter()).isEqualTo(2);
        assertThat(C.of("USA").orElseThrow().change()).isEqualTo(-3);
    }

    @Test
    void listsRisersFallersEntriesAndExits() {
        assertThat(C.risers(5)).extracting(RankChange::id).containsExactly("JPN", "CHN");
        assertThat(C.fallers(5)).extracting(RankChange::id).containsExactly("USA");
        assertThat(C.entered()).extracting(RankChange::id).containsExactly("VNM");
        assertThat(C.left()).extracting(RankChange::id).containsExactly("CSK");
        assertThat(C.of("CSK").orElseThrow().presence()).isEqualTo(RankChange.Presence.ONLY_BEFORE);
        assertThat(C.of("CSK").orElseThrow().change()).isZero();
        assertThat(C.leaders(1)).extracting(RankChange::id).containsExactly("CHN", "USA");
    }

    @Test
    void nanScoresRankLast() {
        RankComparison c = RankComparison.of("eigenvector", "a", List.of("X", "Y"), new double[] {Double.NaN, 1},
                "b", List.of("X", "Y"), new double[] {2, Double.NaN});
        assertThat(c.of("X").orElseThrow().change()).isEqualTo(1);
    }

    @Test
    void rejectsDuplicateIds() {
        assertThatThrownBy(() -> RankComparison.of("m", "a", List.of("X", "X"), new double[] {1, 2}, "b", List.of(), new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }
}
