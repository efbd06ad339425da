package org.tradenet.shock;

/**
 * A solve that did not reach its tolerance (or whose system was singular). No result exists;
 * the command line exits with code 4.
 */
public class ShockNotConvergedException extends RuntimeException {

    private final transient SolverDiagnostics diagnostics;

    /**
     * The failure of one solve.
     *
     * @param message     what did not converge, for the user
     * @param diagnostics the solver's form, iterations, residual and tolerance when it stopped
     */
    public ShockNotConvergedException(String message, SolverDiagnostics diagnostics) {
        super(message);
        this.diagnostics = diagnostics;
    }

    /** {@return where the solver stopped} */
    public SolverDiagnostics diagnostics() {
        return diagnostics;
    }
}
