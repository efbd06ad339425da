package org.tradenet.community;

import java.util.SplittableRandom;

import org.tradenet.network.CompactGraph;

/**
 * Leiden's refinement (Traag, Waltman &amp; van Eck 2019, Algorithm A.2, {@code RefinePartition}
 * and {@code MergeNodesSubset}): inside each community S of the partition found by local
 * moving, nodes start alone and are merged, so every refined community is a connected
 * piece of S; the aggregate graph is then built on the refined communities, not on S.
 *
 * <p>Step by step, for each community S (all communities at once, since they do not interact):
 * <ol>
 * <li>P_refined ← singletons.</li>
 * <li>R ← nodes v of S that are well connected to S: E(v, S − v) ≥ γ‖v‖(‖S‖ − ‖v‖), in the
 *     general form of {@link Objective#wellConnected}.</li>
 * <li>For v in R in random order, if v is still alone: T ← refined communities C ⊆ S that are
 *     well connected to S; choose C' in T (v's own singleton included) with probability ∝
 *     exp(ΔH(v → C)/θ) among those with ΔH ≥ 0, and move v to C'.</li>
 * </ol>
 * ΔH is the change of the quality Q as reported ({@link Objective}: the bracket change
 * divided by norm), and θ here is on that scale: {@link Leiden} passes its θ, given in links,
 * times {@link Objective#linkUnit}. θ = 0 picks the best candidate, drawing uniformly among
 * equal ones (the limit of the draw as θ → 0). The draw subtracts the largest ΔH before
 * exponentiating, so no weight overflows.
 *
 * <p>O(entries) per level plus the random draws. Buffers sized once, reused.
 */
final class RefinementPhase {

    private final int[] refined;
    private final int[] size;
    private final double[] sumA;
    private final double[] sumB;
    private final double[] external;
    private final double[] commA;
    private final double[] commB;
    private final double[] linkWeight;
    private final boolean[] touchedMark;
    private final int[] touched;
    private final double[] candidateGain;
    private final int[] candidate;

    RefinementPhase(int capacity) {
        refined = new int[capacity];
        size = new int[capacity];
        sumA = new double[capacity];
        sumB = new double[capacity];
        external = new double[capacity];
        commA = new double[capacity];
        commB = new double[capacity];
        linkWeight = new double[capacity];
        touchedMark = new boolean[capacity];
        touched = new int[capacity];
        candidateGain = new double[capacity + 1];
        candidate = new int[capacity + 1];
    }

