package org.tradenet.shock;

/**
 * How a solve went.
 *
 * @param form         the model form
 * @param iterations   Newton iterations (levels) or 1 (the linear form's single LU solve)
 * @param residualNorm the largest clearing residual at the solution, as a fraction of the
 *                     exporter's base sales (linear: of the percentage-change equations)
 * @param tolerance    the residual the solver had to reach
 * @param converged    true when {@code residualNorm <= tolerance}; a result is only returned when true
 */
public record SolverDiagnostics(Form form, int iterations, double residualNorm, double tolerance, boolean converged) {
}
