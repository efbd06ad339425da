package org.tradenet.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.tradenet.community.CommunityDetection;
import org.tradenet.data.Dataset;
import org.tradenet.data.Datasets;
import org.tradenet.data.FlowTable;
import org.tradenet.data.ReadOptions;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

/**
 * A trade network followed year by year: for each year of the data, the year's network and
 * what {@code analyze} measures on a baseline: size and value, export concentration (HHI,
 * top-1 and top-3 shares), hubs (throughput, betweenness, HITS), the directed communities
 * (Leiden, directed modularity, several seeded runs, best kept) with their modularity, and
 * regionalisation: the share of trade value inside communities and inside UN regions. This
 * is the "from globalisation to regionalisation" question as figures; the timeline draws no
 * conclusion of its own.
 *
 * <p>Each year is built from the flows of that year alone, with the caller's filters
 * (products, minimum value, top partners, weight) and without self-loops; a country appears
 * in a year when it has a link that year. Every year uses the same seed, so a change between
 * years is a change of the data, not of the random start. Years without any link are left
 * out and noted.
 *
 * <p>Caveat for the shipped {@code magnets-timeline}: that data is trimmed to each country's
 * top suppliers and customers, so each year holds the large flows only; the reports say so.
 *
 * <p>Deterministic for a given seed. Time: per year, {@code runs} Leiden runs plus the hub
 * metrics (betweenness O(n m log n)); about a second for 23 years of ~1,300 links.
 *
 * <p>References: Traag, Waltman &amp; van Eck (2019), doi:10.1038/s41598-019-41695-z (Leiden);
 * Leicht &amp; Newman (2008), doi:10.1103/PhysRevLett.100.118703 (directed modularity); Han et
 * al. (2025), iScience, doi:10.1016/j.isci.2025.113658 (the study whose questions this follows).
 */
public final class Timeline {

    private final TimelineParameters parameters;
    private final CommunityDetection detection;

    /**
     * A timeline with these settings; communities by Leiden with directed modularity at the
     * settings' resolution γ.
     *
     * @param parameters the settings
     */
    public Timeline(TimelineParameters parameters) {
        this(parameters, CommunityView.leiden(parameters.resolution()));
    }

    /**
     * A timeline whose communities come from {@code detection} (any {@link CommunityDetection}),
     * run {@code parameters.runs()} times per year with seeds {@code parameters.seed()}, {@code
     * seed+1}, …, replacing its own seed; the best run is kept.
     *
     * @param parameters the settings
     * @param detection  the community detection algorithm
     */
    public Timeline(TimelineParameters parameters, CommunityDetection detection) {
        this.parameters = Objects.requireNonNull(parameters);
        this.detection = Objects.requireNonNull(detection, "detection");
    }

    /** {@return the settings} */
    public TimelineParameters parameters() {
        return parameters;
    }

    /**
     * Reads a shipped data set or a file and runs the timeline on all its years with the default spec.
     *
     * @param nameOrPath a shipped data set's name (for instance {@code magnets-timeline}) or a file path
     * @return one year's view per year with links, and the notes on years left out
     * @throws IOException when the file cannot be read
     */
    public TimelineResult run(String nameOrPath) throws IOException {
        FlowTable flows = FlowTable.read(Datasets.source(nameOrPath), ReadOptions.defaults());
        String name = Datasets.find(nameOrPath).map(Dataset::name).orElse(nameOrPath);
        return run(name, flows, NetworkSpec.defaults(), what -> { });
    }

    /**
     * Runs the timeline.
     *
     * @param name     the data set's name, echoed in the result
     * @param flows    the flows, with a year each
     * @param spec     filters and weight meaning; its years, when given, choose the years to
     *                 follow, else every year of the data is followed
     * @param progress told of each year
     * @return one view per year with links, in year order, and notes on the years left out
     * @throws IllegalArgumentException when the data has no year column or none of the chosen years
     */
    public TimelineResult run(String name, FlowTable flows, NetworkSpec spec, Analysis.Progress progress) {
        Set<Integer> present = new TreeSet<>(flows.years());
        present.remove(0);
        if (present.isEmpty()) {
            throw new IllegalArgumentException(name + " has no year column (or no year on any flow): a timeline needs years");
        }
        Set<Integer> years = new TreeSet<>(present);
        if (!spec.years().isEmpty()) {
            years.retainAll(spec.years());
            if (years.isEmpty()) {
                throw new IllegalArgumentException(name + " has none of the years " + new TreeSet<>(spec.years())
                        + "; its years are " + present);
            }
        }
        NetworkSpec each = spec.withSelfLoops(false);
        List<TimelineYear> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long undated = 0;
        double undatedUsd = 0;
        for (org.tradenet.data.Flow f : flows.flows()) {
            if (f.year() == 0) {
                undated++;
                undatedUsd += f.valueUsd();
            }
        }
        if (undated > 0) {
            // Never dropped without a word: such flows belong to no year of the timeline.
            notes.add(undated + " flow(s) without a year (USD " + String.format(java.util.Locale.ROOT, "%.4g", undatedUsd)
                    + ") are in no year of the timeline; " + (spec.years().isEmpty()
                    ? "the whole-period network includes them" : "the whole-period network of the chosen years leaves them out"));
        }
        for (int y : years) {
            progress.step("year " + y);
            TradeNetwork net = TradeNetwork.build(name + " " + y, flows, each.withYears(Set.of(y)));
            if (net.linkCount() == 0) {
                notes.add(y + ": no links left after the filters; year left out");
                continue;
            }
            out.add(new TimelineYear(y, NetworkView.of(net, parameters.top(), detection, parameters.seed(),
                    parameters.runs())));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(name + ": no year has links left after the filters");
        }
        TradeNetwork all = TradeNetwork.build(name, flows, spec.years().isEmpty() ? each : each.withYears(years));
        return new TimelineResult(parameters, name, all, out, notes);
    }
}
