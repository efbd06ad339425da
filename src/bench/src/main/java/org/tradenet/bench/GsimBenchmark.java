package org.tradenet.bench;

import java.io.IOException;
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
import org.tradenet.shock.GsimModel;
import org.tradenet.shock.LevelsSolver;
import org.tradenet.shock.LinearSolver;
import org.tradenet.shock.Scenario;
import org.tradenet.shock.ShockResult;

/**
 * One GSIM solve, linear and levels, of a built-in scenario (an export tax, and a decoupling
 * whose embargoed flows add unknowns) on the rare-earth network (117 countries, the shipped
 * tariff schedule) and on the synthetic 200-country world ({@link SyntheticTrade}). The
 * issue's targets: linear under 50 ms and levels under 1 s for 200 countries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GsimBenchmark {

    @Param({"rare-earths", "synthetic200"})
    public String model;

    @Param({"china-export-tax-25", "us-china-decoupling"})
    public String scenario;

    private GsimModel gsim;
    private Scenario s;
    private final LinearSolver linear = LinearSolver.create();
    private final LevelsSolver levels = LevelsSolver.defaults();

    @Setup
    public void load() throws IOException {
        gsim = Compare.model(model);
        s = Scenario.load(scenario);
    }

    @Benchmark
    public ShockResult linear() {
        return linear.solve(gsim, s);
    }

    @Benchmark
    public ShockResult levels() {
        return levels.solve(gsim, s);
    }
}
