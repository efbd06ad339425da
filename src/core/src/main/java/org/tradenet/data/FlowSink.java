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

    /**
     * Takes one flow whose exporter and importer the reader has numbered: within one read,
     * one id always has one number, numbers counting up from 0 in order of first sight. A sink
     * that keys by node may use the numbers instead of looking the ids up; by default they are
     * ignored.
     *
     * @param flow           a flow as read, after the reader's checks
     * @param exporterNumber the reader's number of the flow's exporter
     * @param importerNumber the reader's number of the flow's importer
     */
    default void accept(Flow flow, int exporterNumber, int importerNumber) {
        accept(flow);
    }
}
