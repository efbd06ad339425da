package org.tradenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.tradenet.analysis.Timeline;
import org.tradenet.analysis.TimelineParameters;
import org.tradenet.analysis.TimelineResult;
import org.tradenet.data.Dataset;
import org.tradenet.data.FlowTable;
import org.tradenet.report.AtomicFiles;
import org.tradenet.report.Json;
import org.tradenet.report.text.OutputFormat;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.html.TimelinePage;
import org.tradenet.report.text.TimelineReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradenet timeline}: a network with a year column followed year by year: size,
 * value, export concentration, directed communities and modularity, regionalisation, hubs.
 * Prints the report in {@code --format}; with {@code --out DIR} also writes timeline.html,
 * timeline.json, timeline.md and timeline.csv there.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true, defaultValueProvider = TimelineCommand.Defaults.class,
        description = "Follow a network with a year column year by year: countries, links, value, export concentration "
                + "(HHI, top-1/top-3 shares), directed communities (Leiden, as analyze) and modularity, regionalisation "
                + "(share of trade inside communities and inside UN regions) and the top hubs. With --out DIR also writes "
                + "timeline.html (charts over the years), timeline.json, timeline.md and timeline.csv.")
final class TimelineCommand implements Callable<Integer> {

    /** The data set followed when NETWORK is not given. */
    static final String DEFAULT_NETWORK = "magnets-timeline";

    @Mixin
    NetworkOptions network;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Enums.OutputFormatConverter.class,
            description = "What to print: text, markdown, json or csv (one row per year) (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TEXT;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Also write timeline.html, timeline.json, timeline.md and timeline.csv to DIR (each whole or not at all).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of community detection, the same every year (run k uses "
            + "S + k), and of the drawing layout (default: ${DEFAULT-VALUE}).")
    long seed = TimelineParameters.defaults().seed();

    @Option(names = "--runs", paramLabel = "R", description = "Leiden runs per year; the best is kept (default: ${DEFAULT-VALUE}).")
    int runs = TimelineParameters.defaults().runs();

    @Option(names = "--resolution", paramLabel = "G", description = "Modularity resolution (default: ${DEFAULT-VALUE}).")
    double resolution = TimelineParameters.defaults().resolution();

    @Option(names = "--top", paramLabel = "N", description = "Hubs per criterion per year (default: ${DEFAULT-VALUE}).")
    int top = TimelineParameters.defaults().top();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        StandardOutput.refuseForFolder("--out", out, "timeline.html, timeline.json, timeline.md and timeline.csv");
        PrintWriter err = spec.commandLine().getErr();
        TimelineParameters p;
        try {
            p = new TimelineParameters(seed, runs, resolution, top);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        FlowTable flows = network.readFlows(err);
        String name = network.dataset().map(Dataset::name).orElse(network.network);
        TimelineResult r;
        try {
            r = new Timeline(p).run(name, flows, network.spec(), what -> { });
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        String caveat = network.dataset().map(Dataset::caveat).orElse("");
        ReportHeader header = header(r);
        if (out != null) {
            for (String f : write(header, r, caveat)) {
                err.println("wrote " + f);
            }
            err.flush();
        }
        PrintWriter terminal = spec.commandLine().getOut();
        terminal.print(TimelineReport.render(header, r, caveat, format));
        terminal.flush();
        return ExitCodes.OK;
    }

    private List<String> write(ReportHeader header, TimelineResult r, String caveat) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("timeline.html", TimelinePage.render(header, r, caveat, seed, sources()));
        files.put("timeline.json", Json.write(TimelineReport.json(header, r, caveat)));
        files.put("timeline.md", TimelineReport.markdown(header, r, caveat));
        files.put("timeline.csv", TimelineReport.csv(r).toCsv());
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path f = out.resolve(e.getKey());
            try {
                AtomicFiles.writeString(f, e.getValue());
            } catch (IOException ex) {
                throw new UserException(ExitCodes.BAD_INPUT, f + ": cannot write: " + ex.getMessage());
            }
            written.add(f.toString());
        }
        return written;
    }

    private String sources() {
        String data = network.dataset().map(Dataset::source).orElse(network.network);
        return "Data: " + data + ". Communities: Leiden (Traag, Waltman & van Eck 2019) with directed modularity (Leicht & "
                + "Newman 2008). Questions from Han et al. (2025), iScience, doi:10.1016/j.isci.2025.113658. Made with tradenet.";
    }

    private ReportHeader header(TimelineResult r) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("timeline", r.years().size() + " years, " + r.first().year() + "-" + r.last().year()
                + "; each year measured on its own network (that year's flows only, self-loops left out)");
        p.put("communities", "Leiden, directed modularity (Leicht-Newman), resolution " + r.parameters().resolution() + ", "
                + r.parameters().runs() + " runs per year, best kept (as analyze)");
        p.put("seed", String.valueOf(r.parameters().seed()));
        p.put("hubs", "top " + r.parameters().top() + " per year on throughput (min of exports and imports, USD), betweenness "
                + "(1/value distances), HITS hub and authority");
        p.put("concentration", "HHI and top-1/top-3 shares of exporters' shares of the year's trade value");
        p.put("regionalisation", "share of the year's trade value on links inside a community, and inside a UN M49 region");
        p.put("units", "USD (current); shares as percentages of each year's trade value");
        ReportHeader h = ReportHeaders.of("tradenet timeline", network, r.all(), p);
        // r.all() sums the years only to lay out the drawing; its note about summed years does not apply here.
        List<String> notes = new ArrayList<>(h.notes().stream().filter(n -> !n.contains(" summed")).toList());
        notes.addAll(r.notes());
        return new ReportHeader(h.title(), h.data(), h.parameters(), notes);
    }

    /** Makes {@value #DEFAULT_NETWORK} the default NETWORK of this command (the mixin's default is rare-earths). */
    static final class Defaults implements CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(CommandLine.Model.ArgSpec arg) {
            if (arg.isPositional() && "NETWORK".equals(((CommandLine.Model.PositionalParamSpec) arg).paramLabel())) {
                return DEFAULT_NETWORK;
            }
            return null;
        }
    }
}
