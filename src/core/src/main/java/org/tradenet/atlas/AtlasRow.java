package org.tradenet.atlas;

import java.util.ArrayList;
import java.util.List;

/**
 * One product in one year, as the atlas reports it. Edges run exporter → importer; values
 * are USD (BACI's thousands converted), quantities tonnes. Shares are fractions in [0, 1]
 * unless the name says Pct (percent). NaN marks a measure the group does not define (a
 * network with one importer has no modularity worth the name, a shock that cannot be solved
 * in the linear form); {@link #notes} says why.
 *
 * @param hs6                         six-digit HS code
 * @param year                        the year
 * @param description                 the product's description (BACI product_codes when present, else empty)
 * @param countries                   countries with at least one link
 * @param links                       exporter → importer links (self-flows left out)
 * @param valueUsd                    total value, USD
 * @param quantityTonnes              total quantity of the links that report one, tonnes (0 when none does)
 * @param exporterHhi                 Herfindahl–Hirschman index of exporters' value shares, in [1/n, 1]
 * @param topExporter                 id (ISO3) of the largest exporter
 * @param topExporterShare            its share of the value
 * @param top3Share                   the three largest exporters' share
 * @param importersOver50Pct          percent of importers that take more than half of their imports from one supplier
 * @param communities                 directed Leiden communities with two or more countries
 * @param modularity                  their directed modularity (Leicht–Newman, resolution γ)
 * @param modularityZ                 z-score of that modularity against the best modularity of null networks with the same
 *                                     strengths (strength-preserving rewiring); NaN when the draws do not vary or the test is off
 * @param modularityP                 empirical p-value (1 + #{null ≥ observed}) / (draws + 1); NaN when the test is off
 * @param topHubs                     the top hubs: {@code throughput: A B C; pagerank: A C B}
 * @param shockTopExporterTax25Pct    screening figure: world trade change (value at world
 *                                    prices, percent) when the largest exporter taxes all its
 *                                    exports of the product (25% by default), linear GSIM,
 *                                    default elasticities, no base tariffs
 * @param focusCountry                the focus country's id, empty without {@code --focus}
 * @param focusLargestSupplierShare   the focus country's imports from its largest supplier, as a share of its imports
 *                                    (NaN when it imports none of the product)
 * @param focusTopExporterShare       its imports from the largest exporter, as a share of its imports (its exposure)
 * @param notes                       what was left undefined and why, {@code "; "}-separated; empty when nothing
 */
