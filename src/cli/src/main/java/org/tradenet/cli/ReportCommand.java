package org.tradenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.tradenet.community.CommunityProfile;
import org.tradenet.community.Leiden;
import org.tradenet.community.LeidenParameters;
import org.tradenet.community.Partition;
import org.tradenet.data.Dataset;
import org.tradenet.data.Flow;
import org.tradenet.data.FlowTable;
import org.tradenet.data.ProductCatalog;
import org.tradenet.data.ProductGroup;
import org.tradenet.metrics.NetworkSummary;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.AtomicFiles;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.html.Charts;
import org.tradenet.report.html.Grouping;
import org.tradenet.report.html.NetworkLayout;
import org.tradenet.report.html.NetworkPage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradenet report}: one self-contained HTML page of a network (summary tables, the
 * network drawn by UN region, charts, sortable tables).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML page of a network: summary tables, the network drawn with countries coloured "
                + "by UN region, charts of exporters, balances and concentration, two product groups (or the first and last "
                + "year) side by side, a chart per year for multi-year data, and a sortable table of every country.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    NetworkOptions network;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "The page to write (default: reports/NETWORK.html); - is standard output.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the layout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Countries in the top lists (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--group", paramLabel = "BY",
            description = "Colour nodes by region or subregion (UN M49), or by community (directed Leiden, seeded by "
                    + "--seed) (default: region for trade data, community for a generic graph, whose nodes have no region).")
    String group;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (top < 1) {
            throw new UserException(ExitCodes.USAGE, "--top must be at least 1, was " + top);
        }
        if (group != null && !List.of("region", "subregion", "community").contains(group)) {
            throw new UserException(ExitCodes.USAGE, "--group must be region, subregion or community, was '" + group + "'");
        }
        PrintWriter err = spec.commandLine().getErr();
        FlowTable table = network.readFlows(err);
        NetworkSpec netSpec = network.spec();
        String name = network.dataset().map(Dataset::name).orElse(network.network);
        TradeNetwork net = TradeNetwork.build(name, table, netSpec);
        if (net.nodeCount() == 0) {
            throw new UserException(ExitCodes.BAD_INPUT, name + ": no links left to draw");
        }
        NetworkLayout.Parameters lp = NetworkLayout.Parameters.defaults().withSeed(seed);
        NetworkLayout layout = NetworkLayout.of(net, lp);
        String by = group != null ? group : net.countryIds() ? "region" : "community";
        Grouping groups = switch (by) {
            case "region" -> Grouping.byRegion(net);
            case "subregion" -> Grouping.bySubregion(net);
            default -> byCommunity(net, seed);
        };
        // in reading order (Map.of would give a different order from run to run)
        Map<String, String> drawn = new LinkedHashMap<>();
        drawn.put("colours", by.equals("community") ? "directed " + COMMUNITY_COLOURS + " (directed modularity, resolution "
                + LeidenParameters.defaults().resolution() + ", seed " + seed + ")" : groups.title());
        drawn.put("layout", "Fruchterman-Reingold on each " + (net.countryIds() ? "country" : "node") + "'s " + lp.partners()
                + " largest partners, " + lp.iterations() + " iterations");
        drawn.put("seed", String.valueOf(seed));
        ReportHeader header = ReportHeaders.of((net.countryIds() ? "Trade network: " : "Network: ") + name, network, net, drawn);
        Set<Integer> years = new TreeSet<>(netSpec.years().isEmpty() ? table.years() : netSpec.years());
        years.remove(0);
        Optional<NetworkPage.Pair> pair;
        Optional<NetworkPage.Timeline> timeline = Optional.empty();
        String caveat = network.dataset().map(Dataset::caveat).orElse("");
        if (years.size() >= 3) {
            int first = years.iterator().next();
            int last = ((TreeSet<Integer>) years).last();
            pair = Optional.of(new NetworkPage.Pair("First and last year", "The network in " + first + " and in " + last + ".",
                    TradeNetwork.build(name, table, netSpec.withYears(Set.of(first))), String.valueOf(first),
                    TradeNetwork.build(name, table, netSpec.withYears(Set.of(last))), String.valueOf(last)));
            timeline = Optional.of(timeline(table, netSpec, net, years, caveat));
        } else {
            pair = productPair(name, table, netSpec);
        }
        String html = NetworkPage.render(header, NetworkSummary.of(net, top), net, groups, layout, pair, timeline);
        Path target = out != null ? out : Path.of("reports", name.replaceAll("[^A-Za-z0-9._-]", "_") + ".html");
        if (StandardOutput.means(out)) {
            spec.commandLine().getOut().print(html);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.writeString(target, html);
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, target + ": cannot write: " + e.getMessage());
        }
        err.println("wrote " + target + " (" + html.length() / 1024 + " KB)");
        err.flush();
        return ExitCodes.OK;
    }

    /** What community colours are called in drawings and legends. */
    static final String COMMUNITY_COLOURS = "Leiden community";

    /**
     * Nodes grouped by directed Leiden communities (default parameters, the layout's seed), each
     * labelled by its largest members by strength (out + in, {@link CommunityProfile}) and its size.
     */
    static Grouping byCommunity(TradeNetwork net, long seed) {
        CompactGraph g = net.compact();
        Partition part = new Leiden(LeidenParameters.defaults().withSeed(seed)).detect(g).partition();
        String[] keys = new String[net.nodeCount()];
        for (CommunityProfile c : CommunityProfile.of(g, part)) {
            List<String> top = new ArrayList<>();
            for (int i : c.largestMembers()) {
                top.add(net.country(i).id());
            }
            String label = String.join(", ", top) + (c.size() > top.size() ? ", ..." : "") + " (" + c.size() + ")";
            for (int i : c.members()) {
                keys[i] = label;
            }
        }
        return Grouping.ofKeys(COMMUNITY_COLOURS, keys);
    }

    /** Two product groups of the standard catalogue that both have flows, else the two largest HS6 codes. */
    private static Optional<NetworkPage.Pair> productPair(String name, FlowTable table, NetworkSpec netSpec) {
        Map<String, Double> byCode = new HashMap<>();
        for (Flow f : table.flows()) {
            if (netSpec.products().isEmpty() || netSpec.products().contains(f.hs6())) {
                byCode.merge(f.hs6(), f.valueUsd(), Double::sum);
            }
        }
        Map<String, Set<String>> sides = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (ProductGroup g : ProductCatalog.standard().groups()) {
            if (g.name().equals("rare-earth-compounds") || g.name().equals("rare-earth-metals")) {
                Set<String> codes = new TreeSet<>(g.codes());
                codes.retainAll(byCode.keySet());
                if (!codes.isEmpty()) {
                    sides.put(g.name(), codes);
                    titles.put(g.name(), g.description());
                }
            }
        }
        if (sides.size() < 2) {
            sides.clear();
            titles.clear();
            List<String> codes = new ArrayList<>(byCode.keySet());
            codes.removeIf(String::isEmpty);
            codes.sort(Comparator.<String>comparingDouble(c -> -byCode.get(c)).thenComparing(c -> c));
            for (String c : codes.subList(0, Math.min(2, codes.size()))) {
                sides.put(c, Set.of(c));
                titles.put(c, "HS " + c);
            }
        }
        if (sides.size() < 2) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>(sides.keySet());
        TradeNetwork a = TradeNetwork.build(name, table, netSpec.withProducts(sides.get(keys.get(0))));
        TradeNetwork b = TradeNetwork.build(name, table, netSpec.withProducts(sides.get(keys.get(1))));
        return Optional.of(new NetworkPage.Pair("Two product groups", "Trade in " + titles.get(keys.get(0)) + " (HS "
                + String.join(", ", sides.get(keys.get(0))) + ") and in " + titles.get(keys.get(1)) + " (HS "
                + String.join(", ", sides.get(keys.get(1))) + ").", a, shortTitle(titles.get(keys.get(0))), b,
                shortTitle(titles.get(keys.get(1)))));
    }

    private static String shortTitle(String s) {
        return s.length() > 48 ? s.substring(0, 47) + "\u2026" : s;
    }

    /** Exports per year of the five largest exporters over all years, and of all others, USD million. */
    private static NetworkPage.Timeline timeline(FlowTable table, NetworkSpec netSpec, TradeNetwork net, Set<Integer> years,
                                                 String caveat) {
        NetworkSummary overall = NetworkSummary.of(net, 5);
        List<String> topIds = overall.topExporters().stream().map(NetworkSummary.Trader::id).toList();
        Map<String, TreeMap<Integer, Double>> series = new LinkedHashMap<>();
        for (String id : topIds) {
            series.put(id, new TreeMap<>());
        }
        series.put("others", new TreeMap<>());
        for (int y : years) {
            TradeNetwork yearNet = TradeNetwork.build(net.name(), table, netSpec.withYears(Set.of(y)));
            double[] perExporter = new double[yearNet.nodeCount()];
            yearNet.links().forEach(l -> perExporter[yearNet.indexOf(l.exporter()).orElseThrow()] += l.isSelfLoop() ? 0 : l.valueUsd());
            double others = 0;
            for (int i = 0; i < perExporter.length; i++) {
                String id = yearNet.country(i).id();
                if (topIds.contains(id)) {
                    series.get(id).merge(y, perExporter[i] / 1e6, Double::sum);
                } else {
                    others += perExporter[i] / 1e6;
                }
            }
            series.get("others").put(y, others);
        }
        List<Charts.Line> lines = new ArrayList<>();
        double[] xs = years.stream().mapToDouble(Integer::doubleValue).toArray();
        for (Map.Entry<String, TreeMap<Integer, Double>> e : series.entrySet()) {
            double[] ys = new double[xs.length];
            int k = 0;
            for (int y : years) {
                ys[k++] = e.getValue().getOrDefault(y, 0.0);
            }
            String label = e.getKey().equals("others") ? "all other exporters"
                    : net.indexOf(e.getKey()).map(i -> net.country(i).name()).orElse(e.getKey());
            lines.add(new Charts.Line(label, xs, ys));
        }
        return new NetworkPage.Timeline("Exports per year", "exports, USD million", lines,
                "Exports per year of the five largest exporters over the whole period, and of all others, USD million."
                        + (caveat.isEmpty() ? "" : " " + caveat));
    }
}
