package org.tradenet.shock;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The three GSIM elasticities: global values with optional per-country overrides.
 *
 * <ul>
 * <li>import demand {@code Em < 0}: how the importer's composite demand answers its composite
 *     import price (per importer);</li>
 * <li>substitution {@code Es > 0}: the Armington elasticity between suppliers' varieties (per
 *     importer);</li>
 * <li>export supply {@code Ex > 0}: how an exporter's supply answers its world price (per
 *     exporter); {@code +Infinity} is the SMART case of a fixed world price.</li>
 * </ul>
 * The defaults are Francois &amp; Hall's illustrative values: -1.25, 5 and 1.5. Immutable;
 * {@code withX} returns a copy.
 *
 * @param importDemand           global import-demand elasticity
 * @param substitution           global elasticity of substitution
 * @param exportSupply           global export-supply elasticity
 * @param importDemandByCountry  overrides by importer id
 * @param substitutionByCountry  overrides by importer id
 * @param exportSupplyByCountry  overrides by exporter id
 */
public record Elasticities(double importDemand, double substitution, double exportSupply,
                           Map<String, Double> importDemandByCountry, Map<String, Double> substitutionByCountry,
                           Map<String, Double> exportSupplyByCountry) {

    /** Francois &amp; Hall's import-demand elasticity. */
    public static final double DEFAULT_IMPORT_DEMAND = -1.25;
    /** Francois &amp; Hall's elasticity of substitution. */
    public static final double DEFAULT_SUBSTITUTION = 5.0;
    /** Francois &amp; Hall's export-supply elasticity. */
    public static final double DEFAULT_EXPORT_SUPPLY = 1.5;

    /**
     * Checks the components.
     *
     * @param importDemand          global import-demand elasticity
     * @param substitution          global elasticity of substitution
     * @param exportSupply          global export-supply elasticity
     * @param importDemandByCountry overrides by importer id
     * @param substitutionByCountry overrides by importer id
     * @param exportSupplyByCountry overrides by exporter id
     */
    public Elasticities {
        checkImportDemand(importDemand, "global");
        checkSubstitution(substitution, "global");
        checkExportSupply(exportSupply, "global");
        importDemandByCountry = copy(importDemandByCountry);
        substitutionByCountry = copy(substitutionByCountry);
        exportSupplyByCountry = copy(exportSupplyByCountry);
        importDemandByCountry.forEach((k, v) -> checkImportDemand(v, k));
        substitutionByCountry.forEach((k, v) -> checkSubstitution(v, k));
        exportSupplyByCountry.forEach((k, v) -> checkExportSupply(v, k));
    }

    private static Map<String, Double> copy(Map<String, Double> m) {
        return Collections.unmodifiableMap(new TreeMap<>(m == null ? Map.of() : m));
    }

    private static void checkImportDemand(double v, String who) {
        if (!(v < 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("import-demand elasticity (" + who + ") must be negative and finite, was " + v);
        }
    }

    private static void checkSubstitution(double v, String who) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("elasticity of substitution (" + who + ") must be positive and finite, was " + v);
        }
    }

    private static void checkExportSupply(double v, String who) {
        if (!(v > 0)) {
            throw new IllegalArgumentException("export-supply elasticity (" + who + ") must be positive (Infinity for fixed world prices), was " + v);
        }
    }

    /** {@return the defaults: Francois &amp; Hall's values -1.25, 5, 1.5 for every country} */
    public static Elasticities defaults() {
        return new Elasticities(DEFAULT_IMPORT_DEMAND, DEFAULT_SUBSTITUTION, DEFAULT_EXPORT_SUPPLY, Map.of(), Map.of(), Map.of());
    }

    /**
     * {@return a copy with {@code importDemand} replaced, the other settings unchanged}
     *
     * @param e global import-demand elasticity
     */
    public Elasticities withImportDemand(double e) {
        return new Elasticities(e, substitution, exportSupply, importDemandByCountry, substitutionByCountry, exportSupplyByCountry);
    }

    /**
     * {@return a copy with {@code substitution} replaced, the other settings unchanged}
     *
     * @param e global elasticity of substitution
     */
    public Elasticities withSubstitution(double e) {
        return new Elasticities(importDemand, e, exportSupply, importDemandByCountry, substitutionByCountry, exportSupplyByCountry);
    }

    /**
     * {@return a copy with {@code exportSupply} replaced, the other settings unchanged}
     *
     * @param e global export-supply elasticity
     */
    public Elasticities withExportSupply(double e) {
        return new Elasticities(importDemand, substitution, e, importDemandByCountry, substitutionByCountry, exportSupplyByCountry);
    }

    /**
     * {@return a copy where importer {@code country} has its own import-demand elasticity}
     *
     * @param country the importer's id
     * @param e       its import-demand elasticity (negative)
     */
    public Elasticities withImportDemand(String country, double e) {
        return new Elasticities(importDemand, substitution, exportSupply, put(importDemandByCountry, country, e),
                substitutionByCountry, exportSupplyByCountry);
    }

    /**
     * {@return a copy where importer {@code country} has its own elasticity of substitution}
     *
     * @param country the importer's id
     * @param e       its elasticity of substitution between suppliers (positive)
     */
    public Elasticities withSubstitution(String country, double e) {
        return new Elasticities(importDemand, substitution, exportSupply, importDemandByCountry,
                put(substitutionByCountry, country, e), exportSupplyByCountry);
    }

    /**
     * {@return a copy where exporter {@code country} has its own export-supply elasticity}
     *
     * @param country the exporter's id
     * @param e       its export-supply elasticity (positive)
     */
    public Elasticities withExportSupply(String country, double e) {
        return new Elasticities(importDemand, substitution, exportSupply, importDemandByCountry, substitutionByCountry,
                put(exportSupplyByCountry, country, e));
    }

    private static Map<String, Double> put(Map<String, Double> m, String k, double v) {
        Map<String, Double> c = new TreeMap<>(m);
        c.put(k, v);
        return c;
    }

    /**
     * {@return the import-demand elasticity of importer {@code id} (its own, else the common one)}
     *
     * @param id the importer's id
     */
    public double importDemand(String id) {
        return importDemandByCountry.getOrDefault(id, importDemand);
    }

    /**
     * {@return the elasticity of substitution of importer {@code id} (its own, else the common one)}
     *
     * @param id the importer's id
     */
    public double substitution(String id) {
        return substitutionByCountry.getOrDefault(id, substitution);
    }

    /**
     * {@return the export-supply elasticity of exporter {@code id} (its own, else the common one)}
     *
     * @param id the exporter's id
     */
    public double exportSupply(String id) {
        return exportSupplyByCountry.getOrDefault(id, exportSupply);
    }

    /** {@return one line for report headers: the global values and how many overrides} */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("import demand ").append(fmt(importDemand)).append(", substitution ").append(fmt(substitution))
                .append(", export supply ").append(fmt(exportSupply));
        int overrides = importDemandByCountry.size() + substitutionByCountry.size() + exportSupplyByCountry.size();
        if (overrides > 0) {
            sb.append(" (global; per-country: ");
            StringBuilder o = new StringBuilder();
            importDemandByCountry.forEach((k, v) -> o.append(o.length() == 0 ? "" : ", ").append("import demand ").append(k).append('=').append(fmt(v)));
            substitutionByCountry.forEach((k, v) -> o.append(o.length() == 0 ? "" : ", ").append("substitution ").append(k).append('=').append(fmt(v)));
            exportSupplyByCountry.forEach((k, v) -> o.append(o.length() == 0 ? "" : ", ").append("export supply ").append(k).append('=').append(fmt(v)));
            sb.append(o).append(')');
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        return Double.isInfinite(v) ? "infinite" : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
