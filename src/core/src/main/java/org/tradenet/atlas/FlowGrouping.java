package org.tradenet.atlas;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.tradenet.data.Flow;
import org.tradenet.data.FlowSink;

/**
 * Groups a stream of flows by (HS6 product, year) in bounded memory, for the atlas.
 *
 * <p>How: each flow is packed into 24 bytes (exporter and importer as int indices into an id
 * table, value and quantity as doubles) in a per-group buffer. While fewer than {@code
 * memoryRows} rows are held, everything stays in memory. When the budget is reached, every
 * buffered row is written out to one of {@code partitions} temporary files chosen by a hash
 * of its group key, and so is every later row; {@link #drain} then reads the partitions back
 * one at a time. A group therefore always lies whole in one partition, whatever the order of
 * the input: memory is bounded by the budget, or by the largest partition (about the input
 * over {@code partitions}), never by the whole file. Input sorted by product and year needs
 * no special case, and unsorted input (BACI's files are sorted by exporter) is not a problem.
 *
 * <p>Flows without a product or a year, and flows outside the products and years asked for,
 * are counted, not grouped. Not thread-safe: one reader feeds it.
 */
final class FlowGrouping implements FlowSink, Closeable {

    /** One group's rows, packed. */
    static final class Buffer {
        int size;
        int[] exporter = new int[16];
        int[] importer = new int[16];
        double[] value = new double[16];
        double[] quantity = new double[16];

        void add(int e, int i, double v, double q) {
            if (size == exporter.length) {
                int n = size * 2;
                exporter = Arrays.copyOf(exporter, n);
                importer = Arrays.copyOf(importer, n);
                value = Arrays.copyOf(value, n);
                quantity = Arrays.copyOf(quantity, n);
            }
            exporter[size] = e;
            importer[size] = i;
            value[size] = v;
            quantity[size] = q;
            size++;
        }
    }

    /**
     * One complete group, ready for analysis.
     *
     * @param hs6   the product
     * @param year  the year
     * @param flows its flows
     */
    record Group(String hs6, int year, List<Flow> flows) {
    }

    private final Set<String> products;
    private final Set<Integer> years;
    private final long memoryRows;
    private final int partitions;
    private final Map<String, Integer> idIndex = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final Map<Long, Buffer> groups = new HashMap<>();
    private long held;
    private Path spillDir;
    private DataOutputStream[] spill;
    long rowsGrouped;
    long rowsSpilled;
    long withoutKey;
    long outsideSelection;

    /**
     * @param products   the HS6 codes to keep, empty for all
     * @param years      the years to keep, empty for all
     * @param memoryRows rows held in memory before spilling to partitions
     * @param partitions how many partition files to spill to
     */
    FlowGrouping(Set<String> products, Set<Integer> years, long memoryRows, int partitions) {
        this.products = Set.copyOf(products);
        this.years = Set.copyOf(years);
        if (memoryRows < 1 || partitions < 1) {
            throw new IllegalArgumentException("memory rows and partitions must be positive");
        }
        this.memoryRows = memoryRows;
        this.partitions = partitions;
    }

    /** Group key: year in the high half, the HS6 code as a number in the low half. */
    static long key(String hs6, int year) {
        return (long) year << 32 | Integer.parseInt(hs6);
    }

    static String hs6(long key) {
        return String.format("%06d", (int) key);
    }

    static int year(long key) {
        return (int) (key >>> 32);
    }

    @Override
    public void accept(Flow f) {
        if (!org.tradenet.data.ProductGroup.isHs6(f.hs6()) || f.year() == 0) {
            withoutKey++;
            return;
        }
        if (!products.isEmpty() && !products.contains(f.hs6()) || !years.isEmpty() && !years.contains(f.year())) {
            outsideSelection++;
            return;
        }
        long key = key(f.hs6(), f.year());
        int e = index(f.exporter());
        int i = index(f.importer());
        rowsGrouped++;
        if (spill != null) {
            write(key, e, i, f.valueUsd(), f.quantityTonnes());
            return;
        }
        groups.computeIfAbsent(key, k -> new Buffer()).add(e, i, f.valueUsd(), f.quantityTonnes());
        if (++held >= memoryRows) {
            spillAll();
        }
    }

    private int index(String id) {
        Integer k = idIndex.get(id);
        if (k == null) {
            k = ids.size();
            idIndex.put(id, k);
            ids.add(id);
        }
        return k;
    }

    /** True once rows went to partition files. */
    boolean spilled() {
        return spill != null;
    }

    int partitions() {
        return partitions;
    }

    private void spillAll() {
        try {
            spillDir = Files.createTempDirectory("tradenet-atlas-");
            spill = new DataOutputStream[partitions];
            for (int p = 0; p < partitions; p++) {
                spill[p] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spillDir.resolve(p + ".bin")), 1 << 16));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the atlas's temporary partition files", e);
        }
        for (Map.Entry<Long, Buffer> g : groups.entrySet()) {
            Buffer b = g.getValue();
            for (int r = 0; r < b.size; r++) {
                write(g.getKey(), b.exporter[r], b.importer[r], b.value[r], b.quantity[r]);
            }
        }
        groups.clear();
        held = 0;
    }

    private void write(long key, int e, int i, double v, double q) {
        int p = Math.floorMod(Long.hashCode(key * 0x9E3779B97F4A7C15L), partitions);
        try {
            DataOutputStream out = spill[p];
            out.writeLong(key);
            out.writeInt(e);
            out.writeInt(i);
            out.writeDouble(v);
            out.writeDouble(q);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the atlas's temporary partition file", ex);
        }
        rowsSpilled++;
    }

    /**
     * Hands every group to {@code consumer}, partition by partition when spilled (groups of a
     * partition in key order), then deletes the partition files. Call once, after the input.
     */
    void drain(Consumer<Group> consumer) throws IOException {
        if (spill == null) {
            emit(groups, consumer);
            groups.clear();
            return;
        }
        for (DataOutputStream out : spill) {
            out.close();
        }
        try {
            for (int p = 0; p < partitions; p++) {
                Path file = spillDir.resolve(p + ".bin");
                Map<Long, Buffer> part = new HashMap<>();
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                    while (true) {
                        long key;
                        try {
                            key = in.readLong();
                        } catch (EOFException end) {
                            break;
                        }
                        part.computeIfAbsent(key, k -> new Buffer()).add(in.readInt(), in.readInt(), in.readDouble(), in.readDouble());
                    }
                }
                Files.delete(file);
                emit(part, consumer);
            }
        } finally {
            close();
        }
    }

    private void emit(Map<Long, Buffer> part, Consumer<Group> consumer) {
        List<Long> keys = new ArrayList<>(part.keySet());
        keys.sort(null);
        for (long k : keys) {
            Buffer b = part.remove(k);
            String hs6 = hs6(k);
            int year = year(k);
            List<Flow> flows = new ArrayList<>(b.size);
            for (int r = 0; r < b.size; r++) {
                flows.add(new Flow(ids.get(b.exporter[r]), ids.get(b.importer[r]), hs6, year, b.value[r], b.quantity[r],
                        Flow.Side.SINGLE, 0));
            }
            consumer.accept(new Group(hs6, year, flows));
        }
    }

    /** Deletes what is left of the temporary files. */
    @Override
    public void close() throws IOException {
        if (spillDir == null) {
            return;
        }
        if (spill != null) {
            for (DataOutputStream out : spill) {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // closing is best effort here; the files are deleted below
                }
            }
        }
        try (var s = Files.list(spillDir)) {
            for (Path f : s.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(spillDir);
        spillDir = null;
    }
}
