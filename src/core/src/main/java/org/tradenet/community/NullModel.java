package org.tradenet.community;

import java.util.Locale;

/**
 * Random networks against which a community structure is tested ({@link ModularitySignificance}).
 * Every null model here keeps each node's out-strength and in-strength, so that it keeps what
 * the modularity's own expected term {@code k_i^out k_j^in / m} is built from and scrambles
 * only who trades with whom.
 */
public enum NullModel {

    /**
     * Strength-preserving rewiring of a directed weighted graph: a Markov chain of swaps that
     * each pick two arcs a → b and c → d uniformly at random (a ≠ c, b ≠ d, and no self-loop
     * made: a ≠ d, c ≠ b) and move the smaller weight w of the two onto the crossed arcs:
     * {@code W_ab −= w, W_cd −= w, W_ad += w, W_cb += w}. Every out- and in-strength is
     * unchanged by construction (row and column sums of W; the "checkerboard" move of
     * contingency tables, Diaconis &amp; Sturmfels 1998, doi:10.1214/aos/1030563990). A swap is
     * accepted only when it creates as many arcs as it empties, so the null networks keep the
     * observed number of links: without that rule the weight spreads over ever more, smaller
     * links, and denser networks reach lower modularity, which would make any observed
     * structure look significant.
     * On an unweighted graph, a swap that creates no parallel arc is the degree-preserving
     * swap of Maslov &amp; Sneppen (2002), doi:10.1126/science.1065103.
     */
    STRENGTH_PRESERVING_REWIRING;

    /** {@return lower-case words for reports} */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@return the identifier used in JSON and on the command line, e.g. {@code strength-preserving-rewiring}} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
