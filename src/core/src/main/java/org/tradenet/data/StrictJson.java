package org.tradenet.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the JSON files tradenet takes (scenarios, saved partitions) strictly: a key given twice
 * in one object and anything after the document are errors, not "last one wins" or ignored,
 * since either silently changes what the file says. Errors name the file, line and column.
 */
public final class StrictJson {

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private StrictJson() {
    }

    /**
     * {@return {@code mapper} itself, set to refuse duplicate keys and trailing content}
     *
     * @param mapper the mapper to configure (changed in place)
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return mapper;
    }

    /**
     * {@return the JSON tree of {@code text}}
     *
     * @param text   the JSON text
     * @param source file name for messages
     * @throws DataFormatException for text that is not one JSON document, a duplicate key (named)
     *                             or content after the document, with its line and column
     */
    public static JsonNode read(String text, String source) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw error(source, e);
        }
    }

    /**
     * {@return the one-line error for a JSON parse failure: file, line and column, and a duplicate
     * key or trailing content said in words}
     *
     * @param source file name for messages
     * @param e      the parser's failure
     */
    public static DataFormatException error(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String msg = e.getOriginalMessage();
        java.util.regex.Matcher dup = java.util.regex.Pattern.compile("Duplicate field '(.*)'").matcher(msg);
        if (dup.find()) {
            msg = "the key '" + dup.group(1) + "' is given twice in one object (which one is meant cannot be told)";
        } else if (msg.startsWith("Trailing token")) {
            msg = "content after the end of the JSON document";
        }
        return new DataFormatException(source, at == null ? 0 : at.getLineNr(), "",
                "not valid JSON" + (at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr()) + ": " + msg);
    }
}
