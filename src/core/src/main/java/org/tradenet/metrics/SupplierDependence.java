package org.tradenet.metrics;

import java.util.Arrays;

import org.tradenet.network.CompactGraph;

/**
 * How dependent each importer is on its suppliers: the largest supplier's share of its
 * imports, and the Herfindahl–Hirschman index of its supplier shares.
 *
 * <p>Definition: for importer v with in-strength {@code s(v) = sum over u of w(u,v)} and
 * shares {@code p(u) = w(u,v) / s(v)}: largest share {@code max p(u)} in (0, 1], HHI
 * {@code sum p(u)²} in [1/k, 1] for k suppliers. Both NaN for a country that imports
 * nothing (weight 0). Weights as the network says (trade value by default); self-loops
 * (domestic sales), when kept, count as a supplier. Ties for the largest supplier go to the
 * lowest node index. O(m). Not randomised.
 *
 * <p>Reference: the HHI as a supplier-concentration measure of import dependence, e.g.
 * European Commission (2020), Critical raw materials for strategic technologies and sectors
 * in the EU: a foresight study, doi:10.2873/58081.
 *
 * @param largestShare    the largest supplier's share of each node's imports
 * @param hhi             the HHI of each node's supplier shares
 * @param largestSupplier node index of each node's largest supplier, -1 when it imports nothing
 */
public record SupplierDependence(NodeScores largestShare, NodeScores hhi, int[] largestSupplier) {

    /**
     * Copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param largestShare    the largest supplier's share of each node's imports
     * @param hhi             the HHI of each node's supplier shares
     * @param largestSupplier node index of each node's largest supplier, -1 when it imports nothing
     */
    public SupplierDependence {
        largestSupplier = largestSupplier.clone();
    }

    /** {@return a copy of the largest-supplier indices} */
    @Override
    public int[] largestSupplier() {
        return largestSupplier.clone();
    }

    /**
     * {@return the node index of {@code v}'s largest supplier, -1 when it imports nothing}
     *
     * @param v a node index
     */
    public int largestSupplier(int v) {
        return largestSupplier[v];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupplierDependence d && largestShare.equals(d.largestShare) && hhi.equals(d.hhi)
                && Arrays.equals(largestSupplier, d.largestSupplier);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * largestShare.hashCode() + hhi.hashCode()) + Arrays.hashCode(largestSupplier);
    }

    /**
     * {@return supplier dependence of every node of {@code g} (its in-links)} O(m).
     *
     * @param g the graph; links run exporter → importer
     */
    public static SupplierDependence of(CompactGraph g) {
        int n = g.n();
        double[] top = new double[n];
        double[] h = new double[n];
        int[] best = new int[n];
        for (int v = 0; v < n; v++) {
            double s = g.inStrength(v);
            best[v] = -1;
            if (!(s > 0)) {
                top[v] = Double.NaN;
                h[v] = Double.NaN;
                continue;
            }
            double max = -1;
            double sum = 0;
            for (int p = g.inStart(v); p < g.inEnd(v); p++) {
                double w = g.inWeight(p);
                double share = w / s;
                sum += share * share;
                if (w > max) {
                    max = w;
                    best[v] = g.inSource(p);
                }
            }
            top[v] = max / s;
            h[v] = sum;
        }
        String note = "NaN for countries that import nothing";
        return new SupplierDependence(NodeScores.exact("largestSupplierShare", top, note),
                NodeScores.exact("supplierHhi", h, note), best);
    }
}
