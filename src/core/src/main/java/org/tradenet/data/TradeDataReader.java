package org.tradenet.data;

import java.io.IOException;

/** Reads one input format into a {@link FlowTable}. Implementations are stateless. */
public interface TradeDataReader {

    /** {@return the format this reader reads} */
    InputFormat format();

    /**
     * Reads {@code source}, handing each flow to {@code sink} as it is read: memory stays
     * bounded by the nodes and a 12-byte duplicate-check entry per row (the Comtrade reader
     * holds the declarations, which it must reconcile before it can emit any).
     *
     * @param source  the file or stream
     * @param options leniency, mirror rule and registry
     * @param sink    takes each flow as it is read
     * @return the nodes seen and the read report
     * @throws DataFormatException on the first bad row (or a bad file) unless {@code options.lenient()}
     * @throws IOException         when the source cannot be read
     */
    StreamedRead stream(DataSource source, ReadOptions options, FlowSink sink) throws IOException;

    /**
     * Reads {@code source} into a {@link FlowTable}.
     *
     * @param source  the file or stream
     * @param options leniency, mirror rule and registry
     * @return the flows with their nodes and the read report
     * @throws IOException         when the source cannot be read
     * @throws DataFormatException on the first bad row unless {@code options.lenient()}
     */
    default FlowTable read(DataSource source, ReadOptions options) throws IOException {
        java.util.List<Flow> flows = new java.util.ArrayList<>();
        StreamedRead r = stream(source, options, flows::add);
        if (options.duplicates() == DuplicateRows.SUM) {
            flows = sumRepeats(flows);
        }
        return new FlowTable(flows, r.nodes(), r.countryIds(), r.report());
    }

    /**
     * Flows of one exporter, importer, product and year added up into the first of them (values
     * summed; quantities summed, NaN when any is unknown), in first-seen order. Linear time.
     *
     * @param flows the flows as read, exporter to importer
     * @return one flow per exporter, importer, product and year
     */
    static java.util.List<Flow> sumRepeats(java.util.List<Flow> flows) {
        java.util.Map<java.util.List<Object>, Integer> at = new java.util.HashMap<>();
        java.util.List<Flow> out = new java.util.ArrayList<>();
        for (Flow f : flows) {
            Integer k = at.putIfAbsent(java.util.List.of(f.exporter(), f.importer(), f.hs6(), f.year()), out.size());
            if (k == null) {
                out.add(f);
            } else {
                Flow a = out.get(k);
                out.set(k, new Flow(a.exporter(), a.importer(), a.hs6(), a.year(), a.valueUsd() + f.valueUsd(),
                        a.quantityTonnes() + f.quantityTonnes(), a.side(), a.line()));
            }
        }
        return out;
    }
}
