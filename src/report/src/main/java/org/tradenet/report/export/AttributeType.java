package org.tradenet.report.export;

/** The type of an attribute column, as GEXF, GraphML and CSV readers will see it. */
public enum AttributeType {
    /** Text (GEXF {@code string}, GraphML {@code string}). */
    STRING,
    /** A whole number (GEXF {@code integer}, GraphML {@code int}). */
    INTEGER,
    /** A real number (GEXF {@code double}, GraphML {@code double}). */
    DOUBLE
}
