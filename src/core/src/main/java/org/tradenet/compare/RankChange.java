package org.tradenet.compare;

import java.util.Objects;

/**
 * How one country's rank on one metric changed between two networks ("before" and "after":
 * two years, or before and after a shock). Ranks are 1 = highest, within each network.
 *
 * @param id          country id
 * @param rankBefore  rank in the first network, 0 when the country is not in it
 * @param rankAfter   rank in the second network, 0 when the country is not in it
 * @param valueBefore value in the first network, NaN when absent
 * @param valueAfter  value in the second network, NaN when absent
 */
public record RankChange(String id, int rankBefore, int rankAfter, double valueBefore, double valueAfter) {

    /** Where the country is present. */
    public enum Presence {
        /** In both networks. */
        BOTH,
        /** Only in the first network: it left. */
        ONLY_BEFORE,
        /** Only in the second network: it entered. */
        ONLY_AFTER
    }

    /**
     * Checks the components.
     *
     * @param id          country id
     * @param rankBefore  rank in the first network, 0 when the country is not in it
     * @param rankAfter   rank in the second network, 0 when the country is not in it
     * @param valueBefore value in the first network, NaN when absent
     * @param valueAfter  value in the second network, NaN when absent
     */
    public RankChange {
        Objects.requireNonNull(id, "id");
        if (rankBefore < 0 || rankAfter < 0 || rankBefore == 0 && rankAfter == 0) {
            throw new IllegalArgumentException("a country must have a rank (>= 1) in at least one network: " + id);
        }
    }

    /** {@return where the country is present} */
    public Presence presence() {
        if (rankBefore == 0) {
            return Presence.ONLY_AFTER;
        }
        return rankAfter == 0 ? Presence.ONLY_BEFORE : Presence.BOTH;
    }

    /**
     * {@return places gained: {@code rankBefore - rankAfter}, positive when the country rose; 0 unless in
     * both}
     */
    public int change() {
        return presence() == Presence.BOTH ? rankBefore - rankAfter : 0;
    }
}
