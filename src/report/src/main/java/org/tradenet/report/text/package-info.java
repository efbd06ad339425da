/**
 * Renderers of results as aligned terminal text, Markdown, JSON and CSV ({@link
 * org.tradenet.report.text.OutputFormat}): one class per kind of result (summary, metrics,
 * hubs, communities, partition comparison, shock, the analysis, the timeline). Each takes a
 * result that core computed and a {@link org.tradenet.report.ReportHeader}, and returns text;
 * none computes anything itself.
 */
package org.tradenet.report.text;

import org.tradenet.report.Markdown;