package org.tradenet.shock;

/** The two forms of the GSIM model. */
public enum Form {
    /** The percentage-change form, linear in the price changes: GSIM's own, one LU solve. */
    LINEAR,
    /** The exact CES levels form, solved by Newton's method on log world prices. */
    LEVELS
}
