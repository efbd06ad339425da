package org.tradenet.report.text;

import org.tradenet.report.Markdown;
/** The formats a report can be written in. */
public enum OutputFormat {
    /** Aligned plain-text tables for a terminal. */
    TEXT,
    /** GitHub-flavoured Markdown. */
    MARKDOWN,
    /** JSON, every figure with its unit in the key or beside it. */
    JSON,
    /** Comma-separated values, one table. */
    CSV
}
