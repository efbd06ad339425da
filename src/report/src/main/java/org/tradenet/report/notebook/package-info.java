/**
 * Notebooks kept as Markdown with {@code ```java} cells in {@code notebooks/}, run through
 * the JDK's JShell API against the built library, and exported with their outputs to
 * {@code notebooks-exported/} as Jupyter {@code .ipynb} (nbformat 4) and Markdown with SVG
 * figures. Cells show figures and tables with {@link org.tradenet.report.notebook.Notebook#show}.
 */
package org.tradenet.report.notebook;

import org.tradenet.report.Markdown;