package org.tradenet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

/**
 * Reading a generic edge list ({@code source,target[,weight]}) into an undirected network once
 * the JVM is running: the "once running" side of the whole-process read rate. {@code graph}
 * names a CSV in {@code src/bench/graphs} (run from the repository's root, or set the system
 * property {@code tradenet.graphs}; made by {@code compare/make_lfr.py}): {@code lfr100k}
 * has 570,862 lines and as many distinct links, so the rate includes building a link per line.
 * Rows per second = lines / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-XX:+UseSerialGC"})
public class ReadEdgesBenchmark {

    @Param({"lfr100k"})
    public String graph;

    private Path file;

    @Setup
    public void find() throws IOException {
        file = Path.of(System.getProperty("tradenet.graphs", "src/bench/graphs")).resolve(graph + ".csv");
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " not found: make it with src/bench/compare/make_lfr.py");
        }
    }

    @Benchmark
    public TradeNetwork load() throws IOException {
        return TradeNetwork.load(file.toString(), NetworkSpec.defaults().withDirected(false));
    }
}
