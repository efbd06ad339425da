package org.tradenet.shock;

import java.util.List;
import java.util.Objects;

/**
 * The countries a measure names: a list of ids ({@code "*"} = every country), or a
 * {@link CountryRule} that {@link Scenario#resolve resolution} turns into a list on the network
 * at hand. A resolved rule keeps the rule, so reports print both.
 *
 * @param ids      the ids (empty for an unresolved rule)
 * @param rule     the rule, or null for a plain list
 * @param role     what the rule ranks by
 * @param resolved true for a plain list, and for a rule once resolved
 */
public record CountrySelection(List<String> ids, CountryRule rule, CountryRule.Role role, boolean resolved) {

    public CountrySelection {
        ids = List.copyOf(ids);
        Objects.requireNonNull(role, "role");
        if (rule == null && (!resolved || ids.isEmpty())) {
            throw new IllegalArgumentException("a country list needs at least one id, or \"*\"");
        }
    }

    /** A plain list of ids. */
    public static CountrySelection of(List<String> ids) {
        return new CountrySelection(ids, null, CountryRule.Role.TRADERS, true);
    }

    /** A plain list of ids. */
    public static CountrySelection of(String... ids) {
        return of(List.of(ids));
    }

    /** Every country. */
    public static CountrySelection all() {
        return of("*");
    }

    /** A rule, to be resolved. */
    public static CountrySelection byRule(CountryRule rule, CountryRule.Role role) {
        return new CountrySelection(List.of(), Objects.requireNonNull(rule, "rule"), role, false);
    }

    /** The rule's result, keeping the rule for reports. */
    CountrySelection resolvedTo(List<String> found) {
        return new CountrySelection(found, rule, role, true);
    }

    /** True for {@code "*"}. */
    public boolean isAll() {
        return rule == null && ids.contains("*");
    }

    /** In words: the list, or the rule and what it resolved to. */
    public String describe() {
        if (rule == null) {
            return list(ids);
        }
        if (!resolved) {
            return rule.describe(role) + " (resolved on the network)";
        }
        return rule.describe(role) + " (" + (ids.isEmpty() ? "none in this network" : list(ids)) + ")";
    }

    static String list(List<String> ids) {
        if (ids.contains("*")) {
            return "all";
        }
        return ids.size() <= 12 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 12)) + " and " + (ids.size() - 12) + " more";
    }
}
