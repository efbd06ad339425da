package org.tradenet.data;

import java.util.Objects;

/**
 * How to read input.
 *
 * @param format     the format, or {@link InputFormat#AUTO} to detect it from the header
 * @param lenient    skip bad rows (each listed in the report with its reason) instead of
 *                   stopping at the first
 * @param mirrorRule which side of a Comtrade flow counts
 * @param registry   the country registry that resolves codes
 */
public record ReadOptions(InputFormat format, boolean lenient, MirrorRule mirrorRule, CountryRegistry registry) {

    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mirrorRule, "mirrorRule");
        Objects.requireNonNull(registry, "registry");
    }

    /** {@return auto-detected format, strict, importer-first, the standard registry} */
    public static ReadOptions defaults() {
        return new ReadOptions(InputFormat.AUTO, false, MirrorRule.IMPORTER_FIRST, CountryRegistry.standard());
    }

    public ReadOptions withFormat(InputFormat f) {
        return new ReadOptions(f, lenient, mirrorRule, registry);
    }

    public ReadOptions withLenient(boolean l) {
        return new ReadOptions(format, l, mirrorRule, registry);
    }

    public ReadOptions withMirrorRule(MirrorRule r) {
        return new ReadOptions(format, lenient, r, registry);
    }

    public ReadOptions withRegistry(CountryRegistry r) {
        return new ReadOptions(format, lenient, mirrorRule, r);
    }
}
