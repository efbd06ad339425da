package org.tradenet.data;

import java.io.IOException;

/** Reads one input format into a {@link FlowTable}. Implementations are stateless. */
public interface TradeDataReader {

    /** The format this reader reads. */
    InputFormat format();

    /**
     * Reads {@code source}.
     *
     * @throws DataFormatException on the first bad row (or a bad file) unless {@code options.lenient()}
     * @throws IOException         when the source cannot be read
     */
    FlowTable read(DataSource source, ReadOptions options) throws IOException;
}
