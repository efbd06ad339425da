package org.tradenet.data;

import java.util.Map;

/**
 * What a streaming read leaves besides the flows it handed to its {@link FlowSink}.
 *
 * @param nodes      every id the flows use, with its node
 * @param countryIds true when ids are countries (trade data), false for a generic graph
 * @param report     what the reader did
 */
public record StreamedRead(Map<String, Country> nodes, boolean countryIds, ReadReport report) {

    /**
     * Copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param nodes      every id the flows use, with its node
     * @param countryIds true when ids are countries (trade data), false for a generic graph
     * @param report     what the reader did
     */
    public StreamedRead {
        nodes = Map.copyOf(nodes);
    }
}
