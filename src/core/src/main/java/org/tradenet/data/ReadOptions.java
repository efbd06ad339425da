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
 * @param duplicates what to do with rows that repeat a key (edge lists and BACI): refuse (the
 *                   default) or sum
 */
public record ReadOptions(InputFormat format, boolean lenient, MirrorRule mirrorRule, CountryRegistry registry,
        DuplicateRows duplicates) {

    /**
     * Checks the components.
     *
     * @param format     the format, or {@link InputFormat#AUTO} to detect it from the header
     * @param lenient    skip bad rows (each listed in the report with its reason) instead of stopping at the
     *                   first
     * @param mirrorRule which side of a Comtrade flow counts
     * @param registry   the country registry that resolves codes
     * @param duplicates what to do with rows that repeat a key: refuse or sum
     */
    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mirrorRule, "mirrorRule");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(duplicates, "duplicates");
    }

    /** {@return the defaults: auto-detected format, strict, importer-first, the standard registry} */
    public static ReadOptions defaults() {
        return new ReadOptions(InputFormat.AUTO, false, MirrorRule.IMPORTER_FIRST, CountryRegistry.standard(), DuplicateRows.REFUSE);
    }

    /**
     * {@return a copy with {@code format} replaced, the other settings unchanged}
     *
     * @param f the format, or {@link InputFormat#AUTO} to detect it from the header
     */
    public ReadOptions withFormat(InputFormat f) {
        return new ReadOptions(f, lenient, mirrorRule, registry, duplicates);
    }

    /**
     * {@return a copy with {@code lenient} replaced, the other settings unchanged}
     *
     * @param l skip bad rows (each listed in the report with its reason) instead of stopping at the first
     */
    public ReadOptions withLenient(boolean l) {
        return new ReadOptions(format, l, mirrorRule, registry, duplicates);
    }

    /**
     * {@return a copy with {@code mirrorRule} replaced, the other settings unchanged}
     *
     * @param r which side of a Comtrade flow counts
     */
    public ReadOptions withMirrorRule(MirrorRule r) {
        return new ReadOptions(format, lenient, r, registry, duplicates);
    }

    /**
     * {@return a copy with {@code registry} replaced, the other settings unchanged}
     *
     * @param r the country registry that resolves codes
     */
    public ReadOptions withRegistry(CountryRegistry r) {
        return new ReadOptions(format, lenient, mirrorRule, r, duplicates);
    }

    /**
     * {@return a copy that treats rows repeating a key as {@code d} says}
     *
     * @param d refuse (the default) or sum repeated rows
     */
    public ReadOptions withDuplicates(DuplicateRows d) {
        return new ReadOptions(format, lenient, mirrorRule, registry, d);
    }
}
