package org.tradenet.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The state one read builds up: flows, nodes, skipped rows, notes. Applies the lenient
 * rule in one place: a bad row is an error, or with {@code lenient} a listed skip.
 */
final class FlowCollector {

    private final String file;
    private final boolean lenient;
    final List<Flow> flows = new ArrayList<>();
    final Map<String, Country> nodes = new LinkedHashMap<>();
    final List<ReadProblem> skipped = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    private final TreeSet<String> customIds = new TreeSet<>();
    private final Map<Object, Long> firstLineOfKey = new HashMap<>();
    long rowsRead;

    FlowCollector(String file, boolean lenient) {
        this.file = file;
        this.lenient = lenient;
    }

    /** Records a bad row: throws unless lenient. */
    void reject(long line, CsvInput.RowException e) {
        ReadProblem p = new ReadProblem(file, line, e.field, e.getMessage());
        if (!lenient) {
            throw new DataFormatException(p);
        }
        skipped.add(p);
    }

    /** Throws a row problem when {@code key} was seen before; remembers it otherwise. */
    void requireUnique(Object key, long line, String what) {
        Long first = firstLineOfKey.putIfAbsent(key, line);
        if (first != null) {
            throw new CsvInput.RowException("", "duplicate " + what + " (first on line " + first + ")");
        }
    }

    /** Registers a node; custom ones are listed in a note at the end. */
    String node(Country c) {
        nodes.putIfAbsent(c.id(), c);
        if (c.kind() == Country.Kind.CUSTOM) {
            customIds.add(c.id());
        }
        return c.id();
    }

    ReadReport report(InputFormat format, ReadReport.MirrorSummary mirror, boolean countryIds) {
        List<String> n = new ArrayList<>(notes);
        if (countryIds && !customIds.isEmpty()) {
            n.add(customIds.size() + " id(s) are not known country codes and are kept as custom regions: "
                    + String.join(", ", customIds));
        }
        if (!skipped.isEmpty()) {
            n.add(skipped.size() + " row(s) skipped (--lenient); each is listed with its reason");
        }
        return new ReadReport(file, format, rowsRead, flows.size(), skipped, n, mirror);
    }

    FlowTable table(InputFormat format, ReadReport.MirrorSummary mirror, boolean countryIds) {
        if (rowsRead == 0) {
            throw new DataFormatException(file, 1, "", "has a header but no data rows");
        }
        if (flows.isEmpty()) {
            String why = !skipped.isEmpty() ? "all " + rowsRead + " rows were skipped as bad (first: " + skipped.get(0) + ")"
                    : "none of its " + rowsRead + " rows is a trade flow (World totals, re-exports or zero values only)";
            throw new DataFormatException(file, 0, "", "no flows to build a network from: " + why);
        }
        return new FlowTable(flows, nodes, countryIds, report(format, mirror, countryIds));
    }
}
