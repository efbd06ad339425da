package org.tradenet.community;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.tradenet.network.TradeNetwork;

/** Reference values made by {@code test-fixtures/community/make_fixtures.py}. */
final class Fixtures {

    static final Path DIR = Path.of("test-fixtures", "community");

    private Fixtures() {
    }

    static JsonNode read(String file) {
        try {
            return new ObjectMapper().readTree(DIR.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A saved partition (node id → label) as a Partition of the network's nodes. */
    static Partition partition(TradeNetwork net, String name) {
        JsonNode p = read("partitions.json").get(name);
        if (p == null) {
            throw new IllegalArgumentException("no saved partition " + name);
        }
        Map<String, Integer> ids = new HashMap<>();
        int[] labels = new int[net.nodeCount()];
        for (int i = 0; i < labels.length; i++) {
            JsonNode label = p.get(net.country(i).id());
            if (label == null) {
                throw new IllegalArgumentException(name + " has no label for " + net.country(i).id());
            }
            labels[i] = ids.computeIfAbsent(label.asText(), k -> ids.size());
        }
        return Partition.of(labels);
    }
}
