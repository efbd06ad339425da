package org.tradenet.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tradenet.network.CompactGraph;

/**
 * An algorithm run R times with seeds {@code seed, seed + 1, …, seed + R − 1}, keeping the best
 * partition (highest quality; the earliest run on a tie) and the spread of the quality over
 * the runs, which shows how much a single run can be trusted.
 *
 * @param best the run with the highest quality
 * @param runs every run, in seed order
 */
public record RepeatedRuns(CommunityResult best, List<CommunityResult> runs) {

    /**
     * Checks the components and copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param best the run with the highest quality
     * @param runs every run, in seed order
     */
    public RepeatedRuns {
        Objects.requireNonNull(best, "best");
        runs = List.copyOf(runs);
    }

    /**
     * Runs {@code algorithm} {@code count} times on {@code g}, seeds counting up from its own.
     * Deterministic. O(count × one run).
     *
     * @param algorithm the detection, any implementation; its seed is the first run's
     * @param g         the graph
     * @param count     the number of runs, at least 1
     * @return every run and the best (highest quality, earliest on a tie)
     * @throws IllegalArgumentException when {@code count} is below 1
     */
    public static RepeatedRuns of(CommunityDetection algorithm, CompactGraph g, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + count);
        }
        long seed = algorithm.parameters().seed();
        List<CommunityResult> all = new ArrayList<>(count);
        CommunityResult best = null;
        for (int r = 0; r < count; r++) {
            CommunityResult res = algorithm.withSeed(seed + r).detect(g);
            all.add(res);
            if (best == null || res.quality() > best.quality()) {
                best = res;
            }
        }
        return new RepeatedRuns(best, all);
    }

    /** {@return the lowest quality reached} */
    public double minQuality() {
        return runs.stream().mapToDouble(CommunityResult::quality).min().orElse(Double.NaN);
    }

    /** {@return the highest quality reached (the best run's)} */
    public double maxQuality() {
        return runs.stream().mapToDouble(CommunityResult::quality).max().orElse(Double.NaN);
    }

    /** {@return the mean quality over the runs} */
    public double meanQuality() {
        return runs.stream().mapToDouble(CommunityResult::quality).average().orElse(Double.NaN);
    }

    /** {@return the partitions of all runs, in seed order} */
    public List<Partition> partitions() {
        return runs.stream().map(CommunityResult::partition).toList();
    }

    /** {@return how many runs found a partition equal to the best one} */
    public int runsEqualToBest() {
        return (int) runs.stream().filter(r -> r.partition().equals(best.partition())).count();
    }
}