    /**
     * Refines {@code comm} (values 0..k-1) of a level.
     *
     * @param out receives the refined community of each node, values {@code 0..r-1}
     * @return r, the number of refined communities
     */
    int refine(Level level, Objective obj, int[] comm, int k, SplittableRandom rng, double theta, int[] out) {
        CompactGraph g = level.graph();
        int n = level.n();
        boolean directed = g.directed();
        double factor = directed ? 1.0 : 2.0;
        for (int c = 0; c < k; c++) {
            commA[c] = 0;
            commB[c] = 0;
        }
        // Step 1: singletons; external[v] = weight between v and S − v, both directions.
        for (int v = 0; v < n; v++) {
            refined[v] = v;
            size[v] = 1;
            sumA[v] = level.out()[v];
            sumB[v] = level.in()[v];
            commA[comm[v]] += level.out()[v];
            commB[comm[v]] += level.in()[v];
            double e = 0;
            for (int p = g.outStart(v); p < g.outEnd(v); p++) {
                int u = g.outTarget(p);
                if (u != v && comm[u] == comm[v]) {
                    e += g.outWeight(p);
                }
            }
            if (directed) {
                for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                    int u = g.inSource(p);
                    if (u != v && comm[u] == comm[v]) {
                        e += g.inWeight(p);
                    }
                }
            }
            external[v] = factor * e;
        }
        int[] order = Shuffle.permutation(n, rng);
        for (int v : order) {
            int s = comm[v];
            double a = level.out()[v];
            double b = level.in()[v];
            // Step 3 visits only nodes still alone; step 2 keeps only well-connected ones.
            if (refined[v] != v || size[v] != 1 || !obj.wellConnected(external[v], a, b, commA[s], commB[s])) {
                continue;
            }
            int nTouched = collect(g, comm, v, s);
            // T: v's own singleton (ΔH = 0) and the well-connected refined communities of S.
            int nc = 0;
            candidate[nc] = v;
            candidateGain[nc++] = 0.0;
            double best = 0.0;
            for (int i = 0; i < nTouched; i++) {
                int r = touched[i];
                if (!obj.wellConnected(external[r], sumA[r], sumB[r], commA[s], commB[s])) {
                    continue;
                }
                double dq = obj.gain(factor * linkWeight[r], a, b, sumA[r], sumB[r]) / obj.norm;
                if (dq >= 0) {
                    candidate[nc] = r;
                    candidateGain[nc++] = dq;
                    best = Math.max(best, dq);
                }
            }
            int chosen = choose(nc, best, theta, rng);
            if (chosen != v) {
                refined[v] = chosen;
                size[chosen] += 1;
                size[v] = 0;
                sumA[chosen] += a;
                sumB[chosen] += b;
                // E(R ∪ v, S − R − v) = E(R, S − R) + E(v, S − v) − 2 E(v, R), both directions.
                external[chosen] += external[v] - 2 * factor * linkWeight[chosen];
            }
            for (int i = 0; i < nTouched; i++) {
                linkWeight[touched[i]] = 0;
                touchedMark[touched[i]] = false;
            }
        }
        // Dense labels in order of each refined community's first node.
        int[] label = touched;
        java.util.Arrays.fill(label, 0, n, -1);
        int r = 0;
        for (int v = 0; v < n; v++) {
            int c = refined[v];
            if (label[c] < 0) {
                label[c] = r++;
            }
            out[v] = label[c];
        }
        java.util.Arrays.fill(label, 0, n, 0);
        return r;
    }

    /** Link weight from v to each refined community inside S (one direction for undirected graphs). */
    private int collect(CompactGraph g, int[] comm, int v, int s) {
        int nTouched = 0;
        for (int p = g.outStart(v); p < g.outEnd(v); p++) {
            int u = g.outTarget(p);
            if (u != v && comm[u] == s) {
                nTouched = touch(refined[u], g.outWeight(p), nTouched);
            }
        }
        if (g.directed()) {
            for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                int u = g.inSource(p);
                if (u != v && comm[u] == s) {
                    nTouched = touch(refined[u], g.inWeight(p), nTouched);
                }
            }
        }
        return nTouched;
    }

    private int touch(int r, double w, int nTouched) {
        if (!touchedMark[r]) {
            touchedMark[r] = true;
            touched[nTouched++] = r;
        }
        linkWeight[r] += w;
        return nTouched;
    }

    /** A candidate drawn with probability ∝ exp((ΔH − best)/θ); when θ = 0, one of the best drawn uniformly. */
    private int choose(int nc, double best, double theta, SplittableRandom rng) {
        if (nc == 1) {
            return candidate[0];
        }
        if (theta == 0) {
            int ties = 0;
            for (int i = 0; i < nc; i++) {
                if (candidateGain[i] == best) {
                    candidate[ties++] = candidate[i];
                }
            }
            return ties == 1 ? candidate[0] : candidate[rng.nextInt(ties)];
        }
        double total = 0;
        for (int i = 0; i < nc; i++) {
            candidateGain[i] = Math.exp((candidateGain[i] - best) / theta);
            total += candidateGain[i];
        }
        double x = rng.nextDouble() * total;
        for (int i = 0; i < nc; i++) {
            x -= candidateGain[i];
            if (x < 0) {
                return candidate[i];
            }
        }
        return candidate[nc - 1];
    }
}
