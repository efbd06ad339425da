package org.tradenet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.tradenet.community.PartitionFiles;
import org.tradenet.compare.NmiNormalisation;
import org.tradenet.compare.PartitionComparison;
import org.tradenet.report.text.PartitionComparisonReport;
import org.tradenet.report.ReportHeader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradenet compare-partitions A B}: NMI, ARI, VI, transitions and moved nodes. */
@Command(name = "compare-partitions", mixinStandardHelpOptions = true,
        description = "Compare two saved partitions (the JSON of 'tradenet communities', or a CSV node,community): NMI, "
                + "adjusted Rand index, variation of information, where each community's members went, and which nodes moved.")
final class ComparePartitionsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The first (before) partition.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The second (after) partition.")
    Path after;

    @Option(names = "--nmi", paramLabel = "NORM", defaultValue = "arithmetic", converter = NmiConverter.class,
            description = "NMI normalisation: arithmetic, geometric, max or min (default: ${DEFAULT-VALUE}).")
    NmiNormalisation nmi = NmiNormalisation.ARITHMETIC;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> a = read(before);
        Map<String, String> b = read(after);
        PartitionComparison c = PartitionComparison.of(a, b);
        if (c.nodes().isEmpty()) {
            throw new UserException(ExitCodes.BAD_INPUT, before + " and " + after + " share no node");
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("before", before.toString() + " (" + a.size() + " nodes)");
        p.put("after", after.toString() + " (" + b.size() + " nodes)");
        p.put("NMI normalisation", nmi.name().toLowerCase(java.util.Locale.ROOT));
        p.put("logarithm", "natural (VI in nats)");
        List<String> notes = c.onlyBefore().isEmpty() && c.onlyAfter().isEmpty() ? List.of()
                : List.of((c.onlyBefore().size() + c.onlyAfter().size()) + " nodes in one partition only are left out of the measures");
        ReportHeader h = new ReportHeader("tradenet compare-partitions", before + " vs " + after, p, notes);
        output.emit(PartitionComparisonReport.render(h, c, nmi, output.format()), spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private static Map<String, String> read(Path file) throws java.io.IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserException(ExitCodes.BAD_INPUT, file + ": no such file");
        }
        return PartitionFiles.read(file);
    }

    static final class NmiConverter implements picocli.CommandLine.ITypeConverter<NmiNormalisation> {
        @Override
        public NmiNormalisation convert(String value) {
            return Enums.parse(NmiNormalisation.class, value);
        }
    }
}
