package org.tradenet.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.tradenet.data.Country;
import org.tradenet.data.Flow;
import org.tradenet.data.FlowSink;
import org.tradenet.data.ReadReport;

/**
 * Turns a stream of flows into the links of a {@link TradeNetwork}: keeps the flows of the
 * spec's years and products, leaves out self-flows unless asked and non-country areas unless
 * asked, sums the rest per exporter–importer pair, then applies the minimum value and the
 * top-partner rule. Counts everything it leaves out, for the network's notes.
 *
 * <p>Memory: one accumulator per pair. O(F) for F flows, O(L log L) to finish for L links.
 */
final class LinkAggregator implements FlowSink {

    private final NetworkSpec spec;
    private boolean countryIds;
    private final Map<String, Country> known = new HashMap<>();
    /** Node ids by index, and the index of each id: pairs are keyed by two ints, not two strings. */
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final PairSums sums = new PairSums();
    private final Set<Integer> yearsSeen = new HashSet<>();
    private final Set<String> productsSeen = new HashSet<>();
    private int lastYear = Integer.MIN_VALUE;
    private String lastProduct;
    private long outYear;
    private long outProduct;
    private long self;
    private double selfValue;
    private long areas;
    private double areaValue;

    LinkAggregator(NetworkSpec spec, boolean countryIds) {
        this.spec = spec;
        this.countryIds = countryIds;
    }

    void countryIds(boolean c) {
        this.countryIds = c;
    }

    /** Nodes by id; may be given after the flows (a streaming reader knows them only at the end). */
    void nodes(Map<String, Country> nodes) {
        known.putAll(nodes);
    }

    @Override
    public void accept(Flow f) {
        accept(f, -1, -1);
    }

    @Override
    public void accept(Flow f, int exporterNumber, int importerNumber) {
        if (f.year() != lastYear) {
            yearsSeen.add(f.year());
            lastYear = f.year();
        }
        if (!f.hs6().equals(lastProduct)) {
            productsSeen.add(f.hs6());
            lastProduct = f.hs6();
        }
        if (!spec.years().isEmpty() && !spec.years().contains(f.year())) {
            outYear++;
            return;
        }
        if (!spec.products().isEmpty() && !spec.products().contains(f.hs6())) {
            outProduct++;
            return;
        }
        // One id has one reader number, so equal numbers are a domestic flow without comparing the ids.
        boolean domestic = exporterNumber >= 0 && importerNumber >= 0 ? exporterNumber == importerNumber : f.isDomestic();
        if (domestic && !spec.selfLoops()) {
            self++;
            selfValue += f.valueUsd();
            return;
        }
        String a = f.exporter();
        String b = f.importer();
        int an = exporterNumber;
        int bn = importerNumber;
        if (!spec.directed() && a.compareTo(b) > 0) {
            String x = a;
            a = b;
            b = x;
            an = importerNumber;
            bn = exporterNumber;
        }
        sums.add(indexOf(a, an), indexOf(b, bn), f.valueUsd(), f.quantityTonnes());
    }

    /** This aggregator's index + 1 of each reader's node number (0: not seen yet). */
    private int[] byReaderNumber = new int[256];

    /** The index of {@code id}, found through the reader's {@code number} of it when there is one (not negative). */
    private int indexOf(String id, int number) {
        if (number < 0) {
            return indexOf(id);
        }
        if (number >= byReaderNumber.length) {
            byReaderNumber = java.util.Arrays.copyOf(byReaderNumber, Math.max(number + 1, 2 * byReaderNumber.length));
        }
        int k = byReaderNumber[number] - 1;
        if (k < 0) {
            k = indexOf(id);
            byReaderNumber[number] = k + 1;
        }
        return k;
    }

    private int indexOf(String id) {
        Integer k = index.get(id);
        if (k == null) {
            k = ids.size();
            index.put(id, k);
            ids.add(id);
        }
        return k;
    }

    private boolean isArea(String id) {
        if (!countryIds) {
            return false;
        }
        Country c = known.get(id);
        return c != null && (c.kind() == Country.Kind.SPECIAL || c.kind() == Country.Kind.WORLD);
    }

