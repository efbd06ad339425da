package org.tradenet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

/**
 * Building a network from a BACI-format file of {@code rows} rows (see {@link BaciFiles}),
 * streamed: the target is 10 million rows in under 30 s with memory bounded by the
 * network (the fork runs with a 512 MB heap, less than the 10-million-row file).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class ReadBaciBenchmark {

    @Param({"1000000"})
    public int rows;

    private Path file;

    @Setup(Level.Trial)
    public void write() throws IOException {
        file = Files.createTempFile("tradenet-bench-baci", ".csv");
        BaciFiles.write(file, rows, 1);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public TradeNetwork load() throws IOException {
        return TradeNetwork.load(file.toString(), NetworkSpec.defaults());
    }
}
