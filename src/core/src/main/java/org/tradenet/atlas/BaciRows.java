package org.tradenet.atlas;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tradenet.data.Country;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.Flow;
import org.tradenet.data.ProductGroup;

/**
 * BACI rows ({@code t,i,j,k,v,q}) already parsed into numbers, as a distributed engine reads
 * them, turned into flows with the rules of the BACI reader: codes resolved through the
 * country table (unknown codes and World are errors), no domestic flows, k padded to six
 * digits, v in thousand USD multiplied by 1000, q in tonnes (missing = NaN), one row per
 * t–i–j–k key. The same flows as the reader gives, bit for bit, so that every engine
 * computes the same rows.
 */
public final class BaciRows {

    private BaciRows() {
    }

    /**
     * The HS6 code of a BACI k, given as text or a number: five digits get their leading zero back.
     *
     * @param k the BACI product code, as text or a number
     * @return the six-digit HS6 code
     */
    public static String hs6(String k) {
        String s = k.trim();
        if (s.length() == 5 && s.chars().allMatch(Character::isDigit)) {
            s = "0" + s;
        }
        if (!ProductGroup.isHs6(s)) {
            throw new IllegalArgumentException("k: '" + s + "' is not a six-digit HS code");
        }
        return s;
    }

    /**
     * One row as a flow.
     *
     * @param registry the country table that resolves BACI's numeric codes
     * @return the flow, exporter → importer, value in USD
     * @param t the year
     * @param i the exporter's BACI code
     * @param j the importer's BACI code
     * @param k the product (text; see {@link #hs6})
     * @param v the value, thousand USD
     * @param q the quantity, tonnes; null when missing
     * @throws IllegalArgumentException naming the field, for a row the BACI reader would reject
     */
    public static Flow flow(int t, int i, int j, String k, double v, Double q, CountryRegistry registry) {
        Country e = country(registry, i, "i");
        Country m = country(registry, j, "j");
        if (e.id().equals(m.id())) {
            throw new IllegalArgumentException("j: the importer is the exporter (" + e.id() + "): BACI has no domestic flows");
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("v: must be a finite non-negative number, was " + v);
        }
        double tonnes = q == null ? Double.NaN : q;
        return new Flow(e.id(), m.id(), hs6(k), t, v * 1000.0, tonnes, Flow.Side.SINGLE, 0);
    }

    private static Country country(CountryRegistry registry, int code, String field) {
        Country c = registry.byCode(code).orElseThrow(() -> new IllegalArgumentException(field + ": unknown country code "
                + code + " (not in the BACI/Comtrade country table)"));
        if (c.kind() == Country.Kind.WORLD) {
            throw new IllegalArgumentException(field + ": code " + code + " is the World total, not a trade partner");
        }
        return c;
    }

    /**
     * Checks that no exporter–importer pair repeats within one product-year group.
     *
     * @param group the flows of one product and year
     * @throws IllegalArgumentException naming the first repeated key
     */
    public static void requireUniquePairs(List<Flow> group) {
        Set<String> seen = new HashSet<>();
        for (Flow f : group) {
            if (!seen.add(f.exporter() + "\u0000" + f.importer())) {
                throw new IllegalArgumentException("duplicate BACI key t,i,j,k = " + f.year() + "," + f.exporter() + ","
                        + f.importer() + "," + f.hs6());
            }
        }
    }

    /**
     * The countries of the standard table that flows of a group use, by id (for {@link ProductYearAnalysis#analyse}).
     *
     * @param group the flows of one product and year
     * @param registry the country table that resolves the flows' ids
     * @return the countries the flows use, by id
     */
    public static java.util.Map<String, Country> nodes(List<Flow> group, CountryRegistry registry) {
        java.util.Map<String, Country> nodes = new java.util.HashMap<>();
        for (Flow f : group) {
            nodes.computeIfAbsent(f.exporter(), id -> registry.lookupOrCustom(id));
            nodes.computeIfAbsent(f.importer(), id -> registry.lookupOrCustom(id));
        }
        return nodes;
    }
}