    TradeNetwork finish(String name, ReadReport read) {
        List<String> notes = new ArrayList<>(read == null ? List.of() : read.notes());
        List<TradeLink> links = new ArrayList<>();
        // Each link's exporter and importer as this aggregator's node indices, kept in step with
        // the links through the filters that only remove (null once a rule rebuilds the list).
        int[] from = new int[sums.size];
        int[] to = new int[sums.size];
        for (int p = 0; p < sums.size; p++) {
            String exporter = ids.get(sums.exporter[p]);
            String importer = ids.get(sums.importer[p]);
            if (!spec.includeNonCountryAreas() && (isArea(exporter) || isArea(importer))) {
                areas += sums.flows[p];
                areaValue += sums.value[p];
                continue;
            }
            double qty = sums.quantityFlows[p] > 0 ? sums.quantity[p] : Double.NaN;
            from[links.size()] = sums.exporter[p];
            to[links.size()] = sums.importer[p];
            // Weighted by value until the filters are done (TradeNetwork.weighted then keeps these links when the network is).
            links.add(new TradeLink(exporter, importer, sums.value[p], qty, sums.flows[p], sums.value[p]));
        }
        EconomyMerge.Merged merged = EconomyMerge.apply(links, spec, known, notes);
        Ends ends = merged.links() == links ? new Ends(from, to) : null;
        links = merged.links();
        if (!spec.years().isEmpty()) {
            notes.add("years kept: " + new TreeSet<>(spec.years()) + " (" + outYear + " flows of other years left out)");
        } else if (yearsSeen.size() > 1) {
            List<Integer> y = new ArrayList<>(new TreeSet<>(yearsSeen));
            notes.add("flows of " + y.size() + " years summed (" + y.get(0) + "-" + y.get(y.size() - 1) + "); choose one with --year");
        }
        if (!spec.products().isEmpty()) {
            notes.add("products kept: " + String.join(", ", new TreeSet<>(spec.products())) + " ("
                    + outProduct + " flows of other products left out)");
        }
        if (self > 0) {
            notes.add(self + " domestic flows (exporter = importer, USD " + usd(selfValue) + ") left out; keep them with self-loops");
        }
        if (areas > 0) {
            notes.add(areas + " flows (USD " + usd(areaValue) + ") with non-country areas (areas nes, bunkers, free zones) left out");
        }
        int zero = links.size();
        removeIf(links, ends, l -> !(l.valueUsd() > 0));
        if (zero > links.size()) {
            // A zero flow is no trade: as a link it would count for degrees and density but be
            // unreachable for paths (its distance 1/0 is infinite), so it is not a link at all.
            notes.add((zero - links.size()) + " links of zero value left out (a zero flow is no trade)");
        }
        if (spec.minValueUsd() > 0) {
            int before = links.size();
            removeIf(links, ends, l -> l.valueUsd() < spec.minValueUsd());
            notes.add((before - links.size()) + " links below USD " + usd(spec.minValueUsd()) + " left out");
        }
        if (spec.topPartners() > 0) {
            int before = links.size();
            links = topPartners(links, spec.topPartners());
            ends = null;
            notes.add("top-" + spec.topPartners() + " partners rule kept " + links.size() + " of " + before + " links");
        }
        if (spec.weight() == WeightKind.QUANTITY) {
            int before = links.size();
            removeIf(links, ends, l -> Double.isNaN(l.quantityTonnes()));
            if (before > links.size()) {
                notes.add((before - links.size()) + " links with no quantity left out (weights are tonnes)");
            }
        }
        if (links.isEmpty()) {
            notes.add("NO LINKS LEFT after the filters: the data has years " + new TreeSet<>(yearsSeen) + " and products "
                    + new TreeSet<>(productsSeen).stream().map(p -> p.isEmpty() ? "(none)" : p).toList());
        }
        List<TradeLink> weighted = TradeNetwork.weighted(links, spec.weight());
        if (ends != null) {
            return TradeNetwork.assemble(name, known, weighted, ids, ends.from(), ends.to(), spec, notes, countryIds, read,
                    merged.economies());
        }
        return TradeNetwork.assemble(name, known, weighted, spec, notes, countryIds, read, merged.economies());
    }

    /** Links' ends as node indices: {@code from[k]}, {@code to[k]} for link k (the arrays may be longer). */
    private record Ends(int[] from, int[] to) {
    }

