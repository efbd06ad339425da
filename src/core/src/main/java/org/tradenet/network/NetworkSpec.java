package org.tradenet.network;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tradenet.data.CountryGroups;

/**
 * How to build a {@link TradeNetwork} from flows. Immutable; {@code withX} returns a copy.
 *
 * @param years                  years to keep; empty keeps all (and sums them)
 * @param products               HS6 codes to keep; empty keeps all (and sums them)
 * @param minValueUsd            links worth less than this (after summing) are left out
 * @param topPartners            when positive, keep a link only if it is among its exporter's
 *                               {@code topPartners} largest destinations or its importer's
 *                               largest sources (by value); 0 keeps all
 * @param selfLoops              keep domestic flows (exporter = importer) as self-loops; the
 *                               shock model needs them, network measures usually not
 * @param weight                 what edge weights mean
 * @param directed               false reads the links as undirected (generic graphs): both
 *                               directions of a pair are summed into one edge
 * @param includeNonCountryAreas keep Comtrade's non-country partners (areas nes, bunkers)
 * @param aggregate              country groups merged each into one economy named after the group
 *                               (EU27, ...): flows between members become its home sales (a
 *                               self-flow, kept only with {@code selfLoops}); empty merges none
 * @param restOfWorld            when positive, keep the K largest economies by total trade
 *                               (exports plus imports, after {@code aggregate}) and merge the rest
 *                               into {@code ROW}; 0 keeps all
 * @param groups                 where the group names come from; null means
 *                               {@link CountryGroups#standard()} ({@code networks/groups.csv})
 */
