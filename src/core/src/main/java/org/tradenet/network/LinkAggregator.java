package org.tradenet.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
    private final Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
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
        if (f.isDomestic() && !spec.selfLoops()) {
            self++;
            selfValue += f.valueUsd();
            return;
        }
        String a = f.exporter();
        String b = f.importer();
        if (!spec.directed() && a.compareTo(b) > 0) {
            String x = a;
            a = b;
            b = x;
        }
        double[] acc = sums.computeIfAbsent(a, k -> new LinkedHashMap<>()).computeIfAbsent(b, k -> new double[4]);
        acc[0] += f.valueUsd();
        if (!Double.isNaN(f.quantityTonnes())) {
            acc[1] += f.quantityTonnes();
            acc[3]++;
        }
        acc[2]++;
    }

    private boolean isArea(String id) {
        Country c = known.get(id);
        return countryIds && c != null && (c.kind() == Country.Kind.SPECIAL || c.kind() == Country.Kind.WORLD);
    }

    TradeNetwork finish(String name, ReadReport read) {
        List<String> notes = new ArrayList<>(read == null ? List.of() : read.notes());
        List<TradeLink> links = new ArrayList<>();
        for (Map.Entry<String, Map<String, double[]>> row : sums.entrySet()) {
            for (Map.Entry<String, double[]> cell : row.getValue().entrySet()) {
                double[] acc = cell.getValue();
                if (!spec.includeNonCountryAreas() && (isArea(row.getKey()) || isArea(cell.getKey()))) {
                    areas += (long) acc[2];
                    areaValue += acc[0];
                    continue;
                }
                double qty = acc[3] > 0 ? acc[1] : Double.NaN;
                links.add(new TradeLink(row.getKey(), cell.getKey(), acc[0], qty, (int) acc[2], 0.0));
            }
        }
        links = EconomyMerge.apply(links, spec, known, notes);
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
        links.removeIf(l -> !(l.valueUsd() > 0));
        if (zero > links.size()) {
            // A zero flow is no trade: as a link it would count for degrees and density but be
            // unreachable for paths (its distance 1/0 is infinite), so it is not a link at all.
            notes.add((zero - links.size()) + " links of zero value left out (a zero flow is no trade)");
        }
        if (spec.minValueUsd() > 0) {
            int before = links.size();
            links.removeIf(l -> l.valueUsd() < spec.minValueUsd());
            notes.add((before - links.size()) + " links below USD " + usd(spec.minValueUsd()) + " left out");
        }
        if (spec.topPartners() > 0) {
            int before = links.size();
            links = topPartners(links, spec.topPartners());
            notes.add("top-" + spec.topPartners() + " partners rule kept " + links.size() + " of " + before + " links");
        }
        if (spec.weight() == WeightKind.QUANTITY) {
            int before = links.size();
            links.removeIf(l -> Double.isNaN(l.quantityTonnes()));
            if (before > links.size()) {
                notes.add((before - links.size()) + " links with no quantity left out (weights are tonnes)");
            }
        }
        if (links.isEmpty()) {
            notes.add("NO LINKS LEFT after the filters: the data has years " + new TreeSet<>(yearsSeen) + " and products "
                    + new TreeSet<>(productsSeen).stream().map(p -> p.isEmpty() ? "(none)" : p).toList());
        }
        return TradeNetwork.assemble(name, known, TradeNetwork.weighted(links, spec.weight()), spec, notes, countryIds, read);
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
