package org.tradenet.bench;

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
import org.tradenet.metrics.Betweenness;
import org.tradenet.metrics.BetweennessParameters;
import org.tradenet.metrics.Closeness;
import org.tradenet.metrics.ClosenessParameters;
import org.tradenet.metrics.NodeScores;
import org.tradenet.network.CompactGraph;

/**
 * Exact weighted betweenness (Brandes, parallel over sources) and closeness with their defaults:
 * lengths 1/w, one thread per available processor. One shot per iteration: on directed20k an
 * operation takes tens of seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ShortestPathBenchmark {

    @Param({"rare-earths", "trade200", "directed20k"})
    public String graph;

    private CompactGraph g;
    private final Betweenness betweenness = new Betweenness(BetweennessParameters.defaults());
    private final Closeness closeness = new Closeness(ClosenessParameters.defaults());

    @Setup
    public void load() {
        g = BenchGraphs.get(graph);
    }

    @Benchmark
    public NodeScores betweenness() {
        return betweenness.compute(g);
    }

    @Benchmark
    public NodeScores closeness() {
        return closeness.compute(g);
    }
}
