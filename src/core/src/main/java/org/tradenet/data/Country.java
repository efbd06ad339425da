package org.tradenet.data;

import java.util.Objects;

/**
 * A node of a trade network: a country, a territory, or a custom region.
 *
 * @param id        the canonical id: ISO3 for countries (TWN for Taiwan, whatever the source's
 *                  spelling), tradenet's own {@code X…} ids for Comtrade's special areas, the
 *                  id as given for custom regions and generic graph nodes
 * @param iso2      ISO2 code, empty where none
 * @param name      a readable name
 * @param region    UN M49 region (Africa, Americas, Asia, Europe, Oceania); empty when unknown
 * @param subregion UN M49 sub-region; empty when unknown
 * @param kind      what the node is
 */
public record Country(String id, String iso2, String name, String region, String subregion, Kind kind) {

    /** What a node stands for. */
    public enum Kind {
        /** A country or territory with an ISO code. */
        COUNTRY,
        /** An entity that no longer exists (USSR, Czechoslovakia, ...). */
        HISTORICAL,
        /** A statistical area that is not a country: "areas nes", bunkers, free zones. */
        SPECIAL,
        /** Comtrade's World total (partner 0): never a trade partner. */
        WORLD,
        /** An id the registry does not know (EU27, ROW, a firm, a graph node). */
        CUSTOM
    }

    /**
     * Checks the components.
     *
     * @param id        the canonical id: ISO3 for countries (TWN for Taiwan, whatever the source's
     *                  spelling), tradenet's own {@code X…} ids for Comtrade's special areas, the id as
     *                  given for custom regions and generic graph nodes
     * @param iso2      ISO2 code, empty where none
     * @param name      a readable name
     * @param region    UN M49 region (Africa, Americas, Asia, Europe, Oceania); empty when unknown
     * @param subregion UN M49 sub-region; empty when unknown
     * @param kind      what the node is
     */
    public Country {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a country id must not be blank");
        }
        iso2 = iso2 == null ? "" : iso2;
        name = name == null || name.isBlank() ? id : name;
        region = region == null ? "" : region;
        subregion = subregion == null ? "" : subregion;
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * {@return a node for an id that no registry knows; its name is the id and its region unknown}
     *
     * @param id the node id as the data gives it
     */
    public static Country custom(String id) {
        return new Country(id, "", id, "", "", Kind.CUSTOM);
    }

    /** {@return true for countries and territories with ISO codes (not areas, totals or custom ids)} */
    public boolean isCountry() {
        return kind == Kind.COUNTRY || kind == Kind.HISTORICAL;
    }
}
