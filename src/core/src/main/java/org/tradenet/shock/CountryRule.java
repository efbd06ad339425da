package org.tradenet.shock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Countries named by a rule instead of a list, resolved on the network at hand before solving
 * ({@link CountrySelection}). Countries are ranked by their base international trade in the
 * measure's role (exporters by exports, importers by imports, bloc members and decoupling sides
 * by exports plus imports), largest first, ties by id. The rule then keeps, in this order:
 * the members of {@code group} (when given; a node named after the group, made by
 * aggregation, counts too), minus {@code exclude}, minus the {@code skip} largest, those with at
 * least {@code minShare} of the world total, and at most the {@code top} largest.
 *
 * <p>JSON: {@code {"top": 5, "skip": 1, "minShare": 0.01, "exclude": ["CHN"], "group": "EU27"}},
 * every key optional but at least one given.
 *
 * @param top      keep at most this many (0: no cap)
 * @param skip     leave out this many of the largest first
 * @param minShare keep those with at least this share of world trade in the role, a fraction (0: no floor)
 * @param exclude  ids left out
 * @param group    a group name ({@code networks/groups.csv} or {@code --groups}), or empty for every country
 */
public record CountryRule(int top, int skip, double minShare, List<String> exclude, String group) {

    /** The trade a rule ranks countries by. */
    public enum Role {
        /** base exports */
        EXPORTERS,
        /** base imports */
        IMPORTERS,
        /** base exports plus imports */
        TRADERS;

        String noun() {
            return name().toLowerCase(Locale.ROOT);
        }

        String flow() {
            return switch (this) {
                case EXPORTERS -> "exports";
                case IMPORTERS -> "imports";
                case TRADERS -> "trade";
            };
        }
    }

    /**
     * Checks the rule, copies {@code exclude} and trims {@code group}.
     *
     * @param top      keep at most this many (0: no cap)
     * @param skip     leave out this many of the largest first
     * @param minShare keep those with at least this share of world trade in the role, a fraction (0: no floor)
     * @param exclude  ids left out
     * @param group    a group name, or null or empty for every country
     * @throws IllegalArgumentException when a count is negative, {@code minShare} is outside
     *                                  [0, 1], or no part of the rule is given
     */
    public CountryRule {
        if (top < 0 || skip < 0) {
            throw new IllegalArgumentException("top and skip are counts, 0 or more");
        }
        if (!(minShare >= 0 && minShare <= 1)) {
            throw new IllegalArgumentException("minShare is a fraction between 0 and 1, was " + minShare);
        }
        exclude = List.copyOf(exclude);
        group = group == null ? "" : group.trim();
        if (top == 0 && skip == 0 && minShare == 0 && exclude.isEmpty() && group.isEmpty()) {
            throw new IllegalArgumentException("a country rule needs at least one of top, skip, minShare, exclude, group");
        }
    }

    /**
     * {@return the rule in words, for a role: "the 5 largest exporters except CHN"}
     *
     * @param role the trade the countries are ranked by
     */
    public String describe(Role role) {
        List<String> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder(top > 0 ? (top == 1 ? "the largest " + role.noun().replaceAll("s$", "")
                : "the " + top + " largest " + role.noun()) : "the " + role.noun());
        if (!group.isEmpty()) {
            parts.add("in " + group);
        }
        if (skip > 0) {
            parts.add("after the largest " + (skip == 1 ? "one" : String.valueOf(skip)));
        }
        if (minShare > 0) {
            parts.add("with at least " + Rates.show(minShare) + " of world " + role.flow());
        }
        if (!exclude.isEmpty()) {
            parts.add("except " + String.join(", ", exclude));
        }
        if (!parts.isEmpty()) {
            sb.append(' ').append(String.join(", ", parts));
        }
        return sb.toString();
    }
}
