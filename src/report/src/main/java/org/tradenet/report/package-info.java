/**
 * Rendering results: aligned text tables, Markdown, JSON and CSV, written whole or not at
 * all ({@link org.tradenet.report.AtomicFiles}). Renderers only render what they are given;
 * they compute nothing a library user would need.
 */
package org.tradenet.report;
