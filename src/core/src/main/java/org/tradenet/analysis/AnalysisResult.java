package org.tradenet.analysis;

import java.util.List;

/**
 * Everything {@link Analysis#run} found.
 *
 * @param parameters the settings used
 * @param baseline   the network before any shock
 * @param scenarios  one outcome per scenario, in the order given
 * @param skipped    scenarios not run because they make no sense on this network, each
 *                   "name: why" ({@link org.tradenet.shock.Scenario#whyNotApplicable})
 */
public record AnalysisResult(AnalysisParameters parameters, NetworkView baseline, List<ScenarioOutcome> scenarios,
                             List<String> skipped) {

    public AnalysisResult {
        scenarios = List.copyOf(scenarios);
        skipped = List.copyOf(skipped);
    }

    /** A result where every scenario was run. */
    public AnalysisResult(AnalysisParameters parameters, NetworkView baseline, List<ScenarioOutcome> scenarios) {
        this(parameters, baseline, scenarios, List.of());
    }
}
