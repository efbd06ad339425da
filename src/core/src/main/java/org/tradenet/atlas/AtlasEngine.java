package org.tradenet.atlas;

import java.io.IOException;

/**
 * Runs an atlas: reads the input, groups it by product and year, and computes each group's
 * {@link AtlasRow} with {@link ProductYearAnalysis}. Engines differ in where the work runs,
 * never in the rows: the same input and seed give the same rows.
 */
public interface AtlasEngine {

    /** {@return the engine's name as {@code --engine} spells it} */
    String name();

    /**
     * Runs {@code job}.
     *
     * @param job what to screen and how
     * @return one row per product and year, with the sources read and the notes
     * @throws org.tradenet.data.DataFormatException on bad input
     * @throws IOException when the input cannot be read or the output written
     */
    AtlasResult run(AtlasJob job) throws IOException;
}
