package org.tradenet.cli;

/** The exit codes of {@code tradenet}, documented in the README. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** An internal error: a bug; run with --debug and report it. */
    public static final int INTERNAL = 1;
    /** The command line is wrong (unknown option, bad value). */
    public static final int USAGE = 2;
    /** The input is bad (a file, line and field are named). */
    public static final int BAD_INPUT = 3;
    /** A model did not converge; no result is printed. */
    public static final int NOT_CONVERGED = 4;

    private ExitCodes() {
    }
}