public record NetworkSpec(Set<Integer> years, Set<String> products, double minValueUsd, int topPartners,
                          boolean selfLoops, WeightKind weight, boolean directed, boolean includeNonCountryAreas,
                          List<String> aggregate, int restOfWorld, CountryGroups groups) {

    /** The id of the economy that {@link #restOfWorld} merges the smaller ones into. */
    public static final String REST_OF_WORLD = "ROW";

    /**
     * Checks the components and copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param years                  years to keep; empty keeps all (and sums them)
     * @param products               HS6 codes to keep; empty keeps all (and sums them)
     * @param minValueUsd            links worth less than this (after summing) are left out
     * @param topPartners            when positive, keep a link only if it is among its exporter's {@code
     *                               topPartners} largest destinations or its importer's largest sources (by
     *                               value); 0 keeps all
     * @param selfLoops              keep domestic flows (exporter = importer) as self-loops; the shock model
     *                               needs them, network measures usually not
     * @param weight                 what edge weights mean
     * @param directed               false reads the links as undirected (generic graphs): both directions of
     *                               a pair are summed into one edge
     * @param includeNonCountryAreas keep Comtrade's non-country partners (areas nes, bunkers)
     * @param aggregate              country groups merged each into one economy named after the group;
     *                               empty merges none
     * @param restOfWorld            when positive, keep the K largest economies by total trade (exports
     *                               plus imports, after {@code aggregate}) and merge the rest into
     *                               {@code ROW}; 0 keeps all
     * @param groups                 where the group names come from; null means
     *                               {@link CountryGroups#standard()}
     * @throws IllegalArgumentException when {@code minValueUsd} is negative or not finite, or
     *                                  {@code topPartners} or {@code restOfWorld} is negative
     */
    public NetworkSpec {
        years = Set.copyOf(years);
        products = Set.copyOf(products);
        if (!(minValueUsd >= 0) || Double.isInfinite(minValueUsd)) {
            throw new IllegalArgumentException("minimum value must be a finite non-negative number of USD, was " + minValueUsd);
        }
        if (topPartners < 0) {
            throw new IllegalArgumentException("top partners must be 0 (all) or positive, was " + topPartners);
        }
        Objects.requireNonNull(weight, "weight");
        aggregate = List.copyOf(aggregate);
        if (restOfWorld < 0) {
            throw new IllegalArgumentException("rest of world keeps K > 0 economies (0 = off), was " + restOfWorld);
        }
    }

    /** {@return the groups {@link #aggregate} names are looked up in: {@link #groups}, or the standard ones when null} */
    public CountryGroups groupsOrStandard() {
        return groups == null ? CountryGroups.standard() : groups;
    }

    /**
     * {@return a copy that merges each of these groups into one economy named after it}
     *
     * @param g group names; empty merges none
     */
    public NetworkSpec withAggregate(List<String> g) {
        return new NetworkSpec(years, products, minValueUsd, topPartners, selfLoops, weight, directed, includeNonCountryAreas,
                g, restOfWorld, groups);
    }

    /**
     * {@return a copy that keeps the {@code k} largest economies by total trade and merges the rest into {@code ROW}}
     *
     * @param k how many economies to keep; 0 keeps all
     */
    public NetworkSpec withRestOfWorld(int k) {
        return new NetworkSpec(years, products, minValueUsd, topPartners, selfLoops, weight, directed, includeNonCountryAreas,
                aggregate, k, groups);
    }

    /**
     * {@return a copy that looks group names up in {@code g}}
     *
     * @param g the groups; null for the standard ones
     */
    public NetworkSpec withGroups(CountryGroups g) {
        return new NetworkSpec(years, products, minValueUsd, topPartners, selfLoops, weight, directed, includeNonCountryAreas,
                aggregate, restOfWorld, g);
    }

    /**
     * {@return all years and products, no threshold, no self-loops, value weights, directed, countries only}
     */
    public static NetworkSpec defaults() {
        return new NetworkSpec(Set.of(), Set.of(), 0.0, 0, false, WeightKind.VALUE, true, false, List.of(), 0, null);
    }

    /**
     * {@return a copy with {@code years} replaced, the other settings unchanged}
     *
     * @param y years to keep; empty keeps all (and sums them)
     */
    public NetworkSpec withYears(Set<Integer> y) {
        return new NetworkSpec(y, products, minValueUsd, topPartners, selfLoops, weight, directed, includeNonCountryAreas,
                aggregate, restOfWorld, groups);
    }

    /**
     * {@return a copy with {@code products} replaced, the other settings unchanged}
     *
     * @param p HS6 codes to keep; empty keeps all (and sums them)
     */
    public NetworkSpec withProducts(Set<String> p) {
        return new NetworkSpec(years, p, minValueUsd, topPartners, selfLoops, weight, directed, includeNonCountryAreas,
                aggregate, restOfWorld, groups);
    }

    /**
     * {@return a copy with {@code minValueUsd} replaced, the other settings unchanged}
     *
     * @param v links worth less than this (after summing) are left out
     */
    public NetworkSpec withMinValueUsd(double v) {
        return new NetworkSpec(years, products, v, topPartners, selfLoops, weight, directed, includeNonCountryAreas,
                aggregate, restOfWorld, groups);
    }

    /**
     * {@return a copy with {@code topPartners} replaced, the other settings unchanged}
     *
     * @param k when positive, keep a link only if it is among its exporter's {@code topPartners} largest
     *          destinations or its importer's largest sources (by value); 0 keeps all
     */
    public NetworkSpec withTopPartners(int k) {
        return new NetworkSpec(years, products, minValueUsd, k, selfLoops, weight, directed, includeNonCountryAreas,
                aggregate, restOfWorld, groups);
    }

    /**
     * {@return a copy with {@code selfLoops} replaced, the other settings unchanged}
     *
     * @param s keep domestic flows (exporter = importer) as self-loops; the shock model needs them, network
     *          measures usually not
     */
    public NetworkSpec withSelfLoops(boolean s) {
        return new NetworkSpec(years, products, minValueUsd, topPartners, s, weight, directed, includeNonCountryAreas,
                aggregate, restOfWorld, groups);
    }

    /**
     * {@return a copy with {@code weight} replaced, the other settings unchanged}
     *
     * @param w what edge weights mean
     */
    public NetworkSpec withWeight(WeightKind w) {
        return new NetworkSpec(years, products, minValueUsd, topPartners, selfLoops, w, directed, includeNonCountryAreas,
                aggregate, restOfWorld, groups);
    }

    /**
     * {@return a copy with {@code directed} replaced, the other settings unchanged}
     *
     * @param d false reads the links as undirected (generic graphs): both directions of a pair are summed
     *          into one edge
     */
    public NetworkSpec withDirected(boolean d) {
        return new NetworkSpec(years, products, minValueUsd, topPartners, selfLoops, weight, d, includeNonCountryAreas,
                aggregate, restOfWorld, groups);
    }

    /**
     * {@return a copy that keeps or leaves out the trade of areas that are not countries, the other
     * settings unchanged}
     *
     * @param include true to keep non-country areas (for instance "Other Asia, nes") as nodes
     */
    public NetworkSpec withNonCountryAreas(boolean include) {
        return new NetworkSpec(years, products, minValueUsd, topPartners, selfLoops, weight, directed, include,
                aggregate, restOfWorld, groups);
    }
}
