package org.tradenet.metrics;

/**
 * The five brokerage roles of Gould and Fernandez (1989) for a broker b on a two-path
 * a → b → c (a sells to b, b sells to c), relative to a partition of the countries into
 * groups. A node of unknown group is in a group of its own.
 */
public enum BrokerRole {
    /** a, b and c in the same group: brokerage inside a group. */
    COORDINATOR,
    /** a and c in one group, b outside it: an outside consultant (also "itinerant broker"). */
    ITINERANT,
    /** a and b in one group, c outside: b represents its group's supply to another group. */
    REPRESENTATIVE,
    /** b and c in one group, a outside: b gates its group's access to outside supply. */
    GATEKEEPER,
    /** a, b and c in three different groups. */
    LIAISON;

    /**
     * {@return the role of broker b on a two-path a → b → c, from the groups of a, b and c}
     *
     * @param ga the group of the source a (-1 = unknown, never equal to anything)
     * @param gb the group of the broker b (-1 = unknown)
     * @param gc the group of the target c (-1 = unknown)
     */
    public static BrokerRole of(int ga, int gb, int gc) {
        boolean ab = ga >= 0 && ga == gb;
        boolean bc = gb >= 0 && gb == gc;
        boolean ac = ga >= 0 && ga == gc;
        if (ab && bc) {
            return COORDINATOR;
        }
        if (ac) {
            return ITINERANT;
        }
        if (ab) {
            return REPRESENTATIVE;
        }
        if (bc) {
            return GATEKEEPER;
        }
        return LIAISON;
    }
}
