package org.tradenet.data;

import java.util.Objects;

/**
 * Input that tradenet refuses to read: the message names file, line and field.
 * The command line maps it to exit code 3 and prints the message alone.
 */
public class DataFormatException extends RuntimeException {

    private final transient ReadProblem problem;

    /**
     * The exception for one problem; its message is the problem's {@code file:line: field 'x': reason}.
     *
     * @param problem what is wrong, and where
     */
    public DataFormatException(ReadProblem problem) {
        super(Objects.requireNonNull(problem).toString());
        this.problem = problem;
    }

    /**
     * The exception for one problem, given by its parts.
     *
     * @param file   the file's name as the user gave it
     * @param line   1-based line number, 0 when the problem concerns the whole file
     * @param field  the column concerned, empty when none
     * @param reason what is wrong, in words a user can act on
     */
    public DataFormatException(String file, long line, String field, String reason) {
        this(new ReadProblem(file, line, field, reason));
    }

    /** {@return the problem, with file, line and field} */
    public ReadProblem problem() {
        return problem;
    }
}
