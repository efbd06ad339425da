package org.tradenet.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tradenet.data.Country;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.Flow;
import org.tradenet.data.FlowTable;
import org.tradenet.data.InputFormat;
import org.tradenet.data.ReadReport;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;

/** Small networks for report tests, including one whose names try to inject markup and formulas. */
public final class TestNetworks {

    /** A country name that is a script tag. */
    public static final String SCRIPT = "<script>alert(1)</script>";
    /** A country name that a spreadsheet would run as a formula. */
    public static final String FORMULA = "=HYPERLINK(\"x\")";

    private TestNetworks() {
    }

    /**
     * Four nodes: CHN and USA from the registry, {@code EVL} named {@link #SCRIPT} in region
     * {@code Asia & "Pacific"}, {@code HYP} named {@link #FORMULA} with a control character in
     * its sub-region. Links (USD): CHN→USA 100 (5 t), CHN→EVL 50 (no quantity), EVL→HYP 25.5
     * (1.5 t), HYP→CHN 10 (2 t), USA→CHN 40 (1 t).
     */
    public static TradeNetwork hostile() {
        CountryRegistry reg = CountryRegistry.standard();
        Map<String, Country> nodes = new LinkedHashMap<>();
        nodes.put("CHN", reg.lookupOrCustom("CHN"));
        nodes.put("USA", reg.lookupOrCustom("USA"));
        nodes.put("EVL", new Country("EVL", "", SCRIPT, "Asia & \"Pacific\"", "<b>bold</b>", Country.Kind.CUSTOM));
        nodes.put("HYP", new Country("HYP", "", FORMULA, "Europe", "bell\u0007ring", Country.Kind.CUSTOM));
        List<Flow> flows = List.of(
                flow("CHN", "USA", 100, 5),
                flow("CHN", "EVL", 50, Double.NaN),
                flow("EVL", "HYP", 25.5, 1.5),
                flow("HYP", "CHN", 10, 2),
                flow("USA", "CHN", 40, 1));
        ReadReport report = new ReadReport("hostile", InputFormat.EDGES, flows.size(), flows.size(), List.of(), List.of(), null);
        FlowTable table = new FlowTable(flows, nodes, true, report);
        return TradeNetwork.build("hostile", table, NetworkSpec.defaults());
    }

    private static Flow flow(String e, String i, double v, double q) {
        return new Flow(e, i, "280530", 2025, v, q, Flow.Side.SINGLE, 0);
    }
}
