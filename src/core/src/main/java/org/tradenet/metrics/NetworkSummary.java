package org.tradenet.metrics;

import java.util.ArrayList;
import java.util.List;

import org.tradenet.data.Country;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;

/**
 * The first look at a trade network: size, value, density, reciprocity, who exports and
 * imports most, how concentrated exports are, and how dependent each importer is on its
 * largest supplier.
 *
 * <p>Definitions (edges exporter → importer, self-loops excluded from density and
 * reciprocity): density {@code L / (n (n - 1))} for a directed network and
 * {@code 2L / (n (n - 1))} for an undirected one; reciprocity the share of links whose
 * reverse link exists; shares by value. O(n log n + L).
 *
 * @param network          the data set's name
 * @param nodes            number of countries with at least one link
 * @param links            number of exporter–importer links (self-loops excluded)
 * @param totalValueUsd    total value, USD
 * @param totalQuantityTonnes total quantity of the links that report one, tonnes
 * @param density          links over possible links
 * @param reciprocity      share of links whose reverse exists (directed networks)
 * @param exportHhi        HHI of exporters' shares of total value
 * @param exportTop1Share  the largest exporter's share
 * @param exportTop3Share  the three largest exporters' share
 * @param topExporters     the largest exporters
 * @param topImporters     the largest importers
 * @param dependence       importers, largest first, with their largest supplier's share
 * @param notes            what was left out while building the network
 */
