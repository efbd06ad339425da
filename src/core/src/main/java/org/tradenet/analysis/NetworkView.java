package org.tradenet.analysis;

import org.tradenet.community.CommunityDetection;
import org.tradenet.metrics.HubParameters;
import org.tradenet.metrics.HubReport;
import org.tradenet.metrics.NetworkSummary;
import org.tradenet.network.TradeNetwork;

/**
 * One network as the analysis sees it: the network (self-loops left out), its summary, its
 * hubs with their reasons, and its directed communities.
 *
 * @param network     the network
 * @param summary     size, value, concentration, dependence
 * @param hubs        hubs and the metrics behind them
 * @param communities directed communities
 */
public record NetworkView(TradeNetwork network, NetworkSummary summary, HubReport hubs, CommunityView communities) {

    /**
     * The view of {@code net}: its summary and hubs (top {@code top}) and its communities found
     * by {@code detection} ({@link CommunityView#of}). Shared by {@link Analysis} and {@link
     * Timeline}.
     */
    static NetworkView of(TradeNetwork net, int top, CommunityDetection detection, long seed, int runs) {
        NetworkSummary summary = NetworkSummary.of(net, top);
        HubReport hubs = HubReport.of(net, HubParameters.defaults().withTop(top));
        return new NetworkView(net, summary, hubs, CommunityView.of(net, detection, seed, runs));
    }
}
