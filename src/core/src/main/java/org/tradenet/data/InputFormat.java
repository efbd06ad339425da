package org.tradenet.data;

/** The input formats tradenet reads; {@link #AUTO} detects the format from the header. */
public enum InputFormat {
    /** Detect from the header. */
    AUTO,
    /** tradenet's edge list: {@code exporter,importer,value[,quantity][,hs6][,year]}, or {@code source,target[,weight]}. */
    EDGES,
    /** CEPII BACI: {@code t,i,j,k,v,q}, numeric country codes, value in thousand USD, quantity in tonnes. */
    BACI,
    /** UN Comtrade declarations (reporter, partner, flow M/X), reconciled by a {@link MirrorRule}. */
    COMTRADE,
    /** A square matrix: first row and first column hold the country ids, cell (r, c) the value r exports to c. */
    MATRIX
}
