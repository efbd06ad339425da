package org.tradenet.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trade flows as read from a source, product by product, before any aggregation: the
 * input of {@link org.tradenet.network.TradeNetwork}. Immutable.
 *
 * <p>Reading a file is one line: {@code FlowTable.read(DataSource.of(path), ReadOptions.defaults())}.
 */
public final class FlowTable {

    private final List<Flow> flows;
    private final Map<String, Country> nodes;
    private final boolean countryIds;
    private final ReadReport report;

    /**
     * @param flows      the flows
     * @param nodes      every id the flows use, with its node
     * @param countryIds true when ids are countries (trade data), false for a generic graph
     * @param report     what the reader did
     */
    public FlowTable(List<Flow> flows, Map<String, Country> nodes, boolean countryIds, ReadReport report) {
        this.flows = List.copyOf(flows);
        Map<String, Country> n = new LinkedHashMap<>(nodes);
        for (Flow f : this.flows) {
            if (!n.containsKey(f.exporter()) || !n.containsKey(f.importer())) {
                throw new IllegalArgumentException("flow " + f.exporter() + "→" + f.importer() + " uses an id with no node");
            }
        }
        this.nodes = Collections.unmodifiableMap(n);
        this.countryIds = countryIds;
        this.report = report;
    }

    /**
     * {@return flows computed in memory (a model's output, a test) with nodes from {@code registry}}
     *
     * @param flows      the flows
     * @param registry   where node ids are looked up (unknown ids become custom nodes)
     * @param sourceName the name reports use for them
     */
    public static FlowTable of(List<Flow> flows, CountryRegistry registry, String sourceName) {
        Map<String, Country> nodes = new LinkedHashMap<>();
        for (Flow f : flows) {
            nodes.computeIfAbsent(f.exporter(), registry::lookupOrCustom);
            nodes.computeIfAbsent(f.importer(), registry::lookupOrCustom);
        }
        ReadReport report = new ReadReport(sourceName, InputFormat.EDGES, flows.size(), flows.size(),
                List.of(), List.of(), null);
        return new FlowTable(flows, nodes, true, report);
    }

    /**
     * Reads {@code source} in the format the options name, or the one its header shows.
     *
     * @param source  the file or stream
     * @param options format, leniency, mirror rule and registry
     * @return the flows with their nodes and the read report
     * @throws IOException         when the source cannot be read
     * @throws DataFormatException on the first bad row unless {@code options.lenient()}
     */
    public static FlowTable read(DataSource source, ReadOptions options) throws IOException {
        InputFormat format = options.format();
        if (format == InputFormat.AUTO) {
            format = detect(source);
        }
        return readerFor(format).read(source, options);
    }

    /**
     * Streams {@code source} into {@code sink} without keeping its rows: the way to aggregate a file far
     * larger than memory (see {@link TradeDataReader#stream}).
     *
     * @param source  the file or stream
     * @param options format, leniency, mirror rule and registry
     * @param sink    takes each flow as it is read
     * @return the nodes seen and the read report
     * @throws IOException         when the source cannot be read
     * @throws DataFormatException on the first bad row unless {@code options.lenient()}
     */
    public static StreamedRead stream(DataSource source, ReadOptions options, FlowSink sink) throws IOException {
        InputFormat format = options.format();
        if (format == InputFormat.AUTO) {
            format = detect(source);
        }
        return readerFor(format).stream(source, options, sink);
    }

    /**
     * {@return the reader of a format}
     *
     * @param format the input format
     */
    public static TradeDataReader readerFor(InputFormat format) {
        return switch (format) {
            case EDGES -> new EdgeListReader();
            case BACI -> new BaciReader();
            case COMTRADE -> new ComtradeReader();
            case MATRIX -> new MatrixReader();
            case AUTO -> throw new IllegalArgumentException("AUTO is not a format to read; detect it first");
        };
    }

    /**
     * The format a file's header shows: BACI ({@code t,i,j,k,v,q}), Comtrade (reporter and flow
     * columns), a matrix (first header cell empty or {@code exporter\importer}), or an edge list
     * (exporter and importer, or source and target).
     *
     * @param source the file or stream; only its first line is read
     * @return the detected format
     * @throws IOException         when the source cannot be read
     * @throws DataFormatException when the header fits no format
     */
    public static InputFormat detect(DataSource source) throws IOException {
        try (CsvInput in = CsvInput.open(source)) {
            List<String> h = new ArrayList<>();
            for (String s : in.header()) {
                h.add(s.toLowerCase(Locale.ROOT));
            }
            if (h.containsAll(List.of("t", "i", "j", "k", "v"))) {
                return InputFormat.BACI;
            }
            boolean flow = h.contains("flow") || h.contains("flowcode");
            boolean reporter = h.contains("reporter") || h.contains("reportercode");
            if (flow && reporter) {
                return InputFormat.COMTRADE;
            }
            String first = h.get(0);
            if (first.isEmpty() || first.contains("\\") || first.contains("/")) {
                return InputFormat.MATRIX;
            }
            boolean exporter = h.stream().anyMatch(c -> c.equals("exporter") || c.startsWith("exporter_iso"));
            boolean importer = h.stream().anyMatch(c -> c.equals("importer") || c.startsWith("importer_iso"));
            if (exporter && importer || h.contains("source") && h.contains("target")) {
                return InputFormat.EDGES;
            }
            throw new DataFormatException(source.name(), in.headerLine(), "", "cannot tell the format from the header '"
                    + CsvInput.abbreviate(String.join(",", in.header()))
                    + "': expected exporter,importer,value (edge list), source,target (graph), t,i,j,k,v,q (BACI), "
                    + "reporter/partner/flow columns (Comtrade) or a matrix; or name it with --input-format");
        }
    }

    /** {@return the flows, in source order} */
    public List<Flow> flows() {
        return flows;
    }

    /** {@return every id used, with its node} */
    public Map<String, Country> nodes() {
        return nodes;
    }

    /** {@return true when the ids are countries (trade data); false for a generic graph} */
    public boolean countryIds() {
        return countryIds;
    }

    /** {@return what the reader did} */
    public ReadReport report() {
        return report;
    }

    /** {@return the years present, ascending (0 stands for "no year")} */
    public Set<Integer> years() {
        Set<Integer> y = new TreeSet<>();
        flows.forEach(f -> y.add(f.year()));
        return y;
    }

    /** {@return the HS6 codes present, ascending (empty string for "no product")} */
    public Set<String> products() {
        Set<String> p = new TreeSet<>();
        flows.forEach(f -> p.add(f.hs6()));
        return p;
    }

    /** {@return the total value in USD} */
    public double totalValueUsd() {
        double s = 0;
        for (Flow f : flows) {
            s += f.valueUsd();
        }
        return s;
    }
}
