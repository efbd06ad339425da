package org.tradenet.analysis;

import java.util.List;

import org.tradenet.community.SignificanceResult;

/**
 * Everything {@link Analysis#run} found.
 *
 * @param parameters the settings used
 * @param baseline   the network before any shock
 * @param scenarios  one outcome per scenario, in the order given
 * @param significance the baseline community structure against the null model
 * @param skipped    scenarios not run because they make no sense on this network, each
 *                   "name: why" ({@link org.tradenet.shock.Scenario#whyNotApplicable})
 */
public record AnalysisResult(AnalysisParameters parameters, NetworkView baseline, List<ScenarioOutcome> scenarios,
                             SignificanceResult significance, List<String> skipped) {

    /**
     * Copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param parameters the settings used
     * @param baseline   the network before any shock
     * @param scenarios  one outcome per scenario, in the order given
     * @param significance the baseline community structure against the null model
     * @param skipped    scenarios not run because they make no sense on this network, each
     *                   "name: why"
     */
    public AnalysisResult {
        scenarios = List.copyOf(scenarios);
        skipped = List.copyOf(skipped);
    }
}
