package org.tradenet.data;

import java.util.Objects;

/**
 * Input that tradenet refuses to read: the message names file, line and field.
 * The command line maps it to exit code 3 and prints the message alone.
 */
public class DataFormatException extends RuntimeException {

    private final transient ReadProblem problem;

    public DataFormatException(ReadProblem problem) {
        super(Objects.requireNonNull(problem).toString());
        this.problem = problem;
    }

    public DataFormatException(String file, long line, String field, String reason) {
        this(new ReadProblem(file, line, field, reason));
    }

    /** {@return the problem, with file, line and field} */
    public ReadProblem problem() {
        return problem;
    }
}
