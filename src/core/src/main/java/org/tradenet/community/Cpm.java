package org.tradenet.community;

import org.tradenet.network.CompactGraph;

/**
 * The constant Potts model (CPM) of Traag, Van Dooren &amp; Nesterov (2011),
 * doi:10.1103/PhysRevE.84.016114, in leidenalg's convention (the value its
 * {@code CPMVertexPartition.quality()} returns): a sum over ordered pairs,
 * {@code Q = Σ_ij (W_ij − γ [i ≠ j]) δ(c_i, c_j)}. That is {@code Σ_c [e_c − γ n_c (n_c − 1)]}
 * for directed graphs and {@code 2 Σ_c [e_c − γ n_c (n_c − 1) / 2]} for undirected ones (twice
 * the paper's form), where e_c is the total weight of the links inside c (each undirected edge
 * once) and n_c its number of nodes.
 *
 * <p>γ is a density threshold in units of link weight: communities end up with internal
 * density above γ and links between them below it. For trade weighted in USD, γ must be on
 * that scale (or use share weights). Q is in units of link weight, not normalised.
 * Running time O(n + entries). Deterministic.
 */
public final class Cpm {

    private Cpm() {
    }

    /**
     * {@return the CPM quality of {@code p} on {@code g}, directed when g is, in units of link weight}
     *
     * @param g          the graph
     * @param p          a partition of its nodes
     * @param resolution the resolution γ: the density a community must beat
     */
    public static double of(CompactGraph g, Partition p, double resolution) {
        Modularity.check(g, p);
        return new Objective(QualityFunction.CPM, g, resolution).quality(Level.of(g, QualityFunction.CPM),
                p.membership(), p.communityCount());
    }
}
