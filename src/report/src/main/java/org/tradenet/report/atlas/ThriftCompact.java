package org.tradenet.report.atlas;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The Thrift compact protocol, the encoding of Parquet's page headers and file footer: only
 * what writing them needs (structs, i32, i64, binary, lists). Field headers carry the delta
 * to the previous field id when it is 1..15, else the id as a zigzag varint; integers are
 * zigzag varints; a list header carries its size and element type.
 *
 * <p>Reference: Apache Thrift, "Thrift Compact protocol encoding",
 * doc/specs/thrift-compact-protocol.md.
 */
final class ThriftCompact {

    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Deque<Integer> lastIds = new ArrayDeque<>();
    private int lastId;

    byte[] bytes() {
        return out.toByteArray();
    }

    private void fieldHeader(int id, int type) {
        int delta = id - lastId;
        if (delta > 0 && delta <= 15) {
            out.write(delta << 4 | type);
        } else {
            out.write(type);
            varint(zigzag(id));
        }
        lastId = id;
    }

    ThriftCompact i32(int id, int v) {
        fieldHeader(id, I32);
        varint(zigzag(v));
        return this;
    }

    ThriftCompact i64(int id, long v) {
        fieldHeader(id, I64);
        varint(zigzag(v));
        return this;
    }

    ThriftCompact string(int id, String s) {
        fieldHeader(id, BINARY);
        binary(s);
        return this;
    }

    /** Starts a struct-valued field; end it with {@link #end()}. */
    ThriftCompact struct(int id) {
        fieldHeader(id, STRUCT);
        return begin();
    }

    /** Starts a struct that is a list element (or the top-level struct); end it with {@link #end()}. */
    ThriftCompact begin() {
        lastIds.push(lastId);
        lastId = 0;
        return this;
    }

    /** Ends the current struct (the stop byte). */
    ThriftCompact end() {
        out.write(0);
        lastId = lastIds.isEmpty() ? 0 : lastIds.pop();
        return this;
    }

    /** A list-valued field's header; the elements follow. */
    ThriftCompact list(int id, int elementType, int size) {
        fieldHeader(id, LIST);
        if (size < 15) {
            out.write(size << 4 | elementType);
        } else {
            out.write(0xF0 | elementType);
            varint(size);
        }
        return this;
    }

    /** An i32 list element. */
    ThriftCompact element(int v) {
        varint(zigzag(v));
        return this;
    }

    /** A binary (string) list element. */
    ThriftCompact element(String s) {
        binary(s);
        return this;
    }

    private void binary(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        out.write(b, 0, b.length);
    }

    private static long zigzag(long v) {
        return v << 1 ^ v >> 63;
    }

    private void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }
}
