package org.tradenet.atlas;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tradenet.data.ReadOptions;

/**
 * What an atlas run is asked to do, whatever the engine.
 *
 * @param inputs      the input files (paths; the Spark engine also takes {@code hdfs://} and {@code s3a://} URIs)
 * @param products    the HS6 codes to screen, empty for all
 * @param years       the years to screen, empty for all
 * @param parameters  the per-group settings
 * @param read        how to read the input (format, lenient, mirror rule, registry) for the local engine
 * @param threads     worker threads of the local engine (the Spark engine uses its executors)
 * @param memoryRows  rows the local engine groups in memory before it spills to partition files
 * @param partitions  partition files the local engine spills to
 * @param master      the Spark master URL ({@code local[2]}, {@code yarn}, {@code k8s://...}); empty for the local engine
 * @param engineOutput where a distributed engine writes its own part files (Spark: Parquet and CSV; a folder or an
 *                    {@code hdfs://}/{@code s3a://} URI); empty for none
 */
public record AtlasJob(List<String> inputs, Set<String> products, Set<Integer> years, AtlasParameters parameters,
                       ReadOptions read, int threads, long memoryRows, int partitions, String master,
                       String engineOutput) {

    /** Default in-memory budget: 4 million rows, about 100 MB of packed rows. */
    public static final long DEFAULT_MEMORY_ROWS = 4_000_000L;

    /** Default number of partition files once the budget is exceeded. */
    public static final int DEFAULT_PARTITIONS = 64;

    /**
     * Copies the collections and turns a null master or engine output into empty.
     *
     * @param inputs      the input files (paths; the Spark engine also takes {@code hdfs://} and {@code s3a://} URIs)
     * @param products    the HS6 codes to screen, empty for all
     * @param years       the years to screen, empty for all
     * @param parameters  the per-group settings
     * @param read        how to read the input (format, lenient, mirror rule, registry) for the local engine
     * @param threads     worker threads of the local engine (the Spark engine uses its executors)
     * @param memoryRows  rows the local engine groups in memory before it spills to partition files
     * @param partitions  partition files the local engine spills to
     * @param master      the Spark master URL ({@code local[2]}, {@code yarn}, {@code k8s://...}); empty for the local engine
     * @param engineOutput where a distributed engine writes its own part files (Spark: Parquet and CSV; a folder or an
     *                    {@code hdfs://}/{@code s3a://} URI); empty for none
     * @throws IllegalArgumentException when there is no input, fewer than 1 thread, or a non-positive memory budget or partition count
     */
    public AtlasJob {
        inputs = List.copyOf(inputs);
        products = Set.copyOf(products);
        years = Set.copyOf(years);
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(read, "read");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("the atlas needs at least one input file");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (memoryRows < 1 || partitions < 1) {
            throw new IllegalArgumentException("memory rows and partitions must be positive");
        }
        master = master == null ? "" : master;
        engineOutput = engineOutput == null ? "" : engineOutput;
    }

    /**
     * A job over {@code inputs} with default settings: all products and years, the available processors.
     *
     * @param inputs the input files
     * @return the job
     */
    public static AtlasJob of(List<String> inputs) {
        return new AtlasJob(inputs, Set.of(), Set.of(), AtlasParameters.defaults(), ReadOptions.defaults(),
                Runtime.getRuntime().availableProcessors(), DEFAULT_MEMORY_ROWS, DEFAULT_PARTITIONS, "", "");
    }

    /**
     * {@return this job screening only these products}
     *
     * @param p HS6 codes; empty for all
     */
    public AtlasJob withProducts(Set<String> p) {
        return new AtlasJob(inputs, p, years, parameters, read, threads, memoryRows, partitions, master, engineOutput);
    }

    /**
     * {@return this job screening only these years}
     *
     * @param y years; empty for all
     */
    public AtlasJob withYears(Set<Integer> y) {
        return new AtlasJob(inputs, products, y, parameters, read, threads, memoryRows, partitions, master, engineOutput);
    }

    /**
     * {@return this job with other per-group settings}
     *
     * @param p the settings
     */
    public AtlasJob withParameters(AtlasParameters p) {
        return new AtlasJob(inputs, products, years, p, read, threads, memoryRows, partitions, master, engineOutput);
    }

    /**
     * {@return this job with other read options (local engine)}
     *
     * @param r format, lenient, mirror rule and registry
     */
    public AtlasJob withRead(ReadOptions r) {
        return new AtlasJob(inputs, products, years, parameters, r, threads, memoryRows, partitions, master, engineOutput);
    }

    /**
     * {@return this job with another number of worker threads (local engine)}
     *
     * @param t threads, at least 1
     */
    public AtlasJob withThreads(int t) {
        return new AtlasJob(inputs, products, years, parameters, read, t, memoryRows, partitions, master, engineOutput);
    }

    /**
     * {@return this job with another memory budget (local engine)}
     *
     * @param rows rows grouped in memory before spilling, at least 1
     * @param parts partition files to spill to, at least 1
     */
    public AtlasJob withMemory(long rows, int parts) {
        return new AtlasJob(inputs, products, years, parameters, read, threads, rows, parts, master, engineOutput);
    }

    /**
     * {@return this job with another output folder for the distributed engine's part files}
     *
     * @param o a folder or an {@code hdfs://}/{@code s3a://} URI; empty for none
     */
    public AtlasJob withEngineOutput(String o) {
        return new AtlasJob(inputs, products, years, parameters, read, threads, memoryRows, partitions, master, o);
    }

    /**
     * {@return this job with another Spark master URL}
     *
     * @param m e.g. {@code local[2]}, {@code yarn}; empty for the local engine
     */
    public AtlasJob withMaster(String m) {
        return new AtlasJob(inputs, products, years, parameters, read, threads, memoryRows, partitions, m, engineOutput);
    }
}
