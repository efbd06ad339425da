package org.tradenet.cli;

/** A failure the user can fix, reported as one line with an exit code; no stack trace. */
public class UserException extends RuntimeException {

    /** The exit code to leave with. */
    private final int exitCode;

    /**
     * A failure with its exit code and the one-line message shown to the user.
     *
     * @param exitCode the exit code (2 usage, 3 bad input, 4 not converged)
     * @param message the message, naming file, line and field where there is one
     */
    public UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** {@return the exit code to leave with} */
    public int exitCode() {
        return exitCode;
    }
}
