package org.tradenet.cli;

/** A failure the user can fix, reported as one line with an exit code; no stack trace. */
public class UserException extends RuntimeException {

    private final int exitCode;

    public UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The exit code to leave with. */
    public int exitCode() {
        return exitCode;
    }
}
