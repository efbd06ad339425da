package org.tradenet.data;

/**
 * A set of 64-bit row keys, each remembered with the line it was first seen on: the
 * duplicate-key check of the readers. Open addressing over two primitive arrays, 12 bytes a
 * key at a load factor of at most 0.75, so that checking a 10-million-row file costs about
 * 160 MB rather than a boxed map's gigabytes.
 */
final class KeyIndex {

    private long[] keys = new long[1024];
    private int[] lines = new int[1024];
    private int size;

    /**
     * Adds {@code key} seen on {@code line}; returns 0 when it is new, else the line it was
     * first seen on. Lines beyond {@code Integer.MAX_VALUE} are clamped.
     */
    long putIfAbsent(long key, long line) {
        if (4 * (size + 1) > 3 * keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (lines[slot] != 0) {
            if (keys[slot] == key) {
                return Integer.toUnsignedLong(lines[slot]);
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        lines[slot] = (int) Math.max(1, Math.min(line, 0xFFFFFFFFL));
        size++;
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldLines.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldLines[i] != 0) {
                int slot = (int) mix(oldKeys[i]) & mask;
                while (lines[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** A 64-bit finaliser (the MurmurHash3 fmix64 constants) so that packed keys spread. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
