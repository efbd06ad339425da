package org.tradenet.bench;

import java.io.IOException;
import java.util.List;
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
import org.tradenet.shock.Sensitivity;
import org.tradenet.shock.ShockSolver;

/**
 * 1,000 elasticity draws of {@link Sensitivity} (default ranges, seed 42) for China's 25 %
 * export tax, each a full solve; the issue's target is under one minute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class SensitivityBenchmark {

    @Param({"rare-earths", "synthetic200"})
    public String model;

    @Param({"linear", "levels"})
    public String form;

    private GsimModel gsim;
    private Scenario scenario;
    private ShockSolver solver;
    private List<String> exporters;
    private List<String> traders;

    @Setup
    public void load() throws IOException {
        gsim = Compare.model(model);
        scenario = Scenario.load("china-export-tax-25");
        solver = "levels".equals(form) ? LevelsSolver.defaults() : LinearSolver.create();
        exporters = Sensitivity.largestExporters(gsim, 3);
        traders = Sensitivity.largestTraders(gsim, 5);
    }

    @Benchmark
    public Sensitivity.Result thousandDraws() {
        return Sensitivity.run(gsim, scenario, solver, Sensitivity.Ranges.defaults(), 1000, Compare.SEED, exporters, traders,
                i -> { });
    }
}
