package org.tradenet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeNetwork;

/**
 * The graphs the JMH benchmarks run on, by name; each is built from a fixed seed.
 *
 * <ul>
 * <li>{@code rare-earths}: the shipped 117-country network (directed, USD);</li>
 * <li>{@code trade200}: {@link SyntheticTrade} of 200 countries × 5,000 products, aggregated
 *     (directed, USD);</li>
 * <li>{@code directed20k}: {@link SyntheticGraphs#directedWeighted} with 20,000 nodes and
 *     200,000 arcs, the size the metrics issue asked for;</li>
 * <li>{@code planted40k}: {@link SyntheticGraphs#planted} with 40,000 nodes and 180,000 edges,
 *     μ = 0.3, communities of 20–500 nodes (undirected, unweighted), for Leiden.</li>
 * </ul>
 */
public final class BenchGraphs {

    private BenchGraphs() {
    }

    /** The graph called {@code name}. */
    public static CompactGraph get(String name) {
        return switch (name) {
            case "rare-earths" -> rareEarths();
            case "trade200" -> SyntheticTrade.generate(200, 5000, Compare.SEED).graph();
            case "directed20k" -> SyntheticGraphs.directedWeighted(20_000, 200_000, Compare.SEED);
            case "planted40k" -> SyntheticGraphs.planted(40_000, 180_000, 0.3, 20, 500, Compare.SEED);
            default -> throw new IllegalArgumentException("unknown benchmark graph " + name);
        };
    }

    private static CompactGraph rareEarths() {
        try {
            return TradeNetwork.load("rare-earths").compact();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
