package org.tradenet.report.notebook;

import org.tradenet.report.Markdown;
import java.util.List;

/**
 * A notebook after a run: every cell with its outputs. Cells after a failed one are kept
 * but not run (execution count 0, no outputs).
 *
 * @param source the notebook
 * @param cells  the cells, in order, with their results
 */
public record ExecutedNotebook(NotebookSource source, List<ExecutedCell> cells) {

    /**
     * A cell and what it produced.
     *
     * @param cell           the cell
     * @param executionCount 1, 2, ... for code cells that ran; 0 for Markdown and for cells not run
     * @param outputs        outputs in the order they were produced
     */
    public record ExecutedCell(NotebookSource.Cell cell, int executionCount, List<Output> outputs) {
        /**
         * Copies the outputs.
         *
         * @param cell the cell
         * @param executionCount 1, 2, ... for code cells that ran; 0 otherwise
         * @param outputs outputs in the order they were produced
         */
        public ExecutedCell {
            outputs = List.copyOf(outputs);
        }
    }

    /**
     * Copies the cells.
     *
     * @param source the notebook
     * @param cells the cells, in order, with their results
     */
    public ExecutedNotebook {
        cells = List.copyOf(cells);
    }

    /**
     * The first error, if a cell failed.
     *
     * @return the first failed cell's error, or empty when every cell ran
     */
    public java.util.Optional<Output.Error> error() {
        return cells.stream().flatMap(c -> c.outputs().stream()).filter(o -> o instanceof Output.Error)
                .map(o -> (Output.Error) o).findFirst();
    }
}
