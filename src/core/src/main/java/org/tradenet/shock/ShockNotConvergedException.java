package org.tradenet.shock;

/**
 * A solve that did not reach its tolerance (or whose system was singular). No result exists;
 * the command line exits with code 4.
 */
public class ShockNotConvergedException extends RuntimeException {

    private final transient SolverDiagnostics diagnostics;

    public ShockNotConvergedException(String message, SolverDiagnostics diagnostics) {
        super(message);
        this.diagnostics = diagnostics;
    }

    /** {@return where the solver stopped} */
    public SolverDiagnostics diagnostics() {
        return diagnostics;
    }
}
