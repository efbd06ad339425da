package org.tradenet.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link NetworkSpec#aggregate()} and {@link NetworkSpec#restOfWorld()} merged: the economy
 * each merged country became part of, and the country-to-country links before the merge. With
 * them, what is given per country, such as base tariff lines, can be carried over to the merged
 * economies, weighted by the countries' own trade. Immutable.
 *
 * @param economyOf    the economy (group name, or {@link NetworkSpec#REST_OF_WORLD}) of each merged
 *                     country in the data; countries kept as they are do not appear
 * @param countryLinks the links between countries before the merge, exporter → importer, trade
 *                     value in USD (self-flows included when the data has them)
 */
public record MergedEconomies(Map<String, String> economyOf, List<TradeLink> countryLinks) {

    /**
     * Copies what it is given, so the record stays immutable.
     *
     * @param economyOf    the economy of each merged country
     * @param countryLinks the links before the merge
     */
    public MergedEconomies {
        economyOf = Collections.unmodifiableMap(new TreeMap<>(economyOf));
        countryLinks = List.copyOf(countryLinks);
    }

    /**
     * {@return the economy a country is part of: its group's name, {@code ROW}, or the country itself when it was not merged}
     *
     * @param country a country id of the data before the merge
     */
    public String economy(String country) {
        return economyOf.getOrDefault(country, country);
    }

    /**
     * {@return the merged countries of each merged economy, economies and members in id order}
     */
    public Map<String, List<String>> members() {
        Map<String, List<String>> m = new TreeMap<>();
        economyOf.forEach((country, economy) -> m.computeIfAbsent(economy, k -> new ArrayList<>()).add(country));
        m.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(m);
    }
}
