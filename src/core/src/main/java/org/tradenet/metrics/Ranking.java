package org.tradenet.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Ranks of scores, largest first, with the competition rule for ties ("1224": equal scores
 * share the best rank, the next rank skips). NaN scores come after every number, tied among
 * themselves. The listing order breaks ties by node index (ids are sorted, so by id).
 */
public final class Ranking {

    private Ranking() {
    }

    /**
     * {@return node indices, largest score first; ties and NaN as the class says}
     *
     * @param scores one score per node
     */
    public static int[] order(double[] scores) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> Double.isNaN(scores[i]) ? Double.POSITIVE_INFINITY : -scores[i])
                        .thenComparing(i -> Double.isNaN(scores[i]) ? 1 : 0)
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * {@return the rank of every node (1 = largest)}
     *
     * @param scores one score per node
     */
    public static int[] ranks(double[] scores) {
        int[] order = order(scores);
        int[] rank = new int[scores.length];
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (k > 0 && same(scores[i], scores[order[k - 1]])) {
                rank[i] = rank[order[k - 1]];
            } else {
                rank[i] = k + 1;
            }
        }
        return rank;
    }

    private static boolean same(double a, double b) {
        return a == b || Double.isNaN(a) && Double.isNaN(b);
    }

    /**
     * {@return the indices of the {@code k} largest scores (fewer when there are fewer nodes)}
     *
     * @param scores one score per node
     * @param k      how many
     */
    public static int[] top(double[] scores, int k) {
        int[] o = order(scores);
        return Arrays.copyOf(o, Math.min(k, o.length));
    }
}
