package org.tradenet.compare;

/**
 * How normalised mutual information divides I(A;B): by a mean of the two entropies.
 * Arithmetic is the default of scikit-learn (since 0.22) and igraph.
 */
public enum NmiNormalisation {
    /** (H(A) + H(B)) / 2. */
    ARITHMETIC,
    /** sqrt(H(A) H(B)). */
    GEOMETRIC,
    /** max(H(A), H(B)). */
    MAX,
    /** min(H(A), H(B)). */
    MIN;

    double of(double ha, double hb) {
        return switch (this) {
            case ARITHMETIC -> (ha + hb) / 2;
            case GEOMETRIC -> Math.sqrt(ha * hb);
            case MAX -> Math.max(ha, hb);
            case MIN -> Math.min(ha, hb);
        };
    }
}