    /** Removes the links {@code drop} matches, and their ends with them (when kept). */
    private static void removeIf(List<TradeLink> links, Ends ends, java.util.function.Predicate<TradeLink> drop) {
        if (ends == null) {
            links.removeIf(drop);
            return;
        }
        int kept = 0;
        for (int k = 0; k < links.size(); k++) {
            TradeLink l = links.get(k);
            if (!drop.test(l)) {
                links.set(kept, l);
                ends.from()[kept] = ends.from()[k];
                ends.to()[kept] = ends.to()[k];
                kept++;
            }
        }
        links.subList(kept, links.size()).clear();
    }

    /**
     * Sums per exporter–importer pair in flow order: an open-addressing table from the packed
     * pair of node indices to a slot of parallel arrays, slots numbered in order of first sight.
     * About 50 bytes a pair, against a few hundred for nested maps of boxed accumulators.
     */
    private static final class PairSums {
        int size;
        int[] exporter = new int[64];
        int[] importer = new int[64];
        double[] value = new double[64];
        double[] quantity = new double[64];
        int[] flows = new int[64];
        int[] quantityFlows = new int[64];
        /** Slot + 1 of each table position; 0 = empty. */
        private int[] table = new int[128];
        private long[] keys = new long[128];
        /** 64 − log2 of the table length: Fibonacci hashing keeps the top bits of key × 2⁶⁴/φ. */
        private int shift = 64 - 7;

        void add(int a, int b, double valueUsd, double tonnes) {
            long key = (long) a << 32 | (b & 0xFFFFFFFFL);
            int mask = table.length - 1;
            int pos = position(key);
            while (table[pos] != 0 && keys[pos] != key) {
                pos = (pos + 1) & mask;
            }
            int p;
            if (table[pos] == 0) {
                p = size++;
                if (p == exporter.length) {
                    grow();
                }
                exporter[p] = a;
                importer[p] = b;
                table[pos] = p + 1;
                keys[pos] = key;
                if (2 * size > table.length) {
                    rehash();
                }
            } else {
                p = table[pos] - 1;
            }
            value[p] += valueUsd;
            if (!Double.isNaN(tonnes)) {
                quantity[p] += tonnes;
                quantityFlows[p]++;
            }
            flows[p]++;
        }

        private void grow() {
            int n = exporter.length * 2;
            exporter = java.util.Arrays.copyOf(exporter, n);
            importer = java.util.Arrays.copyOf(importer, n);
            value = java.util.Arrays.copyOf(value, n);
            quantity = java.util.Arrays.copyOf(quantity, n);
            flows = java.util.Arrays.copyOf(flows, n);
            quantityFlows = java.util.Arrays.copyOf(quantityFlows, n);
        }

        private void rehash() {
            int[] oldTable = table;
            long[] oldKeys = keys;
            table = new int[oldTable.length * 2];
            keys = new long[oldTable.length * 2];
            shift--;
            int mask = table.length - 1;
            for (int i = 0; i < oldTable.length; i++) {
                if (oldTable[i] != 0) {
                    int pos = position(oldKeys[i]);
                    while (table[pos] != 0) {
                        pos = (pos + 1) & mask;
                    }
                    table[pos] = oldTable[i];
                    keys[pos] = oldKeys[i];
                }
            }
        }

        private int position(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        }
    }

    static String usd(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static List<TradeLink> topPartners(List<TradeLink> links, int k) {
        Map<String, List<TradeLink>> byExporter = new TreeMap<>();
        Map<String, List<TradeLink>> byImporter = new TreeMap<>();
        for (TradeLink l : links) {
            byExporter.computeIfAbsent(l.exporter(), x -> new ArrayList<>()).add(l);
            byImporter.computeIfAbsent(l.importer(), x -> new ArrayList<>()).add(l);
        }
        Set<TradeLink> keep = new HashSet<>();
        Comparator<TradeLink> largest = Comparator.comparingDouble(TradeLink::valueUsd).reversed()
                .thenComparing(TradeLink::exporter).thenComparing(TradeLink::importer);
        for (List<TradeLink> group : byExporter.values()) {
            group.stream().sorted(largest).limit(k).forEach(keep::add);
        }
        for (List<TradeLink> group : byImporter.values()) {
            group.stream().sorted(largest).limit(k).forEach(keep::add);
        }
        List<TradeLink> out = new ArrayList<>();
        for (TradeLink l : links) {
            if (keep.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }
}
