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

    /**
     * Copies the ids and checks them.
     *
     * @param ids      the ids (empty for an unresolved rule)
     * @param rule     the rule, or null for a plain list
     * @param role     what the rule ranks by (required; {@link CountryRule.Role#TRADERS} for a plain list)
     * @param resolved true for a plain list, and for a rule once resolved
     * @throws IllegalArgumentException when a plain list is empty or marked unresolved
     */
    public CountrySelection {
        ids = List.copyOf(ids);
        Objects.requireNonNull(role, "role");
        if (rule == null && (!resolved || ids.isEmpty())) {
            throw new IllegalArgumentException("a country list needs at least one id, or \"*\"");
        }
    }

    /**
     * {@return a plain list of ids}
     *
     * @param ids country ids, or {@code "*"} for every country; at least one
     */
    public static CountrySelection of(List<String> ids) {
        return new CountrySelection(ids, null, CountryRule.Role.TRADERS, true);
    }

    /**
     * {@return a plain list of ids}
     *
     * @param ids country ids, or {@code "*"} for every country; at least one
     */
    public static CountrySelection of(String... ids) {
        return of(List.of(ids));
    }

    /** {@return every country of the model ({@code "*"})} */
    public static CountrySelection all() {
        return of("*");
    }

    /**
     * {@return a rule, to be resolved on the network before solving}
     *
     * @param rule the rule
     * @param role the trade the rule ranks countries by: exports, imports, or both
     */
    public static CountrySelection byRule(CountryRule rule, CountryRule.Role role) {
        return new CountrySelection(List.of(), Objects.requireNonNull(rule, "rule"), role, false);
    }

    /** The rule's result, keeping the rule for reports. */
    CountrySelection resolvedTo(List<String> found) {
        return new CountrySelection(found, rule, role, true);
    }

    /** {@return true for a plain list containing {@code "*"} (every country)} */
    public boolean isAll() {
        return rule == null && ids.contains("*");
    }

    /** {@return in words: the list (the first 12 ids), or the rule and what it resolved to} */
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
