package org.tradenet.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.tradenet.community.CommunityDetection;
import org.tradenet.community.Modularity;
import org.tradenet.community.ModularitySignificance;
import org.tradenet.community.SignificanceResult;
import org.tradenet.compare.PartitionComparison;
import org.tradenet.compare.RankComparison;
import org.tradenet.metrics.HubCriterion;
import org.tradenet.metrics.NodeScores;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;
import org.tradenet.shock.GsimModel;
import org.tradenet.shock.Scenario;
import org.tradenet.shock.ShockResult;
import org.tradenet.shock.TariffSchedule;

/**
 * The main job of tradenet, as a library call: the baseline of a trade network and, for
 * each scenario, the GSIM shock and the before/after comparison of the network.
 *
 * <p>Steps, for a network N and scenarios S₁…S_k:
 * <ol>
 * <li>Baseline: N's summary, its hubs (top {@code top} on throughput, betweenness and HITS,
 *     with reasons), and its directed communities: Leiden with directed modularity
 *     (Leicht–Newman, resolution γ), {@code runs} runs with seeds {@code seed, seed+1, …},
 *     the best kept, each node's stability from the consensus of the runs.</li>
 * <li>For each S_i: the GSIM model calibrated once on N (domestic sales take part when N
 *     has them) is solved for S_i in the parameters' form; the post-shock flows (value at
 *     world prices) become a network N_i on the same countries; N_i gets the same treatment
 *     as the baseline; the two partitions are compared (NMI, ARI, VI, transitions, moved
 *     countries); the baseline partition's modularity on N_i, the share of trade inside
 *     communities and inside UN regions, and hub ranks are set side by side; the post-shock
 *     flows are also measured on the baseline partition held fixed ({@link FixedPartition});
 *     a {@link Verdict} with its reasons sums it up, each change judged against the
 *     optimiser's run-to-run {@link NoiseBand}.</li>
 * </ol>
 * The baseline's community structure is first tested against null networks that keep every
 * country's in- and out-strength ({@link ModularitySignificance}); when it is not
 * significant, every verdict is qualified.
 * Deterministic for a given seed. Time: dominated by k GSIM solves, (k + 1) × runs
 * Leiden runs, the significance test's draws (each a rewiring and a Leiden run) and hub metrics (betweenness O(n m log n)); well under a minute for the
 * shipped rare-earth network and five scenarios.
 *
 * <p>Reference: Han et al. (2025), iScience, doi:10.1016/j.isci.2025.113658 (the study this
 * reproduces on our data); Francois &amp; Hall (2003) for GSIM; Traag, Waltman &amp; van Eck (2019),
 * doi:10.1038/s41598-019-41695-z, for Leiden; Leicht &amp; Newman (2008),
 * doi:10.1103/PhysRevLett.100.118703, for directed modularity.
 */
public final class Analysis {

