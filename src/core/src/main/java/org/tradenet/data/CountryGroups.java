package org.tradenet.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/**
 * Named country groups (EU27, G7, G20, ASEAN, OECD, BRICS, USMCA, RCEP, MSP, ...) with dated
 * membership, read from CSV {@code group,member,from,to,source}: one row per member,
 * {@code from}/{@code to} ISO dates (empty {@code to} = still a member), the member an ISO3 id
 * or the name of another group (expanded). The standard table is {@code networks/groups.csv};
 * {@link #with(CountryGroups)} adds a user's own, whose groups replace standard ones of the
 * same name.
 *
 * <p>Immutable and thread-safe.
 */
public final class CountryGroups {

    /**
     * One membership row.
     *
     * @param group  group name (upper case)
     * @param member ISO3 id or another group's name
     * @param from   first day of membership
     * @param to     last day, or null while still a member
     * @param source where the row comes from
     */
    public record Membership(String group, String member, LocalDate from, LocalDate to, String source) {

        /**
         * {@return true when the membership covers {@code day}} Both ends are inclusive.
         *
         * @param day the day asked about
         */
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    private static final String STANDARD_RESOURCE = "/org/tradenet/networks/groups.csv";
    private static volatile CountryGroups standard;

    private final String source;
    private final Map<String, List<Membership>> byGroup;

    private CountryGroups(String source, Map<String, List<Membership>> byGroup) {
        this.source = source;
        Map<String, List<Membership>> copy = new LinkedHashMap<>();
        byGroup.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.byGroup = Collections.unmodifiableMap(copy);
    }

    /** {@return the groups shipped with tradenet ({@code networks/groups.csv}), loaded once} */
    public static CountryGroups standard() {
        CountryGroups g = standard;
        if (g == null) {
            synchronized (CountryGroups.class) {
                g = standard;
                if (g == null) {
                    try {
                        g = read(DataSource.of("networks/groups.csv", () -> {
                            InputStream in = CountryGroups.class.getResourceAsStream(STANDARD_RESOURCE);
                            if (in == null) {
                                throw new IllegalStateException("networks/groups.csv is missing from the class path");
                            }
                            return in;
                        }));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = g;
                }
            }
        }
        return g;
    }

    /**
     * {@return the standard groups plus the groups of a user's file} A group in the file replaces
     * the standard group of the same name.
     *
     * @param file a groups CSV ({@code group,member,from,to,source})
     * @throws IOException         when the file cannot be read
     * @throws DataFormatException naming file, line and field for a bad row
     */
    public static CountryGroups standardWith(Path file) throws IOException {
        return standard().with(read(DataSource.of(file)));
    }

    /**
     * Reads a groups file. Group and member names are upper-cased; {@code to} and {@code source}
     * are optional columns; a second row for the same group, member and {@code from} is refused.
     *
     * @param in the CSV source, named in messages
     * @return the groups, in file order
     * @throws IOException         when the source cannot be read
     * @throws DataFormatException naming file, line and field for a bad row
     */
    public static CountryGroups read(DataSource in) throws IOException {
        Map<String, List<Membership>> byGroup = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try (CsvTable table = CsvTable.open(in)) {
            for (String col : List.of("group", "member", "from")) {
                if (!table.has(col)) {
                    throw new DataFormatException(in.name(), table.headerLine(), col, "missing column; a groups file has the header "
                            + "group,member,from,to,source");
                }
            }
            boolean hasSource = table.has("source");
            for (CsvTable.Row row : table) {
                String group = row.get("group").toUpperCase(Locale.ROOT);
                String member = row.get("member").toUpperCase(Locale.ROOT);
                if (group.isEmpty() || member.isEmpty()) {
                    throw row.error(group.isEmpty() ? "group" : "member", "empty");
                }
                LocalDate from = date(row, "from");
                if (from == null) {
                    throw row.error("from", "empty: give the first day of membership (YYYY-MM-DD)");
                }
                LocalDate to = date(row, "to");
                if (to != null && to.isBefore(from)) {
                    throw row.error("to", "before 'from'");
                }
                if (!seen.add(group + "\u0000" + member + "\u0000" + from)) {
                    throw row.error("member", "second row for " + member + " in " + group + " from " + from);
                }
                byGroup.computeIfAbsent(group, k -> new ArrayList<>())
                        .add(new Membership(group, member, from, to, hasSource ? row.get("source") : ""));
            }
        }
        return new CountryGroups(in.name(), byGroup);
    }

    /** An optional date column: null when empty or absent. */
    private static LocalDate date(CsvTable.Row row, String field) {
        String text = row.get(field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.error(field, "'" + text + "' is not a date YYYY-MM-DD");
        }
    }

    /**
     * {@return these groups plus {@code other}'s} A group in both is taken whole from
     * {@code other}; the source names both.
     *
     * @param other the groups that win on equal names
     */
    public CountryGroups with(CountryGroups other) {
        Map<String, List<Membership>> m = new LinkedHashMap<>(byGroup);
        m.putAll(other.byGroup);
        return new CountryGroups(source + " + " + other.source, m);
    }

    /** {@return where the groups came from: a file or resource name, joined by " + " after {@link #with}} */
    public String source() {
        return source;
    }

    /** {@return the group names (upper case), in file order} */
    public List<String> names() {
        return List.copyOf(byGroup.keySet());
    }

    /**
     * {@return true when a group of this name (case-insensitive) exists}
     *
     * @param group the group name, or null (false)
     */
    public boolean contains(String group) {
        return group != null && byGroup.containsKey(group.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * {@return the membership rows of a group, past and current, as read (nested groups not
     * expanded); empty when unknown}
     *
     * @param group the group name, case-insensitive
     */
    public List<Membership> rows(String group) {
        return byGroup.getOrDefault(group.trim().toUpperCase(Locale.ROOT), List.of());
    }

    /**
     * {@return the current members (rows without an end date) as country ids, nested groups
     * expanded, in file order; empty when the group is unknown}
     *
     * @param group the group name, case-insensitive
     * @throws IllegalArgumentException when the group contains itself through nesting
     */
    public Optional<List<String>> members(String group) {
        return members(group, null);
    }

    /**
     * {@return the members on {@code day} as country ids, nested groups expanded, in file
     * order; empty when the group is unknown}
     *
     * @param group the group name, case-insensitive
     * @param day   the day membership is asked for, or null for the current members (rows without
     *              an end date)
     * @throws IllegalArgumentException when the group contains itself through nesting
     */
    public Optional<List<String>> members(String group, LocalDate day) {
        if (!contains(group)) {
            return Optional.empty();
        }
        Set<String> out = new LinkedHashSet<>();
        expand(group.trim().toUpperCase(Locale.ROOT), day, out, new HashSet<>());
        return Optional.of(List.copyOf(out));
    }

    private void expand(String group, LocalDate day, Set<String> out, Set<String> visiting) {
        if (!visiting.add(group)) {
            throw new IllegalArgumentException("group " + group + " contains itself");
        }
        for (Membership m : byGroup.getOrDefault(group, List.of())) {
            boolean member = day == null ? m.to() == null : m.covers(day);
            if (!member) {
                continue;
            }
            if (byGroup.containsKey(m.member())) {
                expand(m.member(), day, out, visiting);
            } else {
                out.add(m.member());
            }
        }
        visiting.remove(group);
    }
}
