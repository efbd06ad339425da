package org.tradenet.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries by ISO3, ISO2 and BACI/Comtrade numeric code.
 *
 * <p>The standard registry is {@code networks/countries.csv}, built from the CEPII BACI
 * country table joined with UN M49 regions (see {@code networks/README.md}). It knows the
 * codes where BACI and Comtrade differ from ISO numeric (842 USA, 251 France, 699 India, 757
 * Switzerland, 579 Norway), reads 490 ("Other Asia, nes") as Taiwan under the id TWN with
 * S19 as an alias, maps Comtrade's non-country partners (899 areas nes, 837 bunkers, ...)
 * to {@link Country.Kind#SPECIAL} nodes and partner 0 to {@link Country.Kind#WORLD}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CountryRegistry {

    private static final String STANDARD_RESOURCE = "/org/tradenet/networks/countries.csv";
    private static volatile CountryRegistry standard;

    private final Map<String, Country> byId;
    private final Map<String, Country> byAlpha;
    private final Map<Integer, Country> byCode;
    private final Country[] smallCodes;

    private CountryRegistry(Map<String, Country> byId, Map<String, Country> byAlpha, Map<Integer, Country> byCode) {
        this.byId = Collections.unmodifiableMap(byId);
        this.byAlpha = Collections.unmodifiableMap(byAlpha);
        this.byCode = Collections.unmodifiableMap(byCode);
        this.smallCodes = new Country[1000];
        byCode.forEach((code, c) -> {
            if (code >= 0 && code < smallCodes.length) {
                smallCodes[code] = c;
            }
        });
    }

    /** {@return the registry shipped with tradenet ({@code networks/countries.csv}), loaded once} */
    public static CountryRegistry standard() {
        CountryRegistry r = standard;
        if (r == null) {
            synchronized (CountryRegistry.class) {
                r = standard;
                if (r == null) {
                    InputStream in = CountryRegistry.class.getResourceAsStream(STANDARD_RESOURCE);
                    if (in == null) {
                        throw new IllegalStateException("country table " + STANDARD_RESOURCE + " is missing from the class path");
                    }
                    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        r = read(reader, "networks/countries.csv");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = r;
                }
            }
        }
        return r;
    }

    /**
     * Reads a registry in the layout of {@code networks/countries.csv}: {@code code, id, iso2, name,
     * region, subregion, kind, aliases, note}, one row per numeric code.
     *
     * @param reader     the CSV text
     * @param sourceName the name messages use for it
     * @return the registry
     * @throws IOException         when the text cannot be read
     * @throws DataFormatException on a bad row, naming source, line and field
     */
    public static CountryRegistry read(Reader reader, String sourceName) throws IOException {
        Map<String, Country> byId = new LinkedHashMap<>();
        Map<String, Country> byAlpha = new HashMap<>();
        Map<Integer, Country> byCode = new HashMap<>();
        Map<String, Country> historicalOnly = new LinkedHashMap<>();
        try (CsvTable table = CsvTable.open(sourceName, reader)) {
            for (String col : List.of("code", "id", "iso2", "name", "region", "subregion", "kind", "aliases")) {
                if (!table.has(col)) {
                    throw new DataFormatException(sourceName, table.headerLine(), col, "missing column of a country table");
                }
            }
            for (CsvTable.Row row : table) {
                String id = row.get("id");
                Country.Kind kind;
                try {
                    kind = Country.Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw row.error("kind", "'" + row.get("kind") + "' is not a kind (country, historical, special, world)");
                }
                Country c = new Country(id, row.get("iso2"), row.get("name"), row.get("region"), row.get("subregion"), kind);
                int code;
                try {
                    code = Integer.parseInt(row.get("code"));
                } catch (NumberFormatException e) {
                    throw row.error("code", "'" + row.get("code") + "' is not a numeric code");
                }
                if (kind == Country.Kind.HISTORICAL) {
                    historicalOnly.putIfAbsent(id, c);
                } else {
                    byId.putIfAbsent(id, c);
                }
                byCode.put(code, c);
                for (String alias : row.get("aliases").split(";")) {
                    if (!alias.isBlank()) {
                        byAlpha.put(alias.trim().toUpperCase(Locale.ROOT), c);
                    }
                }
            }
        }
        // A code that was replaced (West Germany 280) resolves to its successor's entry.
        for (Map.Entry<Integer, Country> e : byCode.entrySet()) {
            Country current = byId.get(e.getValue().id());
            if (current != null) {
                e.setValue(current);
            }
        }
        historicalOnly.forEach(byId::putIfAbsent);
        for (Country c : byId.values()) {
            byAlpha.putIfAbsent(c.id().toUpperCase(Locale.ROOT), c);
            if (!c.iso2().isEmpty() && c.kind() != Country.Kind.HISTORICAL) {
                byAlpha.putIfAbsent(c.iso2().toUpperCase(Locale.ROOT), c);
            }
        }
        for (Country c : byId.values()) {
            if (!c.iso2().isEmpty()) {
                byAlpha.putIfAbsent(c.iso2().toUpperCase(Locale.ROOT), c);
            }
        }
        // Aliases point at the canonical entry.
        byAlpha.replaceAll((k, v) -> byId.getOrDefault(v.id(), v));
        return new CountryRegistry(byId, byAlpha, byCode);
    }

    /**
     * {@return the entry for a BACI/Comtrade numeric code}
     *
     * @param code the numeric code (UN M49 or the data's own)
     */
    public Optional<Country> byCode(int code) {
        return Optional.ofNullable(code >= 0 && code < smallCodes.length ? smallCodes[code] : byCode.get(code));
    }

    /**
     * {@return the entry for an ISO3 code, an ISO2 code or an alias such as S19 (case-insensitive)}
     *
     * @param code the letter code
     */
    public Optional<Country> byAlpha(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byAlpha.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /**
     * {@return the entry whose canonical id is {@code id}, or a {@link Country#custom custom} node}
     *
     * @param id the node id
     */
    public Country lookupOrCustom(String id) {
        Country c = byId.get(id);
        return c != null ? c : Country.custom(id);
    }

    /** {@return every canonical entry, in table order} */
    public Collection<Country> all() {
        return new ArrayList<>(byId.values());
    }
}