    /** Receives one line per step, for a progress display. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Called once per step, before the step runs.
         *
         * @param what the step in a few words, for instance {@code "scenario friend-shoring: GSIM linear
         *             form, ..."}
         */
        void step(String what);
    }

    /** How the reason that lists the re-optimised measures begins. */
    public static final String REOPTIMISED = "re-optimised:";

    private final AnalysisParameters parameters;
    private final CommunityDetection detection;

    /**
     * An analysis with these settings; communities by Leiden with directed modularity at the
     * settings' resolution γ.
     *
     * @param parameters the settings
     */
    public Analysis(AnalysisParameters parameters) {
        this(parameters, CommunityView.leiden(parameters.resolution()));
    }

    /**
     * An analysis whose communities come from {@code detection}, any implementation of {@link
     * CommunityDetection} (Leiden, Louvain or one of your own). It runs {@code
     * parameters.runs()} times per network with seeds {@code parameters.seed()}, {@code seed+1},
     * …, replacing its own seed; the best run (highest quality it reports) is kept. The
     * resolution in {@code parameters} still measures how well the baseline communities persist
     * after a shock (directed modularity); the detection's own settings decide everything else.
     *
     * @param parameters the settings
     * @param detection  the community detection algorithm
     */
    public Analysis(AnalysisParameters parameters, CommunityDetection detection) {
        this.parameters = Objects.requireNonNull(parameters);
        this.detection = Objects.requireNonNull(detection, "detection");
    }

    /** {@return the settings} */
    public AnalysisParameters parameters() {
        return parameters;
    }

    /** {@return the community detection algorithm (Leiden unless another was given)} */
    public CommunityDetection detection() {
        return detection;
    }

    /**
     * Runs the analysis: the baseline network's summary, hubs and communities; for each scenario the GSIM
     * solve, the post-shock network, its communities and how they compare with the baseline's, and the
     * verdict. Deterministic for a given seed.
     *
     * @param network   the trade network; build it with self-loops kept when the data has domestic sales,
     *                  so that they take part in the model (network measures leave them out)
     * @param scenarios the scenarios, in the order to report them
     * @param progress  told of each step
     * @return the baseline view and one outcome per scenario, in the order given
     * @throws org.tradenet.shock.ShockNotConvergedException when a levels solve does not converge
     * @throws IOException when the data set's tariff schedule cannot be read
     * @throws IllegalArgumentException when the network has no trade between countries
     */
    public AnalysisResult run(TradeNetwork network, List<Scenario> scenarios, Progress progress) throws IOException {
        TariffSchedule tariffs = parameters.tariffs() != null ? parameters.tariffs()
                : TariffSchedule.forDataset(network.name()).orElse(TariffSchedule.none());
        progress.step("baseline: hubs and directed communities of " + network.name());
        TradeNetwork base = withoutSelfLoops(network, network.name());
        if (!(base.totalValueUsd() > 0)) {
            throw new IllegalArgumentException(network.name() + ": no trade between countries to analyse (every flow is zero "
                    + "or domestic)");
        }
        NetworkView baseline = view(base);
        progress.step("baseline: significance of the communities against " + parameters.significance().draws() + " "
                + parameters.significance().nullModel().words() + " draws");
        SignificanceResult significance = significance(base);
        GsimModel model = GsimModel.of(network, tariffs, parameters.elasticities());
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Scenario s : scenarios) {
            java.util.Optional<String> why = s.whyNotApplicable(model);
            if (why.isPresent()) {
                progress.step("scenario " + s.name() + " " + why.get());
                skipped.add(s.name() + ": " + why.get());
                continue;
            }
            progress.step("scenario " + s.name() + ": GSIM " + parameters.form().name().toLowerCase(Locale.ROOT)
                    + " form, then the post-shock network");
            ShockResult shock = parameters.solver().solve(model, s);
            TradeNetwork post = withoutSelfLoops(shock.postShockNetwork().orElseThrow(), s.name());
            outcomes.add(outcome(baseline, shock, view(post), significance));
        }
        return new AnalysisResult(parameters, baseline, outcomes, significance, skipped);
    }

    /**
     * {@return the summary, hubs and communities of one network, with these settings}
     *
     * @param net the network (self-loops, if any, are counted as the measures say)
     */
    public NetworkView view(TradeNetwork net) {
        return NetworkView.of(net, parameters.top(), detection, parameters.seed(), parameters.runs());
    }

    /**
     * {@return the communities of one network with these settings} The detection (Leiden, directed
     * modularity at resolution γ, unless another was given), {@code runs} runs with seeds {@code seed,
     * seed+1, …}, the best kept, stability from the consensus of the runs.
     *
     * @param net the network
     */
    public CommunityView communities(TradeNetwork net) {
        return CommunityView.of(net, detection, parameters.seed(), parameters.runs());
    }

    /**
     * The significance of {@code net}'s directed community structure: {@link ModularitySignificance}
     * with this analysis's significance settings, seed and resolution.
     *
     * @param net a trade network (exporter → importer)
     * @return the observed modularity against the null draws, with z-score and empirical p-value
     */
    public SignificanceResult significance(TradeNetwork net) {
        return new ModularitySignificance(parameters.significance().withSeed(parameters.seed())
                .withResolution(parameters.resolution())).test(net.compact());
    }

    private ScenarioOutcome outcome(NetworkView baseline, ShockResult shock, NetworkView after, SignificanceResult significance) {
        CommunityView before = baseline.communities();
        CommunityView now = after.communities();
        PartitionComparison comparison = PartitionComparison.of(before.ids(), before.partition(), now.partition());
        double persisted = Modularity.of(after.network().compact(), before.partition(), parameters.resolution());
        List<RankComparison> ranks = new ArrayList<>();
        ranks.add(rank("throughput", baseline, after, baseline.hubs().throughput(), after.hubs().throughput()));
        for (HubCriterion c : List.of(HubCriterion.BETWEENNESS, HubCriterion.HITS_HUB, HubCriterion.HITS_AUTHORITY)) {
            NodeScores b = baseline.hubs().metrics().column(c.column()).orElseThrow();
            NodeScores a = after.hubs().metrics().column(c.column()).orElseThrow();
            ranks.add(rank(c.column(), baseline, after, b, a));
        }
        return new ScenarioOutcome(shock, after, comparison, persisted, ranks,
                verdict(baseline.network(), before, after.network(), now, significance));
    }

    private static RankComparison rank(String metric, NetworkView before, NetworkView after, NodeScores b, NodeScores a) {
        return RankComparison.of(metric, before.network().name(), before.communities().ids(), b.values(),
                after.network().name(), after.communities().ids(), a.values());
    }

    /**
     * {@return the verdict rule of {@link Verdict}, with this analysis's threshold, on each network's own
     * communities} For instance the baseline's and a post-shock network's from {@link #communities}. A
     * post-shock network with no trade left has no shares to compare: its verdict is {@link
     * Verdict.Kind#TRADE_STOPS}.
     *
     * @param baselineNetwork the network before the shock
     * @param before          the communities before the shock
     * @param afterNetwork    the network after it, with the baseline's countries in the same order
     * @param after           the communities after it, on the same countries
     * @param significance    the baseline structure against the null model; qualifies the verdict when not significant
     */
    public Verdict verdict(TradeNetwork baselineNetwork, CommunityView before, TradeNetwork afterNetwork, CommunityView after,
                           SignificanceResult significance) {
        if (!baselineNetwork.countries().equals(afterNetwork.countries())) {
            throw new IllegalArgumentException("the post-shock network " + afterNetwork.name()
                    + " must have the baseline's countries in the same order");
        }
        CompactGraph gBefore = baselineNetwork.compact();
        CompactGraph gAfter = afterNetwork.compact();
        FixedPartition fixed = new FixedPartition(CommunityView.insideShare(gBefore, before.partition()),
                CommunityView.insideShare(gAfter, before.partition()), before.modularity(),
                Modularity.of(gAfter, before.partition(), parameters.resolution()));
        NoiseBand noise = NoiseBand.of(gBefore, before.runs().partitions(), gAfter, after.runs().partitions(),
                parameters.moveThreshold(), parameters.nmiThreshold());
        double nmi = PartitionComparison.of(before.partition(), after.partition()).nmi();
        return verdict(before, after, fixed, nmi, noise, significance);
    }

    /**
     * The verdict rule of {@link Verdict}: the share of trade inside the baseline communities
     * held fixed ({@code fixed}) against the share band, then the NMI between the baseline and
     * the re-optimised post-shock partition against the NMI band, the bands from {@code noise};
     * the re-optimised measures of each network's own communities ({@code before}, {@code after})
     * are reported beside them. A post-shock network with no trade left gets {@link
     * Verdict.Kind#TRADE_STOPS}. When {@code significance} says the baseline structure is not
     * significant, the verdict is qualified and its last reason says why.
     *
     * @param before the baseline's own re-optimised communities
     * @param after the post-shock network's own re-optimised communities, on the same countries
     * @param fixed the shares and modularity of both networks on the baseline partition
     * @param nmi the NMI between the baseline and the re-optimised post-shock partition
     * @param noise the share and NMI bands from the optimiser's run-to-run noise
     * @param significance the baseline structure against the null model; qualifies the verdict when not significant
     * @return the verdict with the reasons that decided it
     */
    public Verdict verdict(CommunityView before, CommunityView after, FixedPartition fixed, double nmi, NoiseBand noise,
                           SignificanceResult significance) {
        List<String> reasons = new ArrayList<>();
        Verdict.Kind kind;
        double change = fixed.insideShareChange();
        String band = String.format(Locale.ROOT, "band \u00b1%.1f pt", 100 * noise.shareBand());
        String fixedLine = "trade inside the baseline communities (partition held fixed) " + share(fixed.insideShareBefore())
                + " -> " + share(fixed.insideShareAfter());
        boolean moved = nmi < noise.nmiBand();
        String nmiLine = String.format(Locale.ROOT, "NMI of the re-optimised communities against the baseline's %.3f, %s "
                + "the noise band %.3f (lowest NMI between %d optimiser runs %.3f)", nmi, moved ? "below" : "within",
                noise.nmiBand(), noise.runs(), noise.lowestRunNmi());
        String reoptimised = REOPTIMISED + " trade inside communities " + share(before.insideCommunityShare()) + " -> "
                + share(after.insideCommunityShare()) + ", communities of 2+ countries " + before.communities() + " -> "
                + after.communities() + ", modularity " + modularity(before.modularity()) + " -> " + modularity(after.modularity())
                + "; baseline partition's modularity after " + modularity(fixed.modularityAfter()) + "; trade inside UN regions "
                + share(before.insideRegionShare()) + " -> " + share(after.insideRegionShare());
        if (Double.isNaN(after.insideCommunityShare()) || Double.isNaN(change)) {
            kind = Verdict.Kind.TRADE_STOPS;
            reasons.add("no trade between countries is left after the shock: trade inside communities "
                    + share(before.insideCommunityShare()) + " -> " + share(Double.NaN) + ", modularity "
                    + modularity(before.modularity()) + " -> " + modularity(after.modularity()));
        } else if (Math.abs(change) > noise.shareBand()) {
            kind = change > 0 ? Verdict.Kind.FRAGMENTS : Verdict.Kind.INTEGRATES;
            reasons.add(fixedLine + String.format(Locale.ROOT, " (%+.1f pt), beyond the %s", 100 * change, band));
            reasons.add(nmiLine);
            reasons.add(reoptimised);
        } else if (moved) {
            kind = Verdict.Kind.RESHAPES;
            reasons.add(nmiLine);
            reasons.add(fixedLine + String.format(Locale.ROOT, " (%+.1f pt), within the %s", 100 * change, band));
            reasons.add(reoptimised);
        } else {
            kind = Verdict.Kind.NO_MEASURABLE_CHANGE;
            reasons.add(fixedLine + String.format(Locale.ROOT, " (%+.1f pt), within the %s", 100 * change, band));
            reasons.add(nmiLine);
            reasons.add(reoptimised);
        }
        boolean qualified = !significance.significant();
        if (qualified) {
            reasons.add("qualified: " + significanceWords(significance));
        }
        return new Verdict(kind, reasons, fixed, noise, qualified);
    }

    /**
     * One line on the significance of a community structure, e.g. "the baseline community
     * structure is not significant against 100 strength preserving rewiring draws (z = 0.4,
     * p = 0.31): its communities may be chance groupings".
     *
     * @param s the significance test's result
     * @return the sentence, with null model, draws, z-score and p-value
     */
    public static String significanceWords(SignificanceResult s) {
        String figures = String.format(Locale.ROOT, "(modularity %s against null %s \u00b1 %s, z = %s, p = %s)",
                modularity(s.observed()), modularity(s.nullMean()), modularity(s.nullSd()),
                Double.isNaN(s.zScore()) ? "n/a" : String.format(Locale.ROOT, "%.1f", s.zScore()),
                Double.isNaN(s.pValue()) ? "n/a" : String.format(Locale.ROOT, "%.3f", s.pValue()));
        String against = "against " + s.draws() + " " + s.nullModel().words() + " draws " + figures;
        return s.significant()
                ? "the baseline community structure is significant at level " + s.parameters().level() + " " + against
                : "the baseline community structure is NOT significant at level " + s.parameters().level() + " " + against
                        + ": its communities may be chance groupings, and every statement about them is qualified";
    }

    /** A share in percent; "n/a (no trade)" when there is no trade to share. */
    private static String share(double fraction) {
        return Double.isNaN(fraction) ? "n/a (no trade)" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /** Modularity to three decimals; "n/a" for a network without links, where it is not defined. */
    private static String modularity(double q) {
        return Double.isNaN(q) ? "n/a" : String.format(Locale.ROOT, "%.3f", q);
    }

    private static TradeNetwork withoutSelfLoops(TradeNetwork net, String name) {
        List<TradeLink> links = net.links().stream().filter(l -> !l.isSelfLoop()).toList();
        if (links.size() == net.linkCount() && name.equals(net.name())) {
            return net;
        }
        return net.withLinks(name, links, List.of());
    }
}
