/**
 * What every kind of output shares, and nothing else: the {@link
 * org.tradenet.report.ReportHeader} (data, parameters, notes), the {@link
 * org.tradenet.report.Table} model, how numbers read ({@link org.tradenet.report.Numbers}),
 * Markdown escaping ({@link org.tradenet.report.Markdown}), the JSON mapper ({@link
 * org.tradenet.report.Json}) and whole-or-nothing file writes ({@link
 * org.tradenet.report.AtomicFiles}).
 *
 * <p>The outputs live in sub-packages: {@code text} (terminal text, Markdown, JSON and CSV
 * renderers), {@code html} (the self-contained pages, drawings and charts), {@code export}
 * (GEXF, GraphML and CSV for other tools) and {@code notebook} (runnable notebooks).
 * Renderers only render what they are given; they compute nothing a library user would need.
 */
package org.tradenet.report;
