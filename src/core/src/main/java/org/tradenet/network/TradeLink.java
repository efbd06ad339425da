package org.tradenet.network;

/**
 * An edge of a {@link TradeNetwork}: all flows from one exporter to one importer, summed
 * over the products and years the network kept.
 *
 * @param exporter       exporter id (the edge's source)
 * @param importer       importer id (the edge's target); equal to the exporter for domestic sales
 * @param valueUsd       summed value, USD
 * @param quantityTonnes summed quantity in tonnes; NaN when no flow of the link has one
 * @param productFlows   how many product flows were summed
 * @param weight         the weight algorithms use, as the network's {@link WeightKind} says
 */
public record TradeLink(String exporter, String importer, double valueUsd, double quantityTonnes,
                        int productFlows, double weight) {

    /** {@return true for domestic sales} */
    public boolean isSelfLoop() {
        return exporter.equals(importer);
    }
}
