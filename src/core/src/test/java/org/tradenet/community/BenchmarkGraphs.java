package org.tradenet.community;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tradenet.network.CompactGraph;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

/** The benchmark graphs of {@code test-fixtures/benchmarks}, read with tradenet's generic edge list. */
final class BenchmarkGraphs {

    static final Path DIR = Path.of("test-fixtures", "benchmarks");

    private BenchmarkGraphs() {
    }

    /** A benchmark as a network: directed or not, self-loops kept (polblogs has three). */
    static TradeNetwork network(String name, boolean directed) {
        try {
            return TradeNetwork.load(DIR.resolve(name + ".edges.csv").toString(),
                    NetworkSpec.defaults().withDirected(directed).withSelfLoops(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompactGraph karateUnweighted() {
        return network("karate", false).compact().unweighted();
    }

    static CompactGraph karateWeighted() {
        return network("karate", false).compact();
    }

    static CompactGraph football() {
        return network("football", false).compact();
    }

    static CompactGraph lfr(String mu) {
        return network("lfr1000_mu" + mu, false).compact();
    }

    static CompactGraph polblogs() {
        return network("polblogs", true).compact();
    }

    static CompactGraph celegans() {
        return network("celegansneural", true).compact();
    }

    /**
     * A node attribute (ground truth) as a partition of the network's nodes; nodes of the
     * file that have no link (and so are not in the network) are left out.
     */
    static Partition truth(TradeNetwork net, String name, String column) {
        Map<String, String> byId = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(DIR.resolve(name + ".nodes.csv"));
            List<String> header = List.of(lines.get(0).split(","));
            int col = header.indexOf(column);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                byId.put(f[0], f[col]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> ids = new HashMap<>();
        int[] labels = new int[net.nodeCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = ids.computeIfAbsent(byId.get(net.country(i).id()), k -> ids.size());
        }
        return Partition.of(labels);
    }
}
