package org.tradenet.shock;

/**
 * How a change in trade is valued. Base export taxes are zero, so before a shock all three agree;
 * after an export tax they part: the tax is in the price buyers pay but not in the exporter's.
 */
public enum Valuation {
    /** At world prices, the prices buyers pay at the border, export taxes included: what trade statistics record (the default). */
    WORLD_PRICES("value at world prices (export taxes included)"),
    /** At producer prices, net of export taxes: what exporters receive. */
    PRODUCER_PRICES("value at producer prices (net of export taxes)"),
    /** Volume: the quantity, valued at base world prices. */
    VOLUME("volume (quantity at base prices)");

    private final String words;

    Valuation(String words) {
        this.words = words;
    }

    /** {@return the valuation in words, for reports} */
    public String words() {
        return words;
    }
}