public record NetworkSummary(String network, int nodes, int links, double totalValueUsd, double totalQuantityTonnes,
                             double density, double reciprocity, double exportHhi, double exportTop1Share,
                             double exportTop3Share, List<Trader> topExporters, List<Trader> topImporters,
                             List<Dependence> dependence, List<String> notes) {

    /**
     * Copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param network             the data set's name
     * @param nodes               number of countries with at least one link
     * @param links               number of exporter–importer links (self-loops excluded)
     * @param totalValueUsd       total value, USD
     * @param totalQuantityTonnes total quantity of the links that report one, tonnes
     * @param density             links over possible links
     * @param reciprocity         share of links whose reverse exists (directed networks)
     * @param exportHhi           HHI of exporters' shares of total value
     * @param exportTop1Share     the largest exporter's share
     * @param exportTop3Share     the three largest exporters' share
     * @param topExporters        the largest exporters
     * @param topImporters        the largest importers
     * @param dependence          importers, largest first, with their largest supplier's share
     * @param notes               what was left out while building the network
     */
    public NetworkSummary {
        topExporters = List.copyOf(topExporters);
        topImporters = List.copyOf(topImporters);
        dependence = List.copyOf(dependence);
        notes = List.copyOf(notes);
    }

    /**
     * A country's exports or imports.
     *
     * @param id       country id
     * @param name     country name
     * @param valueUsd value, USD
     * @param share    share of the network's total value
     */
    public record Trader(String id, String name, double valueUsd, double share) {
    }

    /**
     * How much an importer depends on its largest supplier.
     *
     * @param importer         importer id
     * @param name             importer name
     * @param importsUsd       its total imports, USD
     * @param suppliers        number of suppliers
     * @param largestSupplier  id of the largest supplier
     * @param largestShare     that supplier's share of the importer's imports
     * @param supplierHhi      HHI of the importer's supplier shares
     */
    public record Dependence(String importer, String name, double importsUsd, int suppliers,
                             String largestSupplier, double largestShare, double supplierHhi) {
    }

    /**
     * Summarises {@code net}, listing the {@code top} largest exporters, importers and importers'
     * dependences. Uses trade value whatever the network's weight kind.
     *
     * @param net the network
     * @param top how many countries each list holds
     * @return size, value (USD), concentration and dependence
     */
    public static NetworkSummary of(TradeNetwork net, int top) {
        int n = net.nodeCount();
        double[] exports = new double[n];
        double[] imports = new double[n];
        double[] largest = new double[n];
        int[] largestIdx = new int[n];
        int[] suppliers = new int[n];
        java.util.Arrays.fill(largestIdx, -1);
        int links = 0;
        int reciprocated = 0;
        List<TradeLink> all = net.links();
        // A link is reciprocated when its reverse pair is a link: a binary search in the sorted
        // pair keys (directed networks only; reciprocity means nothing in an undirected one).
        long[] pairs = null;
        if (net.directed()) {
            pairs = new long[all.size()];
            for (int k = 0; k < all.size(); k++) {
                pairs[k] = (long) net.linkExporter(k) << 32 | net.linkImporter(k);
            }
            java.util.Arrays.sort(pairs);
        }
        for (int k = 0; k < all.size(); k++) {
            int e = net.linkExporter(k);
            int m = net.linkImporter(k);
            if (e == m) {
                continue; // a self-loop: one index per node id
            }
            links++;
            if (pairs != null && java.util.Arrays.binarySearch(pairs, (long) m << 32 | e) >= 0) {
                reciprocated++;
            }
            double v = all.get(k).valueUsd();
            exports[e] += v;
            imports[m] += v;
            suppliers[m]++;
            if (v > largest[m] || largestIdx[m] < 0) {
                largest[m] = v;
                largestIdx[m] = e;
            }
            if (!net.directed()) {
                exports[m] += v;
                imports[e] += v;
            }
        }
        double total = 0;
        for (double x : exports) {
            total += x;
        }
        double possible = n < 2 ? 0 : (double) n * (n - 1);
        double density = possible == 0 ? Double.NaN : (net.directed() ? links : 2.0 * links) / possible;
        double reciprocity = !net.directed() || links == 0 ? Double.NaN : (double) reciprocated / links;
        int[] topExporters = largestFirst(net, exports, top);
        int[] topImporters = largestFirst(net, imports, top);
        List<Dependence> dep = net.directed() ? dependence(net, topImporters, imports, suppliers, largest, largestIdx)
                : List.of();
        return new NetworkSummary(net.name(), n, links, total, net.totalQuantityTonnes(), density, reciprocity,
                Concentration.hhi(exports), Concentration.topShare(exports, 1), Concentration.topShare(exports, 3),
                traders(net, topExporters, exports, total), traders(net, topImporters, imports, total), dep, net.notes());
    }

    /**
     * The dependence of each of {@code importers} on its suppliers: a second pass over the links
     * gathers the values of those importers' supplies only, in link order.
     */
    private static List<Dependence> dependence(TradeNetwork net, int[] importers, double[] imports, int[] suppliers,
                                               double[] largest, int[] largestIdx) {
        int[] slot = new int[net.nodeCount()];
        java.util.Arrays.fill(slot, -1);
        double[][] values = new double[importers.length][];
        int[] filled = new int[importers.length];
        for (int r = 0; r < importers.length; r++) {
            slot[importers[r]] = r;
            values[r] = new double[suppliers[importers[r]]];
        }
        List<TradeLink> all = net.links();
        for (int k = 0; k < all.size(); k++) {
            int r = slot[net.linkImporter(k)];
            if (r >= 0 && net.linkExporter(k) != net.linkImporter(k)) {
                values[r][filled[r]++] = all.get(k).valueUsd();
            }
        }
        List<Dependence> dep = new ArrayList<>();
        for (int r = 0; r < importers.length; r++) {
            int i = importers[r];
            Country c = net.country(i);
            dep.add(new Dependence(c.id(), c.name(), imports[i], suppliers[i], net.country(largestIdx[i]).id(),
                    largest[i] / imports[i], Concentration.hhi(values[r])));
        }
        return dep;
    }

    /**
     * The indices of the {@code top} largest positive amounts, largest first, ties by id: a
     * selection in one pass, O(n · top), instead of sorting every node.
     */
    private static int[] largestFirst(TradeNetwork net, double[] amounts, int top) {
        int[] best = new int[Math.max(0, Math.min(top, amounts.length))];
        int size = 0;
        for (int i = 0; i < amounts.length; i++) {
            if (!(amounts[i] > 0) || best.length == 0) {
                continue;
            }
            if (size == best.length && !before(net, amounts, i, best[size - 1])) {
                continue;
            }
            int at = size == best.length ? size - 1 : size++;
            while (at > 0 && before(net, amounts, i, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        return java.util.Arrays.copyOf(best, size);
    }

    /** Whether node {@code a} comes before node {@code b}: a larger amount, or an equal one and a smaller id. */
    private static boolean before(TradeNetwork net, double[] amounts, int a, int b) {
        int c = Double.compare(amounts[b], amounts[a]);
        return c < 0 || c == 0 && net.country(a).id().compareTo(net.country(b).id()) < 0;
    }

    private static List<Trader> traders(TradeNetwork net, int[] order, double[] amounts, double total) {
        List<Trader> out = new ArrayList<>();
        for (int i : order) {
            Country c = net.country(i);
            out.add(new Trader(c.id(), c.name(), amounts[i], total > 0 ? amounts[i] / total : Double.NaN));
        }
        return out;
    }
}
