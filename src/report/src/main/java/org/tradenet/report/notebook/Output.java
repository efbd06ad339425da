package org.tradenet.report.notebook;

import org.tradenet.report.Markdown;
/** One output of a code cell, as Jupyter knows them. */
public sealed interface Output {

    /**
     * Printed text.
     *
     * @param name {@code stdout} or {@code stderr}
     * @param text the text
     */
    record Stream(String name, String text) implements Output {
    }

    /**
     * A figure or a table shown with {@link Notebook#show}.
     *
     * @param mime    {@code image/svg+xml} or {@code text/markdown}
     * @param content the SVG or Markdown
     */
    record Display(String mime, String content) implements Output {
    }

    /**
     * A cell that failed: it did not compile, or it threw.
     *
     * @param name    the exception class, or {@code CompilationError}
     * @param message what went wrong
     */
    record Error(String name, String message) implements Output {
    }
}
