package org.tradenet.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.tradenet.data.Dataset;
import org.tradenet.data.ReadReport;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.ReportHeader;

/** Builds the header every report starts with from the network and the command's parameters. */
final class ReportHeaders {

    private ReportHeaders() {
    }

    static ReportHeader of(String title, NetworkOptions options, TradeNetwork net, Map<String, String> extra) {
        String data = options.dataset().map(ReportHeaders::describe).orElse(options.network);
        Map<String, String> p = new LinkedHashMap<>();
        NetworkSpec spec = net.spec();
        p.put("direction", !net.directed() ? "undirected"
                : net.countryIds() ? "directed, edges exporter -> importer" : "directed, edges source -> target");
        p.put("weight", weight(net));
        p.put("years", spec.years().isEmpty() ? "all" : new TreeSet<>(spec.years()).toString());
        if (net.countryIds() || !spec.products().isEmpty()) {
            p.put("products", spec.products().isEmpty() ? "all in the data" : String.join(",", new TreeSet<>(spec.products())));
        }
        if (spec.minValueUsd() > 0) {
            p.put("minimum link value (USD)", String.valueOf(spec.minValueUsd()));
        }
        if (spec.topPartners() > 0) {
            p.put("top partners kept", String.valueOf(spec.topPartners()));
        }
        p.put("self-loops", spec.selfLoops() ? "kept (domestic sales)" : "left out");
        p.putAll(extra);
        return new ReportHeader(title, data, p, net.notes());
    }

    /**
     * What a link's weight means, as read: trade value (USD), quantity or share for trade data;
     * for a generic graph the column the weights came from, unit unknown.
     */
    static String weight(TradeNetwork net) {
        String given = net.countryIds() ? "" : net.readReport().map(ReadReport::weight).filter(w -> !w.isEmpty())
                .orElse("as given (unit unknown)");
        return switch (net.spec().weight()) {
            case VALUE -> given.isEmpty() ? "trade value (USD)" : given;
            case QUANTITY -> "quantity (tonnes)";
            case SHARE -> given.isEmpty() ? "share of total trade value" : "share of the total weight (" + given + ")";
        };
    }

    static String describe(Dataset d) {
        return d.name() + ": " + d.title() + ". Source: " + d.source() + ". Units: " + d.units()
                + (d.caveat().isEmpty() ? "" : ". Caveat: " + d.caveat());
    }
}
