package org.tradenet.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.tradenet.data.Dataset;
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
        p.put("direction", net.directed() ? "directed, edges exporter -> importer" : "undirected");
        p.put("weight", switch (spec.weight()) {
            case VALUE -> "trade value (USD)";
            case QUANTITY -> "quantity (tonnes)";
            case SHARE -> "share of total trade value";
        });
        p.put("years", spec.years().isEmpty() ? "all" : new TreeSet<>(spec.years()).toString());
        p.put("products", spec.products().isEmpty() ? "all in the data" : String.join(",", new TreeSet<>(spec.products())));
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

    static String describe(Dataset d) {
        return d.name() + ": " + d.title() + ". Source: " + d.source() + ". Units: " + d.units()
                + (d.caveat().isEmpty() ? "" : ". Caveat: " + d.caveat());
    }
}
