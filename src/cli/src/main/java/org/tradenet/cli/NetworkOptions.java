package org.tradenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tradenet.data.CountryGroups;
import org.tradenet.data.DataSource;
import org.tradenet.data.Dataset;
import org.tradenet.data.Datasets;
import org.tradenet.data.DuplicateRows;
import org.tradenet.data.FlowTable;
import org.tradenet.data.InputFormat;
import org.tradenet.data.MirrorRule;
import org.tradenet.data.ProductCatalog;
import org.tradenet.data.ReadOptions;
import org.tradenet.data.ReadProblem;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;
import org.tradenet.network.WeightKind;
import org.tradenet.report.ControlCharacters;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The network a command works on: a data set name or a file, how to read it, and how to build it. */
public final class NetworkOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NETWORK", defaultValue = Datasets.DEFAULT,
            description = "A shipped data set (rare-earths, magnets-2024, magnets-timeline) or a file (default: ${DEFAULT-VALUE}).")
    String network = Datasets.DEFAULT;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            converter = Enums.InputFormatConverter.class,
            description = "auto, edges, baci, comtrade or matrix (default: ${DEFAULT-VALUE}: detected from the header).")
    InputFormat inputFormat = InputFormat.AUTO;

    @Option(names = "--lenient", description = "Skip bad rows, listing each with its reason, instead of stopping at the first.")
    boolean lenient;

    @Option(names = "--mirror-rule", paramLabel = "RULE", defaultValue = "importer-first",
            converter = Enums.MirrorRuleConverter.class,
            description = "Comtrade: which side of a flow counts: importer-first or per-flow (default: ${DEFAULT-VALUE}).")
    MirrorRule mirrorRule = MirrorRule.IMPORTER_FIRST;

    @Option(names = "--hs", split = ",", paramLabel = "CODE|GROUP",
            description = "Keep these HS6 codes or product groups (rare-earths, rare-earth-compounds, rare-earth-metals, "
                    + "rare-earth-ores, magnets, rare-earth-chain); default all.")
    List<String> hs = new ArrayList<>();

    @Option(names = "--product-groups", paramLabel = "FILE",
            description = "Add product groups from a CSV group,hs6[,description] (one row per code), usable in --hs.")
    java.nio.file.Path productGroups;

    @Option(names = "--year", split = ",", paramLabel = "YEAR", description = "Keep these years; default all (summed).")
    List<Integer> years = new ArrayList<>();

    @Option(names = "--min-value", paramLabel = "USD", defaultValue = "0",
            description = "Leave out links worth less than USD (default: ${DEFAULT-VALUE}).")
    double minValue;

    @Option(names = "--top-partners", paramLabel = "K", defaultValue = "0",
            description = "Keep each country's K largest suppliers and customers only; 0 keeps all (default: ${DEFAULT-VALUE}).")
    int topPartners;

    @Option(names = "--weight", paramLabel = "KIND", defaultValue = "value", converter = Enums.WeightKindConverter.class,
            description = "Edge weight: value (USD), quantity (tonnes) or share (default: ${DEFAULT-VALUE}).")
    WeightKind weight = WeightKind.VALUE;

    @Option(names = "--undirected", description = "Read links as undirected (generic graphs such as the benchmarks).")
    boolean undirected;

    @Option(names = "--self-loops", description = "Keep domestic flows (exporter = importer) as self-loops.")
    boolean selfLoops;

    @Option(names = "--non-country-areas", description = "Keep Comtrade's non-country partners (areas nes, bunkers, free zones).")
    boolean nonCountryAreas;

    @Option(names = "--duplicates", paramLabel = "refuse|sum", defaultValue = "refuse",
            converter = Enums.DuplicateRowsConverter.class,
            description = "Rows that repeat an exporter, importer, product and year (edge lists, BACI): refuse them, or sum "
                    + "them (several shipments of one pair); the report says how many were merged (default: ${DEFAULT-VALUE}).")
    DuplicateRows duplicates = DuplicateRows.REFUSE;

    @Option(names = "--groups", paramLabel = "FILE",
            description = "Add country groups from a CSV group,member,from,to,source (one row per member), usable in "
                    + "--aggregate and in scenario rules; they replace shipped groups of the same name.")
    java.nio.file.Path groupsFile;

    @Option(names = "--aggregate", split = ",", paramLabel = "GROUP",
            description = "Merge each group (EU27, G7, ASEAN, ... of networks/groups.csv or --groups) into one economy named "
                    + "after it; flows between its members become its home sales.")
    List<String> aggregate = new ArrayList<>();

    @Option(names = "--rest-of-world", paramLabel = "K", defaultValue = "0",
            description = "Keep the K largest economies by total trade and merge the rest into ROW; 0 keeps all "
                    + "(default: ${DEFAULT-VALUE}).")
    int restOfWorld;

    /**
     * {@return the country groups: the shipped ones plus those of --groups}
     *
     * @throws UserException (exit code 3, bad input) when the --groups file cannot be read
     */
    public CountryGroups groups() {
        if (groupsFile == null) {
            return CountryGroups.standard();
        }
        try {
            return CountryGroups.standardWith(groupsFile);
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, groupsFile + ": cannot read: " + e.getMessage());
        }
    }

    /** {@return the read options these flags select: input format, lenient, mirror rule and duplicates} */
    public ReadOptions readOptions() {
        return ReadOptions.defaults().withFormat(inputFormat).withLenient(lenient).withMirrorRule(mirrorRule)
                .withDuplicates(duplicates);
    }

    /** {@return the network spec these flags select} */
    public NetworkSpec spec() {
        Set<String> products;
        try {
            ProductCatalog catalog = ProductCatalog.standard();
            if (productGroups != null) {
                catalog = catalog.withGroupsFrom(productGroups);
            }
            products = catalog.resolve(hs);
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, productGroups + ": cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "--hs: " + e.getMessage());
        }
        try {
            return NetworkSpec.defaults().withProducts(products).withYears(new LinkedHashSet<>(years))
                    .withMinValueUsd(minValue).withTopPartners(topPartners).withWeight(weight)
                    .withDirected(!undirected).withSelfLoops(selfLoops).withNonCountryAreas(nonCountryAreas)
                    .withAggregate(aggregate).withRestOfWorld(restOfWorld).withGroups(groupsFile == null ? null : groups());
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
    }

    /** {@return the data set's provenance when NETWORK names a shipped data set} */
    public java.util.Optional<Dataset> dataset() {
        return Datasets.find(network);
    }

    /**
     * Reads the flows; with --lenient, lists every skipped row on {@code err}.
     *
     * @param err where skipped rows are listed
     * @return the flows read, with the read report
     * @throws java.io.IOException when the input cannot be read
     */
    public FlowTable readFlows(PrintWriter err) throws IOException {
        DataSource source = Datasets.source(network);
        FlowTable table = FlowTable.read(source, readOptions());
        for (ReadProblem p : table.report().skipped()) {
            err.println("skipped " + ControlCharacters.visible(p.toString()));
        }
        err.flush();
        return table;
    }

    /**
     * Reads and builds the network, streaming (memory bounded by the network); lists skipped rows on {@code err}.
     *
     * @param err where skipped rows are listed
     * @return the network, exporter → importer
     * @throws java.io.IOException when the input cannot be read
     */
    public TradeNetwork load(PrintWriter err) throws IOException {
        TradeNetwork net = TradeNetwork.load(network, spec(), readOptions());
        net.readReport().ifPresent(r -> r.skipped().forEach(p -> err.println("skipped " + ControlCharacters.visible(p.toString()))));
        err.flush();
        return net;
    }
}
