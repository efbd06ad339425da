package org.tradenet.data;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named HS6 product groups: the built-in groups of the rare-earth value chain plus any the
 * user adds. Immutable; {@link #withGroup} returns a copy.
 *
 * <p>Built-in groups (HS 2017 six-digit codes):
 * <ul>
 * <li>{@code rare-earth-ores}: 253090 (mineral substances nes, where rare-earth concentrates
 *     are declared), 261220 (thorium ores and concentrates, where monazite goes);</li>
 * <li>{@code rare-earth-compounds}: 284610 (cerium compounds), 284690 (other rare-earth
 *     compounds);</li>
 * <li>{@code rare-earth-metals}: 280530 (rare-earth metals, scandium, yttrium);</li>
 * <li>{@code rare-earths}: compounds and metals, the scope of the shipped rare-earth network;</li>
 * <li>{@code magnets}: 850511 (permanent magnets of metal);</li>
 * <li>{@code rare-earth-chain}: all of the above, ores to magnets.</li>
 * </ul>
 */
public final class ProductCatalog {

    private final Map<String, ProductGroup> groups;

    private ProductCatalog(Map<String, ProductGroup> groups) {
        this.groups = Collections.unmodifiableMap(groups);
    }

    /** {@return the catalog with the built-in rare-earth value-chain groups} */
    public static ProductCatalog standard() {
        Map<String, ProductGroup> g = new LinkedHashMap<>();
        put(g, "rare-earth-ores", "Rare-earth ores and concentrates", "253090", "261220");
        put(g, "rare-earth-compounds", "Rare-earth compounds (cerium and other)", "284610", "284690");
        put(g, "rare-earth-metals", "Rare-earth metals, scandium and yttrium", "280530");
        put(g, "rare-earths", "Rare-earth compounds and metals", "280530", "284610", "284690");
        put(g, "magnets", "Permanent magnets of metal", "850511");
        put(g, "rare-earth-chain", "Rare-earth value chain, ores to magnets",
                "253090", "261220", "284610", "284690", "280530", "850511");
        return new ProductCatalog(g);
    }

    private static void put(Map<String, ProductGroup> g, String name, String description, String... codes) {
        g.put(name, new ProductGroup(name, description, new LinkedHashSet<>(Arrays.asList(codes))));
    }

    /**
     * {@return a copy with {@code group} added (replacing a group of the same name)}
     *
     * @param group the group to add
     */
    public ProductCatalog withGroup(ProductGroup group) {
        Map<String, ProductGroup> g = new LinkedHashMap<>(groups);
        g.put(group.name(), group);
        return new ProductCatalog(g);
    }

    /**
     * A copy with the groups of a CSV file {@code group,hs6[,description]} added, one row per code; rows
     * of one group are collected. Bad codes are errors naming file and line.
     *
     * @param file the CSV file
     * @return the copy
     * @throws java.io.IOException when the file cannot be read
     * @throws DataFormatException on a bad code, naming file and line
     */
    public ProductCatalog withGroupsFrom(java.nio.file.Path file) throws java.io.IOException {
        Map<String, java.util.Set<String>> codes = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        try (CsvInput in = CsvInput.open(DataSource.of(file))) {
            int g = in.column("group", "name");
            int h = in.column("hs6", "code");
            int d = in.column("description");
            if (g < 0 || h < 0) {
                throw new DataFormatException(file.toString(), 1, "", "a product-group file has the columns group,hs6[,description]");
            }
            while (true) {
                try {
                    if (!in.next()) {
                        break;
                    }
                    String code = in.text(h);
                    if (!ProductGroup.isHs6(code)) {
                        throw new CsvInput.RowException(in.name(h), "'" + CsvInput.abbreviate(code) + "' is not a six-digit HS code");
                    }
                    String name = in.text(g);
                    codes.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(code);
                    if (d >= 0 && !in.get(d).isEmpty()) {
                        descriptions.putIfAbsent(name, in.get(d));
                    }
                } catch (CsvInput.RowException e) {
                    throw new DataFormatException(file.toString(), in.lineOf(e.field), e.field, e.getMessage());
                }
            }
        }
        ProductCatalog c = this;
        for (Map.Entry<String, java.util.Set<String>> e : codes.entrySet()) {
            c = c.withGroup(new ProductGroup(e.getKey(), descriptions.getOrDefault(e.getKey(), ""), e.getValue()));
        }
        return c;
    }

    /** {@return every group, built-in first} */
    public Collection<ProductGroup> groups() {
        return groups.values();
    }

    /**
     * Resolves a list of HS6 codes and group names ({@code "284610,magnets"}) to HS6 codes.
     *
     * @param codesOrGroups HS6 codes and group names, mixed
     * @return the HS6 codes, groups expanded
     * @throws IllegalArgumentException naming the first item that is neither
     */
    public Set<String> resolve(Collection<String> codesOrGroups) {
        Set<String> out = new LinkedHashSet<>();
        for (String item : codesOrGroups) {
            String s = item.trim();
            if (s.isEmpty()) {
                continue;
            }
            ProductGroup g = groups.get(s);
            if (g != null) {
                out.addAll(g.codes());
            } else if (ProductGroup.isHs6(s)) {
                out.add(s);
            } else {
                throw new IllegalArgumentException("'" + s + "' is neither a six-digit HS code nor a product group ("
                        + String.join(", ", groups.keySet()) + ")");
            }
        }
        return out;
    }
}
