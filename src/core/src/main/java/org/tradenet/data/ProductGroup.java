package org.tradenet.data;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A named set of HS6 product codes, such as the rare-earth compounds or the magnets.
 *
 * @param name        the group's name, used on the command line ({@code --hs rare-earths})
 * @param description what the group covers
 * @param codes       six-digit HS codes
 */
public record ProductGroup(String name, String description, Set<String> codes) {

    private static final Pattern HS6 = Pattern.compile("\\d{6}");

    /**
     * Checks the components and copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param name        the group's name, used on the command line ({@code --hs rare-earths})
     * @param description what the group covers
     * @param codes       six-digit HS codes
     */
    public ProductGroup {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a product group needs a name");
        }
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("product group '" + name + "' has no HS codes");
        }
        for (String code : codes) {
            if (!isHs6(code)) {
                throw new IllegalArgumentException("product group '" + name + "': '" + code + "' is not a six-digit HS code");
            }
        }
        codes = Set.copyOf(new TreeSet<>(codes));
        description = description == null ? "" : description;
    }

    /**
     * {@return true when {@code code} is six digits}
     *
     * @param code a product code, may be null
     */
    public static boolean isHs6(String code) {
        return code != null && HS6.matcher(code).matches();
    }

    /**
     * {@return true when the group holds {@code hs6}}
     *
     * @param hs6 a six-digit HS code
     */
    public boolean contains(String hs6) {
        return codes.contains(hs6);
    }
}
