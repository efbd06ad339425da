package org.tradenet.shock;

import java.util.List;

/**
 * What a solver found, on arrays (package-private; {@link ShockResult#assemble} turns it into
 * the public result).
 *
 * <ul>
 * <li>{@code worldPriceChange[r]}: x[r], change of exporter r's world (producer) price, a fraction;</li>
 * <li>{@code volume[r][v]}: new quantity of r's sales to v, in base-year USD at base world prices;</li>
 * <li>{@code compositePriceChange[v]}: change of importer v's composite import price (may be +Infinity
 *     in the levels form for an importer cut off from every supplier).</li>
 * </ul>
 */
record Equilibrium(double[] worldPriceChange, double[][] volume, double[] compositePriceChange,
                   SolverDiagnostics diagnostics, List<String> notes) {
}
