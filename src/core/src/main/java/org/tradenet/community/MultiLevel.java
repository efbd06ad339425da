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
 * not at all, leidenalg's {@code n_iterations=-1}) or when the maximum is reached. Leiden with
 * random merges (θ &gt; 0) needs two such iterations in a row: its draws make one iteration's gain a
 * noisy signal of what the next can gain, and a single small one is the early-stopping
 * "patience" of 1 that stops on noise (Prechelt 1998, doi:10.1007/3-540-49430-8_3). With the best
 * merge (θ = 0, the default) one small iteration ends the run.
 *
 * <p>Leiden's later iterations are cheaper than the first: the first level's fast local moving
 * starts its queue not with every node but with those the last iteration's group moves (above
 * the first level) touched ({@link #affected}); the others were left where no single move
 * helped. An iteration that changes nothing is followed by one with every node queued before
 * the run counts as converged, so convergence keeps its meaning: no single node can raise the
 * quality.
 *
 * <p>Should Leiden's refinement merge nothing on a level while communities still hold several
 * nodes (possible with extreme γ), the iteration ends there and any community that is not
 * connected is split into its components, which never lowers modularity or CPM; the result then
 * still has connected communities.
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
    /** How many iterations in a row must gain no more than the tolerance to end the run. */
    private final int patience;

    MultiLevel(Objective objective, boolean refine, double theta, int maxIterations, double tolerance) {
        this.objective = objective;
        this.refine = refine;
        this.theta = theta;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        // Random refinement draws make one iteration's gain a noisy signal: then it takes two small ones in a row.
        this.patience = refine && theta > 0 ? 2 : 1;
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
        // θ is given in links (Traag et al.'s and igraph's unit for unweighted graphs), the draw works on ΔQ.
        Outcome o = new MultiLevel(obj, refine, theta * obj.linkUnit, p.maxIterations(), p.tolerance())
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
        int small = 0;
        boolean converged = false;
        // Leiden's later iterations start their queue with the nodes whose surroundings the last one changed.
        boolean[] firstQueue = null;
        while (iterations < maxIterations) {
            iterations++;
            Pass pass = iteration(base, memb, mover, refiner, rng, firstQueue);
            levels = Math.max(levels, pass.levels());
            double qn = pass.quality();
            boolean same = sameGrouping(pass.membership(), memb);
            double enough = Math.max(tolerance, 1e-13) * Math.max(Math.abs(q), 1e-12);
            small = qn <= q + enough ? small + 1 : 0;
            boolean accepted = qn >= q;
            if (accepted) {
                memb = pass.membership();
                q = qn;
            }
            if (same && firstQueue != null) {
                // Nothing changed, but not every node was looked at: one more iteration with all of them
                // in the queue, so that "converged" still means no single node can move.
                firstQueue = null;
                continue;
            }
            if (same || small >= patience) {
                converged = true;
                break;
            }
            firstQueue = accepted && pass.moved() != null ? affected(base.graph(), memb, pass.moved()) : null;
        }
        // Reported on the original graph; the levels' sums may differ from it in the last bits.
        return new Outcome(memb, objective.quality(base, memb, count(memb)), levels, iterations, converged);
    }

    /**
     * What one iteration found: the partition of the original nodes (labels in 0..n-1), its quality
     * (computed on the last level, where each node is a community), how many levels were
     * aggregated, and which original nodes changed community above the first level (null when
     * not tracked: Louvain, or communities split into their connected pieces).
     */
    private record Pass(int[] membership, double quality, int levels, boolean[] moved) {
    }

    /**
     * The nodes the next iteration's first local moving starts its queue with. A group that moved
     * from C to D changed the link weight to C and D of its members' neighbours (queued, as
     * MoveNodesFast queues a moved node's neighbours) and raised D's total, which makes staying
     * less attractive for every member of D (queued too). Like MoveNodesFast within a level, it
     * does not queue the nodes that only border C, for which C became a little more attractive;
     * the full queue before convergence catches any of them that should move. O(n + entries).
     */
    private static boolean[] affected(CompactGraph g, int[] memb, boolean[] moved) {
        int n = g.n();
        boolean[] queue = new boolean[n];
        boolean[] grown = new boolean[n];
        for (int v = 0; v < n; v++) {
            if (moved[v]) {
                grown[memb[v]] = true;
                for (int p = g.outStart(v); p < g.outEnd(v); p++) {
                    queue[g.outTarget(p)] = true;
                }
                if (g.directed()) {
                    for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                        queue[g.inSource(p)] = true;
                    }
                }
            }
        }
        for (int v = 0; v < n; v++) {
            queue[v] |= grown[memb[v]];
        }
        return queue;
    }

    private Pass iteration(Level base, int[] start, LocalMovePhase mover, RefinementPhase refiner,
                           SplittableRandom rng, boolean[] firstQueue) {
        int n = base.n();
        Level level = base;
        int[] comm = start.clone();
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            map[i] = i;
        }
        int[] refined = new int[n];
        boolean[] moved = refiner != null ? new boolean[n] : null;
        int[] before = refiner != null ? new int[n] : null;
        int levels = 0;
        boolean split = false;
        int k;
        while (true) {
            if (moved != null && level != base) {
                System.arraycopy(comm, 0, before, 0, level.n());
            }
            mover.run(level, objective, comm, rng, refiner != null, level == base ? firstQueue : null);
            if (moved != null && level != base) {
                for (int i = 0; i < n; i++) {
                    int x = map[i];
                    moved[i] |= comm[x] != before[x];
                }
            }
            k = relabel(comm, level.n());
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
            levels++;
        }
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = comm[map[i]];
        }
        if (split) {
            result = Connectivity.components(base.graph(), result);
            return new Pass(result, objective.quality(base, result, count(result)), levels, null);
        }
        // The quality of a partition equals that of the singleton partition of the graph aggregated by it.
        return new Pass(result, objective.quality(level, comm, k), levels, moved);
    }

    /** Whether two labellings (values in 0..n-1) group the nodes alike. O(n). */
    static boolean sameGrouping(int[] a, int[] b) {
        int n = a.length;
        int[] ab = new int[n];
        int[] ba = new int[n];
        Arrays.fill(ab, -1);
        Arrays.fill(ba, -1);
        for (int i = 0; i < n; i++) {
            if (ab[a[i]] < 0 && ba[b[i]] < 0) {
                ab[a[i]] = b[i];
                ba[b[i]] = a[i];
            } else if (ab[a[i]] != b[i] || ba[b[i]] != a[i]) {
                return false;
            }
        }
        return true;
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
