/**
 * The self-contained HTML report: {@link org.tradenet.report.html.HtmlReport} (header,
 * sections, sortable tables, figures), network drawings as inline SVG ({@link
 * org.tradenet.report.html.NetworkLayout}, {@link org.tradenet.report.html.NetworkDrawing}),
 * charts by JFreeChart as SVG ({@link org.tradenet.report.html.Charts}), and the page of one
 * network ({@link org.tradenet.report.html.NetworkPage}). Groups, scores and series come in
 * as plain data ({@link org.tradenet.report.html.Grouping}, arrays, lists), so community,
 * metric and shock results plug in without these building blocks knowing their classes. The
 * pages of the main analysis ({@link org.tradenet.report.html.AnalysisPage}) and of a
 * multi-year timeline ({@link org.tradenet.report.html.TimelinePage}) lay out core's results
 * with them.
 */
package org.tradenet.report.html;
