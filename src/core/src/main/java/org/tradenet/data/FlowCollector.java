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
    private final FlowSink sink;
    long flowsKept;
    final Map<String, Country> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    /** The ids by index: {@code nodeIndex} inverted. */
    private final List<String> indexedIds = new ArrayList<>();
    /** The last two ids given by {@link #customNode} (identity) and their indices. */
    private final String[] lastIds = new String[2];
    private final int[] lastIndices = new int[2];
    private int lastSlot;
    private final KeyIndex keys = new KeyIndex();
    final List<ReadProblem> skipped = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    /** What a flow's value means, for a generic graph (see {@link ReadReport#weight()}); empty for trade data. */
    String weight = "";
    /** Custom ids in order of first sight (each once); sorted for the report. */
    private final List<String> customIds = new ArrayList<>();
    long rowsRead;
    private final boolean sumDuplicates;
    /** Rows added to an earlier row of the same key (--duplicates sum). */
    long rowsMerged;

    FlowCollector(String file, ReadOptions options, FlowSink sink) {
        this.file = file;
        this.lenient = options.lenient();
        this.sumDuplicates = options.duplicates() == DuplicateRows.SUM;
        this.sink = sink;
    }

    /**
     * Hands a flow to the sink, with the numbers of its exporter and importer when this row's
     * {@link #repeatOf} looked them up (so the sink need not look the ids up again).
     */
    void emit(Flow f) {
        if (f.exporter() == rowExporter && f.importer() == rowImporter) {
            sink.accept(f, rowExporterNumber, rowImporterNumber);
        } else {
            sink.accept(f);
        }
        flowsKept++;
    }

    /** The ids of the last {@link #repeatOf} (identity) and their numbers. */
    private String rowExporter;
    private String rowImporter;
    private int rowExporterNumber;
    private int rowImporterNumber;

    /** The work done on one row; may throw {@link CsvInput.RowException}. */
    @FunctionalInterface
    interface RowBody {
        void accept(long line);
    }

    /**
     * Reads every data row of {@code in}, counting it and handing its line to {@code body};
     * a row problem is an error, or with {@code lenient} a listed skip.
     */
    void eachRow(CsvInput in, RowBody body) {
        while (true) {
            try {
                if (!in.next()) {
                    return;
                }
                rowsRead++;
                body.accept(in.line());
            } catch (CsvInput.RowException ex) {
                reject(in.lineOf(ex.field), ex);
            }
        }
    }

    /** Records a bad row: throws unless lenient. */
    void reject(long line, CsvInput.RowException e) {
        ReadProblem p = new ReadProblem(file, line, e.field, e.getMessage());
        if (!lenient) {
            throw new DataFormatException(p);
        }
        skipped.add(p);
    }

    /**
     * Checks the flow key (exporter, importer, product, year) of a row: remembers it when new
     * and returns 0; with {@link DuplicateRows#SUM} counts a repeat as merged (the sinks add
     * flows of one key up) and returns 0; else returns the line the key was first seen on, and
     * the caller throws {@link #duplicate}. The caller builds its message only then, so a row
     * makes no message object. Keys are packed exactly into 60 bits while node indices stay
     * below 65,536 (always, for countries), and hashed to 63 bits beyond (a false duplicate then
     * has a probability of about rows² / 2⁶⁴).
     */
    long repeatOf(String exporter, String importer, String hs6, int year, long line) {
        int e = index(exporter);
        int i = index(importer);
        rowExporter = exporter;
        rowImporter = importer;
        rowExporterNumber = e;
        rowImporterNumber = i;
        long hs = hs6.isEmpty() ? 0 : Long.parseLong(hs6) + 1;
        long y = year == 0 ? 0 : year - 1899;
        long key;
        if (e < 65536 && i < 65536) {
            key = (long) e << 44 | (long) i << 28 | hs << 8 | y;
        } else {
            key = KeyIndex.mix(KeyIndex.mix(((long) e << 32) | i) ^ (hs << 8 | y)) | Long.MIN_VALUE;
        }
        long first = keys.putIfAbsent(key, line);
        if (first != 0 && sumDuplicates) {
            rowsMerged++;
            return 0;
        }
        return first;
    }

    /**
     * The row problem of a repeated key.
     *
     * @param what   the key, in the reader's words
     * @param first  the line the key was first seen on
     * @param advice what the user can do, appended to the message (may be empty)
     * @return the exception to throw
     */
    static CsvInput.RowException duplicate(String what, long first, String advice) {
        return new CsvInput.RowException("", "duplicate " + what + " (first on line " + first + ")" + advice);
    }

    private int index(String id) {
        if (id == lastIds[0]) {
            return lastIndices[0];
        }
        if (id == lastIds[1]) {
            return lastIndices[1];
        }
        Integer k = nodeIndex.get(id);
        if (k == null) {
            k = nodeIndex.size();
            nodeIndex.put(id, k);
            indexedIds.add(id);
        }
        return k;
    }

    /**
     * Registers a node; custom ones are listed in a note at the end. Returns the id as first
     * registered, so that every flow of a node carries one string instance.
     */
    String node(Country c) {
        Country first = nodes.putIfAbsent(c.id(), c);
        if (first != null) {
            return first.id();
        }
        if (c.kind() == Country.Kind.CUSTOM) {
            customIds.add(c.id());
        }
        return c.id();
    }

    /**
     * A generic graph's node id, registered as a custom node when new: one map look-up per id
     * seen before (the common case), no node object made for it.
     */
    String customNode(String id) {
        Integer k = nodeIndex.get(id);
        String interned;
        if (k != null) {
            interned = indexedIds.get(k);
        } else {
            interned = node(Country.custom(id));
            k = index(interned);
        }
        // The row's two ids, remembered by identity so that repeatOf finds their indices
        // without a second map look-up.
        int slot = lastSlot ^= 1;
        lastIds[slot] = interned;
        lastIndices[slot] = k;
        return interned;
    }

    /** The node ids by their text, for {@link #customNode(CsvInput, int)}. */
    private final IdsByText idsByText = new IdsByText();

    /**
     * As {@link #customNode(String)} for a field of the current row, looked up by its
     * characters: no string is made for an id seen before.
     */
    String customNode(CsvInput in, int column) {
        int s = in.trimmedStart(column);
        int e = in.trimmedEnd(column);
        if (s < 0 || s == e) {
            return customNode(in.text(column));
        }
        char[] text = in.chars();
        int hash = IdsByText.hash(text, s, e);
        int slot = idsByText.find(text, s, e, hash);
        if (slot < 0) {
            String id = customNode(new String(text, s, e - s));
            idsByText.add(id, lastIndices[lastSlot], hash);
            return id;
        }
        int k = idsByText.index[slot];
        String id = indexedIds.get(k);
        int last = lastSlot ^= 1;
        lastIds[last] = id;
        lastIndices[last] = k;
        return id;
    }

    /**
     * An open-addressing table from the characters of an id to its node index, so that an id
     * is found from a slice of the row's characters. Linear probing, at most half full; the
     * home slot is the top bits of hash × 2³²/φ (Fibonacci hashing, Knuth TAOCP vol. 3, 6.4),
     * which spreads the nearby polynomial hashes of numeric ids ("0" … "99999": 4.2 probes per
     * insertion with the low bits, 1.2 with these).
     */
    private static final class IdsByText {
        /** The characters of each slot's id (null: an empty slot); arrays, not strings, for a quick comparison. */
        private char[][] ids = new char[1024][];
        private int[] index = new int[1024];
        private int[] hashes = new int[1024];
        /** 32 − log2 of the table length. */
        private int shift = 32 - 10;
        private int size;

        private int home(int hash) {
            return (hash * 0x9E3779B9) >>> shift;
        }

        static int hash(char[] text, int start, int end) {
            int h = 0;
            for (int k = start; k < end; k++) {
                h = 31 * h + text[k];
            }
            return h;
        }

        /** The slot holding the id text[start, end), or -1. */
        int find(char[] text, int start, int end, int hash) {
            int mask = ids.length - 1;
            int slot = home(hash);
            int length = end - start;
            for (char[] id = ids[slot]; id != null; id = ids[slot = (slot + 1) & mask]) {
                if (hashes[slot] == hash && id.length == length && same(id, text, start)) {
                    return slot;
                }
            }
            return -1;
        }

        private static boolean same(char[] id, char[] text, int start) {
            for (int k = 0; k < id.length; k++) {
                if (id[k] != text[start + k]) {
                    return false;
                }
            }
            return true;
        }

        void add(String id, int nodeIndex, int hash) {
            if (2 * (size + 1) > ids.length) {
                char[][] oldIds = ids;
                int[] oldIndex = index;
                int[] oldHashes = hashes;
                ids = new char[oldIds.length * 2][];
                index = new int[oldIds.length * 2];
                hashes = new int[oldIds.length * 2];
                shift--;
                for (int k = 0; k < oldIds.length; k++) {
                    if (oldIds[k] != null) {
                        put(oldIds[k], oldIndex[k], oldHashes[k]);
                    }
                }
            }
            put(id.toCharArray(), nodeIndex, hash);
            size++;
        }

        private void put(char[] id, int nodeIndex, int hash) {
            int mask = ids.length - 1;
            int slot = home(hash);
            while (ids[slot] != null) {
                slot = (slot + 1) & mask;
            }
            ids[slot] = id;
            index[slot] = nodeIndex;
            hashes[slot] = hash;
        }
    }

    ReadReport report(InputFormat format, ReadReport.MirrorSummary mirror, boolean countryIds) {
        List<String> n = new ArrayList<>(notes);
        if (countryIds && !customIds.isEmpty()) {
            n.add(customIds.size() + " id(s) are not known country codes and are kept as custom regions: "
                    + String.join(", ", new TreeSet<>(customIds)));
        }
        if (rowsMerged > 0) {
            n.add(rowsMerged + " row(s) repeated the exporter, importer, product and year of an earlier row and were added to it "
                    + "(--duplicates sum)");
        }
        if (!skipped.isEmpty()) {
            n.add(skipped.size() + " row(s) skipped (--lenient); each is listed with its reason");
        }
        return new ReadReport(file, format, rowsRead, flowsKept, skipped, n, mirror, weight);
    }

    StreamedRead finish(InputFormat format, ReadReport.MirrorSummary mirror, boolean countryIds) {
        if (rowsRead == 0) {
            throw new DataFormatException(file, 1, "", "has a header but no data rows");
        }
        if (flowsKept == 0) {
            String why = !skipped.isEmpty() ? "all " + rowsRead + " rows were skipped as bad (first: " + skipped.get(0) + ")"
                    : "none of its " + rowsRead + " rows is a trade flow (World totals, re-exports or zero values only)";
            throw new DataFormatException(file, 0, "", "no flows to build a network from: " + why);
        }
        return new StreamedRead(nodes, countryIds, report(format, mirror, countryIds));
    }
}
