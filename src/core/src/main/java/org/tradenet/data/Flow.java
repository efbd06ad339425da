package org.tradenet.data;

/**
 * One trade flow: what {@code exporter} sold to {@code importer} of one product in one year.
 *
 * @param exporter       canonical id of the exporting country (edges run exporter → importer)
 * @param importer       canonical id of the importing country; equal to the exporter for
 *                       domestic sales
 * @param hs6            six-digit HS code, empty when the source has none
 * @param year           the year, 0 when the source has none
 * @param valueUsd       value in US dollars (CIF for importers' declarations, FOB for exporters')
 * @param quantityTonnes quantity in tonnes; NaN when the source has none
 * @param side           whose declaration the flow comes from
 * @param line           the line of the source file it was read from (0 when computed)
 */
public record Flow(String exporter, String importer, String hs6, int year, double valueUsd,
                   double quantityTonnes, Side side, long line) {

    /** Whose declaration a flow comes from. */
    public enum Side {
        /** The source has one side only (BACI, edge lists, matrices, model output). */
        SINGLE,
        /** The importer's declaration (Comtrade flow M, valued CIF). */
        IMPORTER,
        /** The exporter's mirror declaration (Comtrade flow X, valued FOB). */
        EXPORTER
    }

    /**
     * Checks the components.
     *
     * @param exporter       canonical id of the exporting country (edges run exporter → importer)
     * @param importer       canonical id of the importing country; equal to the exporter for domestic sales
     * @param hs6            six-digit HS code, empty when the source has none
     * @param year           the year, 0 when the source has none
     * @param valueUsd       value in US dollars (CIF for importers' declarations, FOB for exporters')
     * @param quantityTonnes quantity in tonnes; NaN when the source has none
     * @param side           whose declaration the flow comes from
     * @param line           the line of the source file it was read from (0 when computed)
     */
    public Flow {
        hs6 = hs6 == null ? "" : hs6;
        if (!(valueUsd >= 0) || Double.isInfinite(valueUsd)) {
            throw new IllegalArgumentException("flow " + exporter + "→" + importer + ": value must be finite and non-negative, was " + valueUsd);
        }
    }

    /**
     * {@return a flow with no product, year or quantity: for generic graphs and tests}
     *
     * @param exporter the exporter's id
     * @param importer the importer's id
     * @param valueUsd the trade value, USD, finite and non-negative
     */
    public static Flow of(String exporter, String importer, double valueUsd) {
        return new Flow(exporter, importer, "", 0, valueUsd, Double.NaN, Side.SINGLE, 0);
    }

    /** {@return true for domestic sales (exporter = importer)} */
    public boolean isDomestic() {
        return exporter.equals(importer);
    }
}
