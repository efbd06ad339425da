package org.tradenet.analysis;

/**
 * What a scenario does to the network's structure, in one word and the evidence behind it.
 *
 * <p>The rule, applied to the share of trade value that stays inside communities (each
 * network with its own directed communities) and to the number of communities of two or
 * more countries: the share rising by at least the threshold (one percentage point by
 * default) means the network <em>fragments</em> into more self-contained blocs; falling by
 * at least the threshold means it <em>integrates</em>; within the threshold, more
 * communities mean it fragments and fewer that it integrates; otherwise there is little
 * change. A scenario that leaves no trade between countries at all <em>stops trade</em>
 * (there is no structure left to compare). The rule is fixed in advance and applied the
 * same way to every scenario.
 *
 * @param kind     the verdict
 * @param evidence the figures behind it, in words
 */
public record Verdict(Kind kind, String evidence) {

    /** The four verdicts. */
    public enum Kind {
        /** More, more separate communities; less trade across them. */
        FRAGMENTS,
        /** Fewer or less separate communities; more trade across them. */
        INTEGRATES,
        /** Neither, within the threshold. */
        LITTLE_CHANGE,
        /** No trade between countries is left after the shock: there is no structure to compare. */
        TRADE_STOPS;

        /** {@return the kind in lower-case words for reports} */
        public String words() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