public record AtlasRow(String hs6, int year, String description, int countries, int links, double valueUsd,
                       double quantityTonnes, double exporterHhi, String topExporter, double topExporterShare,
                       double top3Share, double importersOver50Pct, int communities, double modularity, double modularityZ,
                       double modularityP, String topHubs,
                       double shockTopExporterTax25Pct, String focusCountry, double focusLargestSupplierShare,
                       double focusTopExporterShare, String notes) {

    /** The columns of the issue, in order (with the significance of the modularity after it), without the focus columns. */
    public static final List<String> BASE_COLUMNS = List.of("hs6", "year", "description", "countries", "links", "valueUsd",
            "quantityTonnes", "exporterHhi", "topExporter", "topExporterShare", "top3Share", "importersOver50Pct",
            "communities", "modularity", "modularityZ", "modularityP", "topHubs", "shockTopExporterTax25Pct");

    /** The focus columns, present with {@code --focus}. */
    public static final List<String> FOCUS_COLUMNS = List.of("focusCountry", "focusLargestSupplierShare", "focusTopExporterShare");

    /** The last column. */
    public static final String NOTES_COLUMN = "notes";

    /**
     * Turns a null description, focus country or notes into empty.
     *
     * @param hs6                         six-digit HS code
     * @param year                        the year
     * @param description                 the product's description (BACI product_codes when present, else empty)
     * @param countries                   countries with at least one link
     * @param links                       exporter → importer links (self-flows left out)
     * @param valueUsd                    total value, USD
     * @param quantityTonnes              total quantity of the links that report one, tonnes (0 when none does)
     * @param exporterHhi                 Herfindahl–Hirschman index of exporters' value shares, in [1/n, 1]
     * @param topExporter                 id (ISO3) of the largest exporter
     * @param topExporterShare            its share of the value
     * @param top3Share                   the three largest exporters' share
     * @param importersOver50Pct          percent of importers that take more than half of their imports from one supplier
     * @param communities                 directed Leiden communities with two or more countries
     * @param modularity                  their directed modularity (Leicht–Newman, resolution γ)
     * @param modularityZ                 z-score of that modularity against the best modularity of null networks with the same
     *                                     strengths (strength-preserving rewiring); NaN when the draws do not vary or the test is off
     * @param modularityP                 empirical p-value (1 + #{null ≥ observed}) / (draws + 1); NaN when the test is off
     * @param topHubs                     the top hubs: {@code throughput: A B C; pagerank: A C B}
     * @param shockTopExporterTax25Pct    screening figure: world trade change (value at world
     *                                    prices, percent) when the largest exporter taxes all its
     *                                    exports of the product (25% by default), linear GSIM,
     *                                    default elasticities, no base tariffs
     * @param focusCountry                the focus country's id, empty without {@code --focus}
     * @param focusLargestSupplierShare   the focus country's imports from its largest supplier, as a share of its imports
     *                                    (NaN when it imports none of the product)
     * @param focusTopExporterShare       its imports from the largest exporter, as a share of its imports (its exposure)
     * @param notes                       what was left undefined and why, {@code "; "}-separated; empty when nothing
     */
    public AtlasRow {
        description = description == null ? "" : description;
        focusCountry = focusCountry == null ? "" : focusCountry;
        notes = notes == null ? "" : notes;
    }

    /**
     * The columns of a table of rows: the base columns, the focus columns when {@code focus}, then notes.
     *
     * @param focus whether the focus columns are included
     * @return the column names, in order
     */
    public static List<String> columns(boolean focus) {
        List<String> c = new ArrayList<>(BASE_COLUMNS);
        if (focus) {
            c.addAll(FOCUS_COLUMNS);
        }
        c.add(NOTES_COLUMN);
        return List.copyOf(c);
    }

    /**
     * The values in the order of {@link #columns(boolean)}: String, Integer or Double each, as
     * the column's type is.
     *
     * @param focus whether the focus columns are included
     * @return the row's values, in column order
     */
    public List<Object> values(boolean focus) {
        List<Object> v = new ArrayList<>(List.of(hs6, year, description, countries, links, valueUsd, quantityTonnes,
                exporterHhi, topExporter, topExporterShare, top3Share, importersOver50Pct, communities, modularity, modularityZ,
                modularityP, topHubs,
                shockTopExporterTax25Pct));
        if (focus) {
            v.addAll(List.of(focusCountry, focusLargestSupplierShare, focusTopExporterShare));
        }
        v.add(notes);
        return v;
    }

    /**
     * The type of each column of {@link #columns(boolean)}: {@code String.class}, {@code Integer.class} or {@code Double.class}.
     *
     * @param focus whether the focus columns are included
     * @return the column types, in column order
     */
    public static List<Class<?>> types(boolean focus) {
        AtlasRow probe = new AtlasRow("", 0, "", 0, 0, 0, 0, 0, "", 0, 0, 0, 0, 0, 0, 0, "", 0, "", 0, 0, "");
        return probe.values(focus).stream().<Class<?>>map(Object::getClass).toList();
    }

    /** Sort order of an atlas: by product, then year. */
    public static final java.util.Comparator<AtlasRow> ORDER =
            java.util.Comparator.comparing(AtlasRow::hs6).thenComparingInt(AtlasRow::year);
}
