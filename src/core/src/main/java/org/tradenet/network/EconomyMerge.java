package org.tradenet.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tradenet.data.Country;
import org.tradenet.data.CountryGroups;

/**
 * Merges countries into economies, as {@link NetworkSpec#aggregate()} and
 * {@link NetworkSpec#restOfWorld()} say (package-private; used by {@link LinkAggregator}).
 *
 * <p>Each aggregated group becomes one node named after the group (its current members in the
 * groups table); then, with rest of world K, the K largest economies by total trade (exports plus
 * imports between economies) are kept and the others merged into {@code ROW}. Links are summed
 * per new pair. A flow between two members of one economy becomes that economy's home sales,
 * a self-flow: kept when the spec keeps self-loops (the shock model uses them as domestic
 * sales), otherwise left out and counted (network measures leave self-flows out). Values add
 * up: the merged links plus the counted home sales equal the links before. What was merged, and
 * the links before, are kept ({@link MergedEconomies}) for what is given per country, such as base
 * tariffs. O(L log L).
 */
final class EconomyMerge {

    private EconomyMerge() {
    }

    /**
     * The links after the merge, and what was merged (null when nothing was).
     *
     * @param links     links between economies
     * @param economies the merged countries and the links before the merge, or null
     */
    record Merged(List<TradeLink> links, MergedEconomies economies) {
    }

    static Merged apply(List<TradeLink> links, NetworkSpec spec, Map<String, Country> known, List<String> notes) {
        if (spec.aggregate().isEmpty() && spec.restOfWorld() == 0) {
            return new Merged(links, null);
        }
        Map<String, String> economy = new HashMap<>();
        CountryGroups groups = spec.groupsOrStandard();
        Set<String> present = new TreeSet<>();
        for (TradeLink l : links) {
            present.add(l.exporter());
            present.add(l.importer());
        }
        for (String g : spec.aggregate()) {
            String name = g.trim().toUpperCase(Locale.ROOT);
            List<String> members = groups.members(name).orElseThrow(() -> new IllegalArgumentException("unknown country group '"
                    + g + "' to aggregate; known: " + String.join(", ", groups.names()) + " (add your own with --groups FILE)"));
            List<String> in = new ArrayList<>();
            for (String m : members) {
                if (!present.contains(m)) {
                    continue;
                }
                String before = economy.put(m, name);
                if (before != null && !before.equals(name)) {
                    throw new IllegalArgumentException(m + " is a member of both " + before + " and " + name
                            + ": aggregate groups that do not overlap");
                }
                in.add(m);
            }
            known.put(name, new Country(name, "", name + " (" + in.size() + " members merged)", "", "", Country.Kind.CUSTOM));
            notes.add("aggregated " + name + ": " + in.size() + " of its " + members.size() + " current members in the data merged "
                    + "into one economy (" + String.join(" ", in) + ")");
        }
        if (spec.restOfWorld() > 0) {
            Map<String, Double> total = new HashMap<>();
            for (TradeLink l : links) {
                String a = economy.getOrDefault(l.exporter(), l.exporter());
                String b = economy.getOrDefault(l.importer(), l.importer());
                total.merge(a, 0.0, Double::sum);
                total.merge(b, 0.0, Double::sum);
                if (!a.equals(b)) {
                    total.merge(a, l.valueUsd(), Double::sum);
                    total.merge(b, l.valueUsd(), Double::sum);
                }
            }
            List<String> ranked = new ArrayList<>(total.keySet());
            ranked.sort(Comparator.<String>comparingDouble(id -> -total.get(id)).thenComparing(id -> id));
            if (ranked.size() > spec.restOfWorld()) {
                Set<String> rest = new TreeSet<>(ranked.subList(spec.restOfWorld(), ranked.size()));
                for (String id : present) {
                    if (rest.contains(economy.getOrDefault(id, id))) {
                        economy.put(id, NetworkSpec.REST_OF_WORLD);
                    }
                }
                known.put(NetworkSpec.REST_OF_WORLD, new Country(NetworkSpec.REST_OF_WORLD, "", "Rest of the world ("
                        + rest.size() + " economies)", "", "", Country.Kind.CUSTOM));
                notes.add("rest of the world: the " + spec.restOfWorld() + " largest economies by total trade kept, the other "
                        + rest.size() + " merged into " + NetworkSpec.REST_OF_WORLD);
            }
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, String[]> pairs = new HashMap<>();
        long merged = 0;
        double mergedValue = 0;
        for (TradeLink l : links) {
            String a = economy.getOrDefault(l.exporter(), l.exporter());
            String b = economy.getOrDefault(l.importer(), l.importer());
            if (!spec.directed() && a.compareTo(b) > 0) {
                String x = a;
                a = b;
                b = x;
            }
            if (a.equals(b) && !l.exporter().equals(l.importer())) {
                merged++;
                mergedValue += l.valueUsd();
                if (!spec.selfLoops()) {
                    continue;
                }
            }
            String key = a + "\u0000" + b;
            pairs.putIfAbsent(key, new String[] {a, b});
            double[] acc = sums.computeIfAbsent(key, k -> new double[] {0, 0, 0, 0});
            acc[0] += l.valueUsd();
            if (Double.isNaN(l.quantityTonnes())) {
                acc[3] = 1;
            } else {
                acc[1] += l.quantityTonnes();
            }
            acc[2] += l.productFlows();
        }
        if (merged > 0) {
            notes.add(merged + " links between members of one economy (USD " + LinkAggregator.usd(mergedValue) + ") became its home "
                    + "sales (self-flows): " + (spec.selfLoops() ? "kept as self-loops, which the shock model uses as domestic "
                    + "sales and network measures leave out" : "left out of the network (network measures leave self-flows out)"));
        }
        List<TradeLink> out = new ArrayList<>(sums.size());
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            String[] p = pairs.get(e.getKey());
            double[] acc = e.getValue();
            out.add(new TradeLink(p[0], p[1], acc[0], acc[3] > 0 ? Double.NaN : acc[1], (int) acc[2], 0.0));
        }
        return new Merged(out, new MergedEconomies(economy, links));
    }
}
