package org.tradenet.community;

import org.tradenet.network.CompactGraph;

/**
 * Modularity with a resolution parameter γ.
 *
 * <p><b>Directed</b> (Leicht &amp; Newman 2008, doi:10.1103/PhysRevLett.100.118703; Arenas et al.
 * 2007): {@code Q = (1/m) Σ_ij [W_ij − γ k_i^out k_j^in / m] δ(c_i, c_j)} with m the total
 * weight of W, k^out and k^in the out- and in-strengths. For trade, W_ij is what i exports
 * to j, so a community is a group that trades more within itself than its members' export
 * and import totals would lead one to expect.
 *
 * <p><b>Undirected</b> (Newman &amp; Girvan 2004, doi:10.1103/PhysRevE.69.026113; with γ,
 * Reichardt &amp; Bornholdt 2006): {@code Q = (1/2m) Σ_ij [W_ij − γ k_i k_j / 2m] δ(c_i, c_j)}
 * on the symmetric W of an undirected {@link CompactGraph} (degrees are row sums, a loop counts
 * twice, 2m is the total of W). This is networkx's {@code community.modularity} and igraph's
 * {@code modularity}. For a directed network, use it on {@link CompactGraph#symmetrized()}
 * (W + Wᵀ) and say so: nothing here symmetrises silently.
 *
 * <p>Weights are the graph's (USD for trade networks by default); Q has no unit. A graph with
 * no weight at all (no edges) has Q = NaN: 0/0, no partition is better than another.
 * Running time O(n + entries). Deterministic.
 */
public final class Modularity {

    private Modularity() {
    }

    /**
     * {@return directed modularity when {@code graph} is directed, undirected modularity otherwise} O(n +
     * entries).
     *
     * @param graph      the graph
     * @param p          a partition of its nodes
     * @param resolution the resolution γ (1 is standard modularity)
     */
    public static double of(CompactGraph graph, Partition p, double resolution) {
        check(graph, p);
        // Modularity does not change with the scale of the weights; extreme weights are scaled so that m² stays finite.
        CompactGraph g = graph.scaledToLargest();
        return new Objective(QualityFunction.MODULARITY, g, resolution).quality(Level.of(g, QualityFunction.MODULARITY),
                p.membership(), p.communityCount());
    }

    /**
     * {@return modularity with γ = 1, directed when {@code g} is}
     *
     * @param g the graph
     * @param p a partition of its nodes
     */
    public static double of(CompactGraph g, Partition p) {
        return of(g, p, 1.0);
    }

    /**
     * {@return Leicht–Newman directed modularity; on an undirected graph it equals undirected modularity}
     *
     * @param g          the graph
     * @param p          a partition of its nodes
     * @param resolution the resolution γ (1 is standard modularity)
     */
    public static double directed(CompactGraph g, Partition p, double resolution) {
        return of(g, p, resolution);
    }

    /**
     * {@return undirected (Newman–Girvan) modularity}
     *
     * @param g          an undirected graph
     * @param p          a partition of its nodes
     * @param resolution the resolution γ (1 is standard modularity)
     * @throws IllegalArgumentException when {@code g} is directed (use {@code g.symmetrized()})
     */
    public static double undirected(CompactGraph g, Partition p, double resolution) {
        if (g.directed()) {
            throw new IllegalArgumentException("undirected modularity needs an undirected graph; use g.symmetrized() (W + Wᵀ)");
        }
        return of(g, p, resolution);
    }

    static void check(CompactGraph g, Partition p) {
        if (g.n() != p.nodeCount()) {
            throw new IllegalArgumentException("the partition has " + p.nodeCount() + " nodes, the graph " + g.n());
        }
    }
}
