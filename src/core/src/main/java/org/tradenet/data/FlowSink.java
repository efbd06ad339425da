package org.tradenet.data;

/**
 * Receives flows one at a time as a reader produces them, so that a large file can be
 * aggregated into a network without holding its rows in memory.
 */
@FunctionalInterface
public interface FlowSink {

    /**
     * Takes one flow.
     *
     * @param flow a flow as read, after the reader's checks
     */
    void accept(Flow flow);
}
