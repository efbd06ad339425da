package org.tradenet.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

        /** True when the membership covers {@code day}. */
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

    /** The groups shipped with tradenet ({@code networks/groups.csv}), loaded once. */
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

    /** The standard groups plus the groups of a user's file (which win on equal names). */
    public static CountryGroups standardWith(Path file) throws IOException {
        return standard().with(read(DataSource.of(file)));
    }

    /**
     * Reads a groups file.
     *
     * @throws DataFormatException naming file, line and field for a bad row
     */
    public static CountryGroups read(DataSource in) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreSurroundingSpaces(true).build();
        Map<String, List<Membership>> byGroup = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try (Reader r = in.openReader(); CSVParser parser = CSVParser.parse(r, format)) {
            for (String col : List.of("group", "member", "from")) {
                if (!parser.getHeaderMap().containsKey(col)) {
                    throw new DataFormatException(in.name(), 1, col, "missing column; a groups file has the header "
                            + "group,member,from,to,source");
                }
            }
            boolean hasTo = parser.getHeaderMap().containsKey("to");
            boolean hasSource = parser.getHeaderMap().containsKey("source");
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                String group = row.get("group").trim().toUpperCase(Locale.ROOT);
                String member = row.get("member").trim().toUpperCase(Locale.ROOT);
                if (group.isEmpty() || member.isEmpty()) {
                    throw new DataFormatException(in.name(), line, group.isEmpty() ? "group" : "member", "empty");
                }
                LocalDate from = date(row.get("from"), in.name(), line, "from");
                if (from == null) {
                    throw new DataFormatException(in.name(), line, "from", "empty: give the first day of membership (YYYY-MM-DD)");
                }
                LocalDate to = hasTo ? date(row.get("to"), in.name(), line, "to") : null;
                if (to != null && to.isBefore(from)) {
                    throw new DataFormatException(in.name(), line, "to", "before 'from'");
                }
                if (!seen.add(group + "\u0000" + member + "\u0000" + from)) {
                    throw new DataFormatException(in.name(), line, "member", "second row for " + member + " in " + group
                            + " from " + from);
                }
                byGroup.computeIfAbsent(group, k -> new ArrayList<>())
                        .add(new Membership(group, member, from, to, hasSource ? row.get("source").trim() : ""));
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new DataFormatException(in.name(), 0, "", "malformed CSV: " + e.getMessage());
        }
        return new CountryGroups(in.name(), byGroup);
    }

    private static LocalDate date(String text, String file, long line, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new DataFormatException(file, line, field, "'" + text + "' is not a date YYYY-MM-DD");
        }
    }

    /** These groups plus {@code other}'s; a group in both is taken from {@code other}. */
    public CountryGroups with(CountryGroups other) {
        Map<String, List<Membership>> m = new LinkedHashMap<>(byGroup);
        m.putAll(other.byGroup);
        return new CountryGroups(source + " + " + other.source, m);
    }

    /** Where the groups came from. */
    public String source() {
        return source;
    }

    /** The group names, in file order. */
    public List<String> names() {
        return List.copyOf(byGroup.keySet());
    }

    /** True when a group of this name (case-insensitive) exists. */
    public boolean contains(String group) {
        return group != null && byGroup.containsKey(group.trim().toUpperCase(Locale.ROOT));
    }

    /** The membership rows of a group (empty when unknown). */
    public List<Membership> rows(String group) {
        return byGroup.getOrDefault(group.trim().toUpperCase(Locale.ROOT), List.of());
    }

    /** The current members (rows without an end date), nested groups expanded, in file order. */
    public Optional<List<String>> members(String group) {
        return members(group, null);
    }

    /**
     * The members on {@code day} (null: the current members), nested groups expanded, in file
     * order; empty when the group is unknown.
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
