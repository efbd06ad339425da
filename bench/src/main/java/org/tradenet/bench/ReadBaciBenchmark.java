package org.tradenet.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.tradenet.data.Country;
import org.tradenet.data.CountryRegistry;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

/**
 * Building a network from a BACI-format file of {@code rows} rows (200 countries, products
 * as needed, random values), streamed: the target is 10 million rows in under 30 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ReadBaciBenchmark {

    @Param({"1000000"})
    public int rows;

    private Path file;

    @Setup(Level.Trial)
    public void write() throws IOException {
        file = Files.createTempFile("tradenet-bench-baci", ".csv");
        List<Integer> codes = new ArrayList<>();
        CountryRegistry reg = CountryRegistry.standard();
        for (int code = 1; code < 1000 && codes.size() < 200; code++) {
            var c = reg.byCode(code);
            if (c.isPresent() && c.get().kind() == Country.Kind.COUNTRY
                    && codes.stream().noneMatch(x -> reg.byCode(x).get().equals(c.get()))) {
                codes.add(code);
            }
        }
        Random rnd = new Random(1);
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("t,i,j,k,v,q\n");
            for (int product = 0; written < rows; product++) {
                for (int a : codes) {
                    for (int b : codes) {
                        if (a != b && written < rows) {
                            w.write("2024," + a + "," + b + "," + (100000 + product) + "," + (1 + rnd.nextInt(100000)) / 10.0 + ",NA\n");
                            written++;
                        }
                    }
                }
            }
        }
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
