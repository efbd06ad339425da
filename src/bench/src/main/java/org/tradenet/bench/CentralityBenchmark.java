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
import org.tradenet.metrics.Hits;
import org.tradenet.metrics.IterationParameters;
import org.tradenet.metrics.NodeScores;
import org.tradenet.metrics.PageRank;
import org.tradenet.metrics.PageRankParameters;
import org.tradenet.network.CompactGraph;

/** The power iterations, with their defaults: weighted PageRank (damping 0.85, tolerance 1e-10) and HITS. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CentralityBenchmark {

    @Param({"rare-earths", "trade200", "directed20k"})
    public String graph;

    private CompactGraph g;
    private final PageRank pageRank = new PageRank(PageRankParameters.defaults());
    private final Hits hits = new Hits(IterationParameters.defaults());

    @Setup
    public void load() {
        g = BenchGraphs.get(graph);
    }

    @Benchmark
    public NodeScores pageRank() {
        return pageRank.compute(g);
    }

    @Benchmark
    public Hits.Scores hits() {
        return hits.compute(g);
    }
}
