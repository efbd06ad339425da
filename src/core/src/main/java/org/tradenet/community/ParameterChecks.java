package org.tradenet.community;

/** Validation shared by the parameter records. */
final class ParameterChecks {

    private ParameterChecks() {
    }

    /** Throws unless the settings every algorithm shares are valid. */
    static void common(QualityFunction quality, double resolution, int maxIterations, double tolerance) {
        java.util.Objects.requireNonNull(quality, "quality");
        nonNegative("resolution", resolution);
        if (maxIterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + maxIterations);
        }
        nonNegative("tolerance", tolerance);
    }

    static void nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and non-negative, was " + value);
        }
    }
}
