package org.tradenet.chain;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.tradenet.network.TradeNetwork;

/**
 * One tier of a {@link ValueChain}: a product stage (mining, separation, magnets) with its
 * trade network (edges exporter → importer, weights in the tier's unit) and, where known, what
 * each country makes of it. Immutable.
 */
public final class ChainTier {

    private final String name;
    private final String inputs;
    private final double inputCostShare;
    private final String unit;
    private final int year;
    private final String source;
    private final TradeNetwork trade;
    private final Map<String, Double> production;
    private final String productionSource;
    private final List<String> notes;

    /**
     * @param name             the tier's name, unique in its chain
     * @param inputs           the tier it takes its inputs from (the one before it), or null for the first
     * @param inputCostShare   share of the inputs in the tier's supply price, in [0, 1]
     * @param unit             unit of trade and production weights ("USD", "tonnes REO")
     * @param year             the year of the tier's data; 0 when not stated
     * @param source           where the tier's data come from and its year, as reports print it
     * @param trade            the tier's trade network, or null for a tier without trade (mining)
     * @param production       what each country makes of the tier, in {@code unit}; empty when unknown
     * @param productionSource where the production figures come from and how they were converted
     * @param notes            what loading the tier left out or assumed
     */
    public ChainTier(String name, String inputs, double inputCostShare, String unit, int year, String source, TradeNetwork trade,
                     Map<String, Double> production, String productionSource, List<String> notes) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a tier needs a name");
        }
        if (!(inputCostShare >= 0 && inputCostShare <= 1)) {
            throw new IllegalArgumentException("tier " + name + ": inputCostShare must be in [0, 1], was " + inputCostShare);
        }
        if (trade != null && !trade.directed()) {
            throw new IllegalArgumentException("tier " + name + ": the trade network must be directed (exporter → importer)");
        }
        for (Map.Entry<String, Double> e : production.entrySet()) {
            if (!(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
                throw new IllegalArgumentException("tier " + name + ": production of " + e.getKey()
                        + " must be finite and >= 0, was " + e.getValue());
            }
        }
        this.name = name;
        this.inputs = inputs;
        this.inputCostShare = inputCostShare;
        this.unit = unit;
        this.year = year;
        this.source = source;
        this.trade = trade;
        this.production = Collections.unmodifiableMap(new TreeMap<>(production));
        this.productionSource = productionSource;
        this.notes = List.copyOf(notes);
    }

    /** {@return the tier's name} */
    public String name() {
        return name;
    }

    /** {@return the tier it takes its inputs from; empty for the first tier} */
    public Optional<String> inputs() {
        return Optional.ofNullable(inputs);
    }

    /** {@return share of the inputs in the tier's supply price, in [0, 1]} */
    public double inputCostShare() {
        return inputCostShare;
    }

    /** {@return unit of trade and production weights} */
    public String unit() {
        return unit;
    }

    /** {@return the year of the tier's data; 0 when not stated} */
    public int year() {
        return year;
    }

    /** {@return where the data come from, and the year} */
    public String source() {
        return source;
    }

    /** {@return the trade network; empty for a tier without trade} */
    public Optional<TradeNetwork> trade() {
        return Optional.ofNullable(trade);
    }

    /** {@return production by country id in {@link #unit()}; empty when the tier has no production data} */
    public Map<String, Double> production() {
        return production;
    }

    /** {@return where the production figures come from and how they were converted; empty string without production} */
    public String productionSource() {
        return productionSource;
    }

    /** {@return what loading the tier left out or assumed} */
    public List<String> notes() {
        return notes;
    }
}
