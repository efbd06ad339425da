package org.tradenet.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a scenario does to the network's structure, in one word, with the one-line reasons that
 * decided it.
 *
 * <p>The rule ({@link Analysis#verdict}), fixed in advance and applied the same way to every
 * scenario, in this order:
 * <ol>
 * <li>no trade between countries left: <em>trade stops</em> (no structure to compare);</li>
 * <li>the share of trade inside the <em>baseline</em> communities (the partition held fixed)
 *     rises by more than the noise band: <em>fragments</em> (trade moved inside the existing
 *     blocs); falls by more than the band: <em>integrates</em>;</li>
 * <li>otherwise, the re-optimised partition differs from the baseline's by more than the
 *     optimiser's own run-to-run noise (NMI below the band): <em>reshapes</em>;</li>
 * <li>otherwise: <em>no measurable change</em>.</li>
 * </ol>
 * When the baseline community structure is not significant against the null model, the verdict
 * is {@code qualified}: its reasons say so, and reports print the warning beside it.
 *
 * @param kind           the verdict
 * @param reasons        the measures and bands that decided it, one line each
 * @param fixedPartition the post-shock flows on the baseline partition
 * @param noise          the bands the changes were measured against
 * @param qualified      true when the baseline community structure is not significant
 */
public record Verdict(Kind kind, List<String> reasons, FixedPartition fixedPartition, NoiseBand noise, boolean qualified) {

    /**
     * Copies the reasons.
     *
     * @param kind           the verdict
     * @param reasons        the measures and bands that decided it, one line each
     * @param fixedPartition the post-shock flows on the baseline partition
     * @param noise          the bands the changes were measured against
     * @param qualified      true when the baseline community structure is not significant
     */
    public Verdict {
        Objects.requireNonNull(kind, "kind");
        reasons = List.copyOf(reasons);
    }

    /** {@return the reasons in one line, separated by semicolons} */
    public String evidence() {
        return String.join("; ", reasons);
    }

    /** The five verdicts. */
    public enum Kind {
        /** Trade moved inside the baseline blocs, beyond noise: the blocs are more self-contained. */
        FRAGMENTS,
        /** Trade moved across the baseline blocs, beyond noise. */
        INTEGRATES,
        /** The blocs themselves changed beyond noise, while the share inside the baseline blocs did not. */
        RESHAPES,
        /** Every measure within the noise band. */
        NO_MEASURABLE_CHANGE,
        /** No trade between countries is left after the shock: there is no structure to compare. */
        TRADE_STOPS;

        /** {@return the kind in lower-case words for reports} */
        public String words() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        /** {@return the identifier in JSON ("no-measurable-change")} */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
