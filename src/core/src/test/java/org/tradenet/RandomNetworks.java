package org.tradenet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.tradenet.data.Country;
import org.tradenet.data.Flow;
import org.tradenet.data.FlowTable;
import org.tradenet.data.InputFormat;
import org.tradenet.data.ReadReport;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

/** Random trade networks for property tests: values as a matrix, countries named as the caller says. */
public final class RandomNetworks {

    private RandomNetworks() {
    }

    /**
     * A value matrix: each ordered pair of distinct countries trades with probability
     * {@code density}, a whole number of USD in 1..20 (so that ties occur); the diagonal holds
     * domestic sales (1..20) with probability {@code domestic}.
     */
    public static double[][] values(Random rnd, int n, double density, double domestic) {
        double[][] v = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double p = r == c ? domestic : density;
                v[r][c] = rnd.nextDouble() < p ? 1 + rnd.nextInt(20) : 0.0;
            }
        }
        return v;
    }

    /** Ids {@code C00, C01, ...}. */
    public static String[] ids(int n) {
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = String.format("C%02d", i);
        }
        return ids;
    }

    /** A random permutation of 0..n-1. */
    public static int[] permutation(Random rnd, int n) {
        List<Integer> p = new ArrayList<>(java.util.stream.IntStream.range(0, n).boxed().toList());
        java.util.Collections.shuffle(p, rnd);
        return p.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The network of flows {@code values[r][c]} from {@code ids[r]} to {@code ids[c]} (custom ids), built with {@code spec}. */
    public static TradeNetwork network(String name, String[] ids, double[][] values, NetworkSpec spec) {
        // Nodes and flows in the order of their ids, so that renaming the countries reorders the nodes.
        Map<String, Country> nodes = new TreeMap<>();
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            nodes.put(ids[i], Country.custom(ids[i]));
            index.put(ids[i], i);
        }
        List<Flow> flows = new ArrayList<>();
        for (int r : index.values()) {
            for (int c : index.values()) {
                if (values[r][c] > 0) {
                    flows.add(new Flow(ids[r], ids[c], "", 0, values[r][c], Double.NaN, Flow.Side.SINGLE, flows.size() + 2));
                }
            }
        }
        ReadReport report = new ReadReport(name, InputFormat.EDGES, flows.size(), flows.size(), List.of(), List.of(), null);
        return TradeNetwork.build(name, new FlowTable(flows, nodes, false, report), spec);
    }
}
