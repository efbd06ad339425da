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

    /** The catalog with the built-in rare-earth value-chain groups. */
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

    /** A copy with {@code group} added (replacing a group of the same name). */
    public ProductCatalog withGroup(ProductGroup group) {
        Map<String, ProductGroup> g = new LinkedHashMap<>(groups);
        g.put(group.name(), group);
        return new ProductCatalog(g);
    }

    /** Every group, built-in first. */
    public Collection<ProductGroup> groups() {
        return groups.values();
    }

    /**
     * Resolves a list of HS6 codes and group names ({@code "284610,magnets"}) to HS6 codes.
     *
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
