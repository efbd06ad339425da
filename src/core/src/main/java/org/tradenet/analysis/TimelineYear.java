package org.tradenet.analysis;

import java.util.List;

import org.tradenet.metrics.HubCriterion;
import org.tradenet.metrics.HubReport;

/**
 * One year of a {@link Timeline}: that year's network (self-loops left out) with its
 * summary, hubs and directed communities, measured as {@code analyze} measures a network.
 * The accessors below name the figures the timeline follows.
 *
 * @param year the year
 * @param view the year's network, summary, hubs and communities
 */
public record TimelineYear(int year, NetworkView view) {

    /** Countries with at least one link that year. */
    public int countries() {
        return view.summary().nodes();
    }

    /** Exporter → importer links that year. */
    public int links() {
        return view.summary().links();
    }

    /** Total trade value, USD. */
    public double valueUsd() {
        return view.summary().totalValueUsd();
    }

    /** Herfindahl–Hirschman index of the exporters' shares of the year's trade value, in [1/n, 1]. */
    public double exportHhi() {
        return view.summary().exportHhi();
    }

    /** The largest exporter's share of the year's trade value. */
    public double exportTop1Share() {
        return view.summary().exportTop1Share();
    }

    /** The three largest exporters' share of the year's trade value. */
    public double exportTop3Share() {
        return view.summary().exportTop3Share();
    }

    /** Directed communities of two or more countries. */
    public int communities() {
        return view.communities().communities();
    }

    /** Directed modularity (Leicht–Newman) of the best partition. */
    public double modularity() {
        return view.communities().modularity();
    }

    /** Share of the year's trade value on links inside a community. */
    public double insideCommunityShare() {
        return view.communities().insideCommunityShare();
    }

    /** Share of the year's trade value on links inside a UN region. */
    public double insideRegionShare() {
        return view.communities().insideRegionShare();
    }

    /** The ids of the top countries on a hub criterion, best first (only positive values rank). */
    public List<String> hubs(HubCriterion criterion) {
        return view.hubs().leaders().getOrDefault(criterion, List.of()).stream().map(HubReport.Reason::id).toList();
    }
}
