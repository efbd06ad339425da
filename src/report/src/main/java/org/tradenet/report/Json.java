package org.tradenet.report;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * The one JSON configuration every report uses: indented, keys in declaration order, and
 * NaN or infinite numbers written as {@code null} (JSON has no NaN).
 */
public final class Json {

    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    private static ObjectMapper create() {
        SimpleModule m = new SimpleModule("tradenet-numbers");
        StdSerializer<Double> doubles = new StdSerializer<>(Double.class) {
            @Override
            public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v == null || v.isNaN() || v.isInfinite()) {
                    g.writeNull();
                } else {
                    g.writeNumber(v);
                }
            }
        };
        m.addSerializer(Double.class, doubles);
        m.addSerializer(double.class, doubles);
        return new ObjectMapper().registerModule(m).enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * The shared mapper (thread-safe once configured).
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A new empty object node.
     *
     * @return an empty object
     */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Puts a number, or null when it is NaN or infinite.
     *
     * @param node the object to put into
     * @param key the field name
     * @param value the number; NaN and infinities become null
     * @return {@code node}
     */
    public static ObjectNode putNumber(ObjectNode node, String key, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
        return node;
    }

    /**
     * Pretty-printed JSON text with a final newline.
     *
     * @param value a Jackson node or any value the mapper can write
     * @return the JSON text
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
