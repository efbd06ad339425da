package org.tradenet.community;

import java.util.SplittableRandom;

/** Random visiting orders, reproducible from the seeded generator. */
final class Shuffle {

    private Shuffle() {
    }

    /** A uniformly random permutation of {@code 0..n-1} (Fisher–Yates). */
    static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
