package org.tradenet.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs a per-source computation over all sources 0..n-1, in parallel, with a result that
 * does not depend on the number of threads.
 *
 * <p>The sources are cut into a fixed number of contiguous blocks ({@value #BLOCKS}, or n
 * when smaller) that depends on n only. Each block adds its sources' contributions into a
 * fresh array, in source order; the block arrays are then summed in block order. Floating-
 * point sums are therefore done in the same order whatever the thread count, and the
 * result is bit-for-bit reproducible. Memory: one array of n doubles per block.
 */
final class SourceBlocks {

    /** Number of blocks the sources are cut into (fixed, so results do not depend on threads). */
    static final int BLOCKS = 64;

    /**
     * Below this much work ({@code n · (n + entries)}, about the relaxations of all the searches)
     * the sources run in the caller's thread: starting and waking pool threads costs more than
     * the searches of a small graph (the 117-country network takes 0.3 ms in one thread, several
     * ms through a pool on a busy machine). The result is the same either way.
     */
    static final long PARALLEL_MIN_WORK = 4_000_000L;

    /** A worker with its own scratch memory; adds one source's contribution into an array. */
    interface Worker {
        void accumulate(int source, double[] into);
    }

    private SourceBlocks() {
    }

    /**
     * Sums the workers' contributions over all sources.
     *
     * @param n       number of sources (and length of the result)
     * @param threads threads to use (1 runs in the caller's thread)
     * @param workers makes a worker (called at most once per thread; workers are reused across blocks)
     */
    static double[] sum(int n, int threads, Supplier<Worker> workers) {
        return sum(n, n, threads, workers);
    }

    /**
     * Sums the workers' contributions over sources 0..n-1 into an array of {@code length}
     * entries (for workers that write more than one figure per source).
     */
    static double[] sum(int n, int length, int threads, Supplier<Worker> workers) {
        int blocks = Math.min(n, BLOCKS);
        double[] total = new double[length];
        if (blocks == 0) {
            return total;
        }
        List<double[]> partials = new ArrayList<>(blocks);
        if (threads <= 1 || blocks == 1) {
            Worker worker = workers.get();
            for (int b = 0; b < blocks; b++) {
                partials.add(block(n, length, blocks, b, worker));
            }
        } else {
            // Workers (and their scratch memory) are reused from block to block: at most one per
            // thread is made. Which worker runs a block does not change the block's sum.
            java.util.Queue<Worker> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, blocks), r -> {
                Thread t = new Thread(r, "tradenet-metrics");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<double[]>> futures = new ArrayList<>(blocks);
                for (int b = 0; b < blocks; b++) {
                    int block = b;
                    futures.add(pool.submit(() -> {
                        Worker worker = idle.poll();
                        if (worker == null) {
                            worker = workers.get();
                        }
                        double[] partial = block(n, length, blocks, block, worker);
                        idle.add(worker);
                        return partial;
                    }));
                }
                for (Future<double[]> f : futures) {
                    partials.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing shortest paths", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            } finally {
                pool.shutdownNow();
            }
        }
        for (double[] p : partials) {
            for (int v = 0; v < length; v++) {
                total[v] += p[v];
            }
        }
        return total;
    }

    /** The threads worth using for one search per node of {@code g}: 1 for small graphs, else {@code threads}. */
    static int threadsFor(org.tradenet.network.CompactGraph g, int threads) {
        return (long) g.n() * (g.n() + g.entries()) < PARALLEL_MIN_WORK ? 1 : threads;
    }

    private static double[] block(int n, int length, int blocks, int b, Worker worker) {
        int from = (int) ((long) n * b / blocks);
        int to = (int) ((long) n * (b + 1) / blocks);
        double[] partial = new double[length];
        for (int s = from; s < to; s++) {
            worker.accumulate(s, partial);
        }
        return partial;
    }
}
