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

    /** {@return countries with at least one link that year} */
    public int countries() {
        return view.summary().nodes();
    }

    /** {@return exporter → importer links that year} */
    public int links() {
        return view.summary().links();
    }

    /** {@return the total trade value, USD} */
    public double valueUsd() {
        return view.summary().totalValueUsd();
    }

    /**
     * {@return Herfindahl–Hirschman index of the exporters' shares of the year's trade value, in [1/n, 1]}
     */
    public double exportHhi() {
        return view.summary().exportHhi();
    }

    /** {@return the largest exporter's share of the year's trade value} */
    public double exportTop1Share() {
        return view.summary().exportTop1Share();
    }

    /** {@return the three largest exporters' share of the year's trade value} */
    public double exportTop3Share() {
        return view.summary().exportTop3Share();
    }

    /** {@return directed communities of two or more countries} */
    public int communities() {
        return view.communities().communities();
    }

    /** {@return directed modularity (Leicht–Newman) of the best partition} */
    public double modularity() {
        return view.communities().modularity();
    }

    /** {@return the share of the year's trade value on links inside a community} */
    public double insideCommunityShare() {
        return view.communities().insideCommunityShare();
    }

    /** {@return the share of the year's trade value on links inside a UN region} */
    public double insideRegionShare() {
        return view.communities().insideRegionShare();
    }

    /**
     * {@return the ids of the top countries on a hub criterion, best first (only positive values rank)}
     *
     * @param criterion the hub criterion
     */
    public List<String> hubs(HubCriterion criterion) {
        return view.hubs().leaders().getOrDefault(criterion, List.of()).stream().map(HubReport.Reason::id).toList();
    }
}
