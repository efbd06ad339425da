package org.tradenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.tradenet.analysis.Analysis;
import org.tradenet.analysis.AnalysisParameters;
import org.tradenet.metrics.MetricsParameters;
import org.tradenet.metrics.NodeMetrics;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.ControlCharacters;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.export.AttributedNetwork;
import org.tradenet.report.export.ExportFormat;
import org.tradenet.report.export.NetworkExport;
import org.tradenet.report.export.NodeAttributeProvider;
import org.tradenet.report.export.NodeAttributeProviders;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradenet export}: the network with node attributes as GEXF, GraphML or CSV tables,
 * for Gephi, Cytoscape and spreadsheets.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a network for Gephi, Cytoscape or a spreadsheet: GEXF 1.2, GraphML, or CSV node and edge tables. "
                + "Nodes carry id, name and the attribute sets chosen with --with; edges run exporter -> importer "
                + "with weight, valueUsd, quantityTonnes and productFlows.",
        footer = {"", "CSV writes two files: with --out DIR (an existing directory, or a path ending in /) "
                + "DIR/NETWORK-nodes.csv and DIR/NETWORK-edges.csv; with --out FILE[.csv] FILE-nodes.csv and FILE-edges.csv.",
                "GEXF and GraphML go to the terminal without --out."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    NetworkOptions network;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = ExportFormatConverter.class,
            description = "gexf, graphml or csv.")
    ExportFormat to;

    @Option(names = "--with", split = ",", paramLabel = "SET",
            description = "Node attribute sets to add: regions, strength, degree, communities (directed Leiden community and "
                    + "stability, as analyze), metrics (pagerank, hub, authority, betweenness, closeness, ...) "
                    + "(default: regions,strength).")
    List<String> with = new ArrayList<>(NodeAttributeProviders.DEFAULT);

    @Option(names = {"-o", "--out"}, paramLabel = "FILE|DIR", description = "Where to write (whole or not at all); see below.")
    String out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (to == ExportFormat.CSV && out == null) {
            throw new UserException(ExitCodes.USAGE, "--to csv writes two files: give --out FILE or --out DIR/");
        }
        if (to == ExportFormat.CSV) {
            StandardOutput.refuseForFolder("--out", Path.of(out), "two files (NETWORK-nodes.csv and NETWORK-edges.csv)");
        }
        PrintWriter err = spec.commandLine().getErr();
        TradeNetwork net = network.load(err);
        AttributedNetwork data;
        try {
            data = attributeSets().annotate(net, with);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "--with: " + e.getMessage());
        }
        ReportHeader header = ReportHeaders.of("tradenet export", network, net,
                Map.of("node attributes", String.join(",", with)));
        if (out == null || out.equals("-") && to != ExportFormat.CSV) {
            PrintWriter terminal = spec.commandLine().getOut();
            terminal.print(to == ExportFormat.GEXF ? NetworkExport.gexf(data, header) : NetworkExport.graphml(data, header));
            terminal.flush();
            return ExitCodes.OK;
        }
        List<Path> files;
        try {
            Path target = Path.of(out);
            if (to == ExportFormat.CSV && (out.endsWith("/") || out.endsWith(java.io.File.separator))) {
                java.nio.file.Files.createDirectories(target);
            }
            files = NetworkExport.write(data, header, to, target);
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, out + ": cannot write: " + e.getMessage());
        }
        for (Path f : files) {
            err.println("wrote " + f);
        }
        err.println(ControlCharacters.visible(net.name()) + ": " + net.nodeCount() + " nodes, " + net.linkCount() + " links");
        err.flush();
        return ExitCodes.OK;
    }

    /**
     * The sets {@code --with} chooses from: those read from the network ({@link
     * NodeAttributeProviders#standard()}), and two computed here and passed in as columns:
     * {@code communities} with the settings of {@code analyze} ({@link AnalysisParameters#defaults()}:
     * directed modularity, resolution 1, 10 Leiden runs from seed 42, best kept) and {@code
     * metrics} with the defaults of {@code tradenet metrics} ({@link MetricsParameters#defaults()}).
     * Each runs only when named.
     */
    static NodeAttributeProviders attributeSets() {
        return NodeAttributeProviders.standard()
                .with(NodeAttributeProvider.of("communities",
                        "community and stability: directed Leiden communities as analyze finds them (directed modularity, "
                                + "resolution 1, 10 runs from seed 42, best kept; 0 = largest) and the share of runs agreeing "
                                + "with each country's consensus community",
                        n -> NodeAttributeProviders.communityColumns(new Analysis(AnalysisParameters.defaults()).communities(n))))
                .with(NodeAttributeProvider.of("metrics",
                        "pagerank, hub, authority, betweenness, closeness, harmonic, eigenvector, clustering, kcore, "
                                + "largestSupplierShare, supplierHhi: centralities with the defaults of tradenet metrics "
                                + "(edges exporter -> importer; 1/weight distances for path measures)",
                        n -> NodeAttributeProviders.metricColumns(new NodeMetrics(MetricsParameters.defaults()).compute(n.compact()))));
    }

    static final class ExportFormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return Enums.parse(ExportFormat.class, value);
        }
    }
}
