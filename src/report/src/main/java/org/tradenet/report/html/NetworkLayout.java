package org.tradenet.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;

/**
 * Positions of a network's nodes in the unit square, for drawing. Keyed by node id, so one
 * layout serves several networks on the same countries (before and after a shock).
 *
 * <p>Method: Fruchterman–Reingold force-directed placement (Fruchterman &amp; Reingold 1991,
 * "Graph drawing by force-directed placement", Software: Practice and Experience 21(11),
 * doi:10.1002/spe.4380211102; {@link #forceDirected}), run on the network's
 * <em>backbone</em>: the undirected simple graph that joins each country to its
 * {@code partners} largest partners by value (exports and imports together). Trade networks
 * are dense around a few hubs; laying out all links gives a hairball, the backbone puts
 * countries near the partners that matter most to them. Direction and weights play no other
 * role. Each node's distance from the median centre is then replaced by its square root
 * (directions kept), which spreads the dense core of hub-and-spoke networks and pulls in far
 * leaves, and positions are scaled to fill [0, 1] × [0, 1].
 *
 * <p>Randomised (initial positions), deterministic for a given seed: the same network and
 * parameters give the same positions. O(iterations · n²).
 *
 * @param ids        node ids, in the order of {@code x} and {@code y}
 * @param x          horizontal positions in [0, 1]
 * @param y          vertical positions in [0, 1] (0 at the top)
 * @param parameters how the layout was made
 */
public record NetworkLayout(List<String> ids, double[] x, double[] y, Parameters parameters) {

    /**
     * Layout settings.
     *
     * @param seed       seed of the random initial positions
     * @param iterations force-directed iterations
     * @param partners   partners per country kept in the backbone the layout runs on
     */
    public record Parameters(long seed, int iterations, int partners) {

        /**
         * Checks there is at least one iteration and one partner.
         *
         * @param seed seed of the random initial positions
         * @param iterations force-directed iterations, at least 1
         * @param partners partners per country kept in the backbone, at least 1
         */
        public Parameters {
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
            }
            if (partners < 1) {
                throw new IllegalArgumentException("partners must be at least 1, was " + partners);
            }
        }

        /**
         * Seed 42, 400 iterations, 3 partners.
         *
         * @return the default settings
         */
        public static Parameters defaults() {
            return new Parameters(42, 400, 3);
        }

        /**
         * The same settings with another seed.
         *
         * @param s seed of the random initial positions
         * @return the new settings
         */
        public Parameters withSeed(long s) {
            return new Parameters(s, iterations, partners);
        }

        /**
         * The same settings with another number of iterations.
         *
         * @param i force-directed iterations, at least 1
         * @return the new settings
         */
        public Parameters withIterations(int i) {
            return new Parameters(seed, i, partners);
        }

