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
import org.tradenet.community.CommunityResult;
import org.tradenet.community.Leiden;
import org.tradenet.community.Louvain;
import org.tradenet.network.CompactGraph;

/**
 * Leiden and Louvain with their defaults (modularity, γ = 1, seed 42). {@code undirected}:
 * undirected modularity, a directed graph symmetrised (W + Wᵀ) once in the setup, outside the
 * timing; {@code directed}: Leicht–Newman directed modularity with the Dugué–Perez gain (the
 * planted40k graph is undirected, so both directions run the same thing there: skip one with
 * {@code -p direction=undirected}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CommunityBenchmark {

    @Param({"rare-earths", "trade200", "planted40k", "directed20k"})
    public String graph;

    @Param({"undirected", "directed"})
    public String direction;

    private CompactGraph g;
    private final Leiden leiden = new Leiden();
    private final Louvain louvain = new Louvain();

    @Setup
    public void load() {
        CompactGraph base = BenchGraphs.get(graph);
        g = "undirected".equals(direction) ? base.symmetrized() : base;
    }

    @Benchmark
    public CommunityResult leiden() {
        return leiden.detect(g);
    }

    @Benchmark
    public CommunityResult louvain() {
        return louvain.detect(g);
    }
}
