package org.tradenet.community;

import java.util.SplittableRandom;

import org.tradenet.network.CompactGraph;

/**
 * Moving single nodes to the community that raises the quality most, on one level.
 *
 * <p>Two schedules:
 * <ul>
 * <li><b>queue</b> (Leiden's fast local moving, Traag et al. 2019, Algorithm A.2
 *     {@code MoveNodesFast}): all nodes enter a queue in random order (in Leiden's later
 *     iterations, on the first level, only those {@code MultiLevel} names); a node is taken from
 *     the front, moved to its best community, and when it moves its neighbours outside the new
 *     community rejoin the queue if they are not in it. Stops when the queue is empty.</li>
 * <li><b>sweeps</b> (Louvain, Blondel et al. 2008, phase 1): all nodes are visited in one
 *     random order, again and again, until a sweep moves no node.</li>
 * </ul>
 * A node moves only when the best community beats staying by more than rounding; the empty
 * community (gain 0) is a candidate, so a node can leave to be alone.
 *
 * <p>Buffers are sized for the first (largest) level and reused on every level and
 * iteration; O(deg v) work per visit of v.
 */
final class LocalMovePhase {

    private final double[] sumA;
    private final double[] sumB;
    private final int[] count;
    private final double[] linkWeight;
    private final boolean[] touchedMark;
    private final int[] touched;
    private final int[] empty;
    private final int[] queue;
    private final boolean[] queued;
    private int emptyTop;

    LocalMovePhase(int capacity) {
        sumA = new double[capacity];
        sumB = new double[capacity];
        count = new int[capacity];
        linkWeight = new double[capacity];
        touchedMark = new boolean[capacity];
        touched = new int[capacity];
        empty = new int[capacity];
        queue = new int[capacity];
        queued = new boolean[capacity];
    }

    /**
     * Improves {@code comm} in place.
     *
     * @param comm community per node of the level, values in {@code 0..n-1}
     * @return how many moves were made
     */
    int run(Level level, Objective obj, int[] comm, SplittableRandom rng, boolean useQueue) {
        return run(level, obj, comm, rng, useQueue, null);
    }

