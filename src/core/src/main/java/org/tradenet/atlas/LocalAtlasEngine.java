package org.tradenet.atlas;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.tradenet.data.Country;
import org.tradenet.data.DataSource;
import org.tradenet.data.FlowTable;
import org.tradenet.data.ReadReport;
import org.tradenet.data.StreamedRead;

/**
 * The embedded atlas engine: one process. Streams every input file once through the
 * existing readers into a {@link FlowGrouping} (bounded memory, spilling to partition files
 * past its budget), then analyses the groups on a fixed pool of {@code threads} workers with
 * at most {@code 2 × threads} groups in flight, so memory holds the grouping budget (or one
 * partition), a few groups and the results.
 *
 * <p>The readers' own duplicate-key check holds 12 bytes per row of the file being read;
 * BACI releases come as one file per year, so that is bounded by the largest year.
 *
 * <p>Deterministic: rows depend only on the input and the seed, not on the thread count.
 */
public final class LocalAtlasEngine implements AtlasEngine {

    @Override
    public String name() {
        return "local";
    }

    @Override
    public AtlasResult run(AtlasJob job) throws IOException {
        AtlasInput input = AtlasInput.of(job.inputs().stream().map(Path::of).toList());
        Map<String, Country> nodes = new HashMap<>();
        List<String> notes = new ArrayList<>();
        long rowsRead = 0;
        ProductYearAnalysis analysis = new ProductYearAnalysis(job.parameters());
        List<AtlasRow> rows = Collections.synchronizedList(new ArrayList<>());
        try (FlowGrouping grouping = new FlowGrouping(job.products(), job.years(), job.memoryRows(), job.partitions())) {
            for (DataSource source : input.data()) {
                StreamedRead read = FlowTable.stream(source, job.read(), grouping);
                nodes.putAll(read.nodes());
                ReadReport r = read.report();
                rowsRead += r.rowsRead();
                r.notes().forEach(n -> notes.add(source.name() + ": " + n));
                r.skipped().forEach(p -> notes.add("skipped " + p));
            }
            if (grouping.withoutKey > 0) {
                notes.add(grouping.withoutKey + " flow(s) without a six-digit HS code or a year were left out (the atlas groups by both)");
            }
            if (grouping.outsideSelection > 0) {
                notes.add(grouping.outsideSelection + " flow(s) outside the products/years asked for were left out");
            }
            if (grouping.spilled()) {
                notes.add(grouping.rowsSpilled + " rows were grouped through " + grouping.partitions()
                        + " temporary partition files (more than " + job.memoryRows() + " rows to hold in memory)");
            }
            ExecutorService pool = Executors.newFixedThreadPool(job.threads(), r -> {
                Thread t = new Thread(r, "atlas-worker");
                t.setDaemon(true);
                return t;
            });
            Semaphore inFlight = new Semaphore(2 * job.threads());
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            try {
                grouping.drain(group -> {
                    if (failure.get() != null) {
                        return;
                    }
                    inFlight.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            rows.add(analysis.analyse(group.hs6(), group.year(),
                                    input.descriptions().getOrDefault(group.hs6(), ""), group.flows(), nodes));
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, new IllegalStateException("product " + group.hs6() + ", year "
                                    + group.year() + ": " + e.getMessage(), e));
                        } finally {
                            inFlight.release();
                        }
                    });
                });
            } finally {
                pool.shutdown();
                try {
                    pool.awaitTermination(365, TimeUnit.DAYS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while the atlas was running", e);
                }
            }
            if (failure.get() != null) {
                throw failure.get();
            }
        }
        List<String> sources = input.data().stream().map(DataSource::name).toList();
        return new AtlasResult(name(), job, rows, sources, input.metadataFiles(), rowsRead, notes);
    }
}