        /**
         * The same settings with another backbone size.
         *
         * @param p partners per country kept in the backbone, at least 1
         * @return the new settings
         */
        public Parameters withPartners(int p) {
            return new Parameters(seed, iterations, p);
        }
    }

    /**
     * Checks there is one x and one y per id and copies the arrays.
     *
     * @param ids node ids, in the order of {@code x} and {@code y}
     * @param x horizontal positions in [0, 1]
     * @param y vertical positions in [0, 1] (0 at the top)
     * @param parameters how the layout was made
     */
    public NetworkLayout {
        ids = List.copyOf(ids);
        x = x.clone();
        y = y.clone();
        if (x.length != ids.size() || y.length != ids.size()) {
            throw new IllegalArgumentException("one x and one y per id");
        }
    }

    /**
     * A copy of the horizontal positions.
     *
     * @return x per node, in [0, 1]
     */
    @Override
    public double[] x() {
        return x.clone();
    }

    /**
     * A copy of the vertical positions.
     *
     * @return y per node, in [0, 1], 0 at the top
     */
    @Override
    public double[] y() {
        return y.clone();
    }

    /**
     * Lays out {@code net} with default parameters.
     *
     * @param net the network to lay out
     * @return positions of all its countries
     */
    public static NetworkLayout of(TradeNetwork net) {
        return of(net, Parameters.defaults());
    }

    /**
     * Lays out {@code net}.
     *
     * @param net the network to lay out
     * @param p seed, iterations and backbone size
     * @return positions of all its countries
     */
    public static NetworkLayout of(TradeNetwork net, Parameters p) {
        int n = net.nodeCount();
        List<String> ids = new ArrayList<>(n);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ids.add(net.country(i).id());
            index.put(net.country(i).id(), i);
        }
        Graph<String, DefaultEdge> backbone = backbone(net, p.partners());
        int m = backbone.edgeSet().size();
        int[] ends = new int[2 * m];
        int e = 0;
        for (DefaultEdge edge : backbone.edgeSet()) {
            ends[e++] = index.get(backbone.getEdgeSource(edge));
            ends[e++] = index.get(backbone.getEdgeTarget(edge));
        }
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(p.seed());
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
        }
        forceDirected(x, y, ends, p.iterations());
        compress(x, y);
        rescale(x);
        rescale(y);
        return new NetworkLayout(ids, x, y, p);
    }

    /** The optimal distance's factor C in k = C·√(area / n) (Fruchterman &amp; Reingold's C; 0.5 keeps the frame's edges clear). */
    static final double DISTANCE_FACTOR = 0.5;

    /**
     * Fruchterman–Reingold placement in the unit square, in place: every pair of nodes repels
     * with force k²/d, the two ends of each edge attract with force d²/k, for the optimal
     * distance k = C·√(1/n); each node moves along its summed force by at most the temperature,
     * which starts at a tenth of the frame and falls linearly to zero, and stays inside the frame.
     * Int-indexed arrays: O(iterations · (n² + m)) time, O(n) memory.
     *
     * @param x          horizontal positions in [0, 1], the start on entry
     * @param y          vertical positions in [0, 1], the start on entry
     * @param ends       the edges' two ends, edge {@code e} joining {@code ends[2e]} and {@code ends[2e+1]}
     * @param iterations how many moves
     */
    static void forceDirected(double[] x, double[] y, int[] ends, int iterations) {
        int n = x.length;
        if (n < 2) {
            return;
        }
        double k = DISTANCE_FACTOR * Math.sqrt(1.0 / n);
        double k2 = k * k;
        double[] dx = new double[n];
        double[] dy = new double[n];
        double start = 0.1;
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            for (int v = 0; v < n; v++) {
                for (int u = v + 1; u < n; u++) {
                    double ax = x[v] - x[u];
                    double ay = y[v] - y[u];
                    double d2 = ax * ax + ay * ay;
                    if (d2 < 1e-18) {
                        // Two nodes on one point: push them apart along x, the lower index left.
                        ax = 1e-9;
                        ay = 0;
                        d2 = 1e-18;
                    }
                    // (δ/|δ|)·k²/|δ| = δ·k²/|δ|²
                    double f = k2 / d2;
                    dx[v] += ax * f;
                    dy[v] += ay * f;
                    dx[u] -= ax * f;
                    dy[u] -= ay * f;
                }
            }
            for (int e = 0; e < ends.length; e += 2) {
                int v = ends[e];
                int u = ends[e + 1];
                double ax = x[v] - x[u];
                double ay = y[v] - y[u];
                // (δ/|δ|)·|δ|²/k = δ·|δ|/k
                double f = Math.sqrt(ax * ax + ay * ay) / k;
                dx[v] -= ax * f;
                dy[v] -= ay * f;
                dx[u] += ax * f;
                dy[u] += ay * f;
            }
            double t = start * (1.0 - (double) it / iterations);
            for (int v = 0; v < n; v++) {
                double d = Math.sqrt(dx[v] * dx[v] + dy[v] * dy[v]);
                if (d > 0) {
                    double step = Math.min(d, t) / d;
                    x[v] = Math.min(1, Math.max(0, x[v] + dx[v] * step));
                    y[v] = Math.min(1, Math.max(0, y[v] + dy[v] * step));
                }
            }
        }
    }

    /** Each country joined to its {@code k} largest partners by value; nodes in the network's order. */
    static Graph<String, DefaultEdge> backbone(TradeNetwork net, int k) {
        Map<String, Map<String, Double>> partnerValue = new HashMap<>();
        for (TradeLink l : net.links()) {
            if (l.isSelfLoop()) {
                continue;
            }
            partnerValue.computeIfAbsent(l.exporter(), z -> new HashMap<>()).merge(l.importer(), l.valueUsd(), Double::sum);
            partnerValue.computeIfAbsent(l.importer(), z -> new HashMap<>()).merge(l.exporter(), l.valueUsd(), Double::sum);
        }
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < net.nodeCount(); i++) {
            g.addVertex(net.country(i).id());
        }
        Set<List<String>> added = new HashSet<>();
        for (int i = 0; i < net.nodeCount(); i++) {
            String a = net.country(i).id();
            Map<String, Double> partners = partnerValue.getOrDefault(a, Map.of());
            List<String> best = new ArrayList<>(partners.keySet());
            best.sort(Comparator.<String>comparingDouble(b -> -partners.get(b)).thenComparing(b -> b));
            for (String b : best.subList(0, Math.min(k, best.size()))) {
                List<String> key = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
                if (added.add(key)) {
                    g.addEdge(key.get(0), key.get(1));
                }
            }
        }
        return g;
    }

    /**
     * Pulls far nodes in and spreads the crowded core: each node's distance from the median
     * centre becomes its square root (directions kept). Force-directed layouts of hub-and-spoke
     * networks leave a dense core and a few far leaves; this keeps both readable.
     */
    static void compress(double[] x, double[] y) {
        int n = x.length;
        if (n == 0) {
            return;
        }
        double cx = median(x);
        double cy = median(y);
        for (int i = 0; i < n; i++) {
            double dx = x[i] - cx;
            double dy = y[i] - cy;
            double d = Math.hypot(dx, dy);
            if (d > 0) {
                double f = Math.sqrt(d) / d;
                x[i] = cx + dx * f;
                y[i] = cy + dy * f;
            }
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void rescale(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double a : v) {
            lo = Math.min(lo, a);
            hi = Math.max(hi, a);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = hi > lo ? (v[i] - lo) / (hi - lo) : 0.5;
        }
    }

    /**
     * The index of {@code id} in {@link #ids()}, or -1.
     *
     * @param id a node id
     * @return its index, or -1 when the layout does not have it
     */
    public int indexOf(String id) {
        return index().getOrDefault(id, -1);
    }

    private Map<String, Integer> index() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            m.put(ids.get(i), i);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkLayout l && ids.equals(l.ids) && java.util.Arrays.equals(x, l.x)
                && java.util.Arrays.equals(y, l.y) && parameters.equals(l.parameters);
    }

    @Override
    public int hashCode() {
        return ids.hashCode() * 31 + java.util.Arrays.hashCode(x);
    }

    @Override
    public String toString() {
        return "NetworkLayout[" + ids.size() + " nodes, " + parameters + "]";
    }
}
