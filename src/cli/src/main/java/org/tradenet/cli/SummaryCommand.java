package org.tradenet.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.tradenet.metrics.NetworkSummary;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.text.SummaryReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradenet summary}: size, value, density, reciprocity, top traders, concentration, dependence. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Summarise a trade network: countries, links, value, density, reciprocity, top exporters and "
                + "importers, export concentration (HHI, top-1/top-3 shares), importers' dependence on their largest supplier.")
final class SummaryCommand implements Callable<Integer> {

    @Mixin
    NetworkOptions network;

    @Mixin
    OutputOptions output;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "How many countries to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new UserException(ExitCodes.USAGE, "--top must be at least 1, was " + top);
        }
        TradeNetwork net = network.load(spec.commandLine().getErr());
        NetworkSummary summary = NetworkSummary.of(net, top);
        var header = ReportHeaders.of("tradenet summary", network, net, Map.of());
        output.emit(SummaryReport.render(header, summary, output.format(), net.countryIds()), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