    /**
     * Improves {@code comm} in place; with the queue, only the nodes in {@code start} enter it
     * at first (all when {@code start} is null), in random order.
     *
     * @param comm  community per node of the level, values in {@code 0..n-1}
     * @param start the nodes the queue starts with, or null for all
     * @return how many moves were made
     */
    int run(Level level, Objective obj, int[] comm, SplittableRandom rng, boolean useQueue, boolean[] start) {
        int n = level.n();
        if (n == 0) {
            return 0;
        }
        for (int c = 0; c < n; c++) {
            sumA[c] = 0;
            sumB[c] = 0;
            count[c] = 0;
        }
        for (int v = 0; v < n; v++) {
            sumA[comm[v]] += level.out()[v];
            sumB[comm[v]] += level.in()[v];
            count[comm[v]]++;
        }
        emptyTop = 0;
        for (int c = n - 1; c >= 0; c--) {
            if (count[c] == 0) {
                empty[emptyTop++] = c;
            }
        }
        int[] order = Shuffle.permutation(n, rng);
        int moves = 0;
        if (useQueue) {
            // MoveNodesFast: Q ← all nodes (or those of start) in random order.
            int size = 0;
            for (int v : order) {
                if (start == null || start[v]) {
                    queue[size++] = v;
                    queued[v] = true;
                }
            }
            int head = 0;
            while (size > 0) {
                int v = queue[head];
                head = head + 1 == n ? 0 : head + 1;
                size--;
                queued[v] = false;
                int target = bestMove(level, obj, comm, v);
                if (target != comm[v]) {
                    move(level, comm, v, target);
                    moves++;
                    // Neighbours not in the new community and not queued go to the back.
                    size = enqueueNeighbours(level.graph(), comm, v, target, head, size, n);
                }
            }
        } else {
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int v : order) {
                    int target = bestMove(level, obj, comm, v);
                    if (target != comm[v]) {
                        move(level, comm, v, target);
                        moves++;
                        moved = true;
                    }
                }
            }
        }
        return moves;
    }

    /** The community v should be in: its own unless another is better by more than rounding. */
    private int bestMove(Level level, Objective obj, int[] comm, int v) {
        CompactGraph g = level.graph();
        int nTouched = 0;
        for (int p = g.outStart(v); p < g.outEnd(v); p++) {
            nTouched = touch(comm, v, g.outTarget(p), g.outWeight(p), nTouched);
        }
        double factor = 2.0;
        if (g.directed()) {
            factor = 1.0;
            for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                nTouched = touch(comm, v, g.inSource(p), g.inWeight(p), nTouched);
            }
        }
        double magnitude = 0;
        for (int i = 0; i < nTouched; i++) {
            magnitude += linkWeight[touched[i]];
        }
        double a = level.out()[v];
        double b = level.in()[v];
        int cur = comm[v];
        // Take v out of its community, then compare staying (rejoining it) with the others.
        double curA = sumA[cur] - a;
        double curB = sumB[cur] - b;
        double stay = obj.gain(factor * linkWeight[cur], a, b, curA, curB);
        int best = cur;
        double bestGain = stay;
        for (int i = 0; i < nTouched; i++) {
            int c = touched[i];
            if (c != cur) {
                double gain = obj.gain(factor * linkWeight[c], a, b, sumA[c], sumB[c]);
                if (gain > bestGain) {
                    best = c;
                    bestGain = gain;
                }
            }
        }
        if (count[cur] > 1 && 0.0 > bestGain && emptyTop > 0) {
            best = empty[emptyTop - 1];
            bestGain = 0.0;
        }
        for (int i = 0; i < nTouched; i++) {
            linkWeight[touched[i]] = 0;
            touchedMark[touched[i]] = false;
        }
        double tolerance = 1e-12 * (factor * magnitude + obj.resolution * (a * sumB[cur] + b * sumA[cur]) / obj.scale);
        return best != cur && bestGain - stay > tolerance ? best : cur;
    }

    /** Puts v's neighbours that are outside {@code target} and not queued at the back of the queue. */
    private int enqueueNeighbours(CompactGraph g, int[] comm, int v, int target, int head, int size, int n) {
        int end = size;
        for (int p = g.outStart(v); p < g.outEnd(v); p++) {
            end = enqueue(g.outTarget(p), comm, target, head, end, n);
        }
        if (g.directed()) {
            for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                end = enqueue(g.inSource(p), comm, target, head, end, n);
            }
        }
        return end;
    }

    private int enqueue(int u, int[] comm, int target, int head, int size, int n) {
        if (queued[u] || comm[u] == target) {
            return size;
        }
        queue[(head + size) % n] = u;
        queued[u] = true;
        return size + 1;
    }

    /** Adds the link weight between v and its neighbour u (not v itself) to u's community. */
    private int touch(int[] comm, int v, int u, double w, int nTouched) {
        if (u == v) {
            return nTouched;
        }
        int c = comm[u];
        if (!touchedMark[c]) {
            touchedMark[c] = true;
            touched[nTouched++] = c;
        }
        linkWeight[c] += w;
        return nTouched;
    }

    private void move(Level level, int[] comm, int v, int target) {
        int cur = comm[v];
        double a = level.out()[v];
        double b = level.in()[v];
        sumA[cur] -= a;
        sumB[cur] -= b;
        count[cur]--;
        if (count[target] == 0) {
            // target was the empty community on top of the stack
            emptyTop--;
        }
        sumA[target] += a;
        sumB[target] += b;
        count[target]++;
        if (count[cur] == 0) {
            empty[emptyTop++] = cur;
        }
        comm[v] = target;
    }
}
