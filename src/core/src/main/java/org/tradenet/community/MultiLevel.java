package org.tradenet.community;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.tradenet.network.CompactGraph;

/**
 * The multi-level loop shared by Louvain and Leiden, and the outer iterations.
 *
 * <p>One <em>iteration</em> (Traag et al. 2019, Algorithm A.1, {@code Leiden}):
 * <pre>
 *   repeat
 *     P ← local moving on G from P                         (LocalMovePhase)
 *     done ← every community of P is a single node of G
 *     if not done
 *       Leiden:  P_refined ← refinement of P               (RefinementPhase)
 *                G ← aggregate of G by P_refined            (AggregationPhase)
 *                P ← P expressed on the new nodes (a community per group of them)
 *       Louvain: G ← aggregate of G by P; P ← singletons    (Blondel et al. 2008)
 *   until done
 * </pre>
 * Iterations start again from the partition the last one found, on the original graph, and
 * stop when one raises the quality by no more than the relative tolerance (with tolerance 0:
 * not at all, leidenalg's {@code n_iterations=-1}) or when the maximum is reached. Should Leiden's refinement merge nothing on a level while communities
 * still hold several nodes (possible with extreme γ), the iteration ends there and any
 * community that is not connected is split into its components, which never lowers
 * modularity or CPM; the result then still has connected communities.
 */
final class MultiLevel {

    /** What one run produced, before canonical labelling. */
    record Outcome(int[] membership, double quality, int levels, int iterations, boolean converged) {
    }

    private final Objective objective;
    private final boolean refine;
    private final double theta;
    private final int maxIterations;
    private final double tolerance;

    MultiLevel(Objective objective, boolean refine, double theta, int maxIterations, double tolerance) {
        this.objective = objective;
        this.refine = refine;
        this.theta = theta;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** Runs an algorithm's settings on {@code g} from {@code initial}; shared by Leiden and Louvain. */
    static CommunityResult detect(String name, CompactGraph graph, Partition initial, CommunityParameters p,
                                  boolean refine, double theta) {
        // Modularity is scale-free: extreme weights (1e300, 1e-320) are scaled so that its sums stay finite. CPM is not.
        CompactGraph g = p.quality() == QualityFunction.MODULARITY ? graph.scaledToLargest() : graph;
        if (initial.nodeCount() != g.n()) {
            throw new IllegalArgumentException("the initial partition has " + initial.nodeCount() + " nodes, the graph " + g.n());
        }
        Objective obj = new Objective(p.quality(), g, p.resolution());
        Outcome o = new MultiLevel(obj, refine, theta, p.maxIterations(), p.tolerance())
                .run(g, initial.membership(), new SplittableRandom(p.seed()));
        return new CommunityResult(name, g.directed(), Partition.of(o.membership()), o.quality(), o.levels(),
                o.iterations(), o.converged(), p);
    }

    Outcome run(CompactGraph g, int[] initial, SplittableRandom rng) {
        int n = g.n();
        Level base = Level.of(g, objective.function);
        LocalMovePhase mover = new LocalMovePhase(n);
        RefinementPhase refiner = refine ? new RefinementPhase(n) : null;
        int[] memb = dense(initial);
        double q = objective.quality(base, memb, count(memb));
        if (n == 0 || !objective.defined) {
            return new Outcome(memb, q, 0, 0, true);
        }
        int levels = 0;
        int iterations = 0;
        boolean converged = false;
        while (iterations < maxIterations) {
            iterations++;
            int[] levelsUsed = new int[1];
            int[] next = iteration(base, memb, mover, refiner, rng, levelsUsed);
            levels = Math.max(levels, levelsUsed[0]);
            double qn = objective.quality(base, next, count(next));
            boolean same = Arrays.equals(Partition.of(next).membership(), Partition.of(memb).membership());
            double enough = Math.max(tolerance, 1e-13) * Math.max(Math.abs(q), 1e-12);
            if (qn >= q) {
                memb = next;
            }
            if (same || qn <= q + enough) {
                q = Math.max(q, qn);
                converged = true;
                break;
            }
            q = qn;
        }
        return new Outcome(memb, q, levels, iterations, converged);
    }

    private int[] iteration(Level base, int[] start, LocalMovePhase mover, RefinementPhase refiner,
                            SplittableRandom rng, int[] levelsUsed) {
        int n = base.n();
        Level level = base;
        int[] comm = start.clone();
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            map[i] = i;
        }
        int[] refined = new int[n];
        boolean split = false;
        while (true) {
            mover.run(level, objective, comm, rng, refiner != null);
            int k = relabel(comm, level.n());
            if (k == level.n()) {
                break;
            }
            if (refiner != null) {
                int r = refiner.refine(level, objective, comm, k, rng, theta, refined);
                if (r == level.n()) {
                    split = true;
                    break;
                }
                int[] next = new int[r];
                for (int v = 0; v < level.n(); v++) {
                    next[refined[v]] = comm[v];
                }
                level = AggregationPhase.aggregate(level, refined, r);
                for (int i = 0; i < n; i++) {
                    map[i] = refined[map[i]];
                }
                comm = next;
            } else {
                level = AggregationPhase.aggregate(level, comm, k);
                for (int i = 0; i < n; i++) {
                    map[i] = comm[map[i]];
                }
                comm = new int[k];
                for (int c = 0; c < k; c++) {
                    comm[c] = c;
                }
            }
            levelsUsed[0]++;
        }
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = comm[map[i]];
        }
        if (split) {
            result = Connectivity.components(base.graph(), result);
        }
        return result;
    }

    /** Renumbers labels to 0..k-1 in order of first appearance; returns k. */
    static int relabel(int[] comm, int bound) {
        int[] label = new int[Math.max(bound, 1)];
        Arrays.fill(label, -1);
        int k = 0;
        for (int v = 0; v < comm.length; v++) {
            int c = comm[v];
            if (label[c] < 0) {
                label[c] = k++;
            }
            comm[v] = label[c];
        }
        return k;
    }

    private static int[] dense(int[] labels) {
        return Partition.of(labels).membership();
    }

    private static int count(int[] dense) {
        int k = 0;
        for (int c : dense) {
            k = Math.max(k, c + 1);
        }
        return k;
    }
}
