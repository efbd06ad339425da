package org.tradenet.community;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.tradenet.data.CsvTable;
import org.tradenet.data.DataFormatException;
import org.tradenet.data.StrictJson;

/**
 * Reads a saved partition: the JSON that {@code tradenet communities --format json} writes
 * (only its {@code membership} object, node → community, is used) or a CSV whose first two
 * columns are node and community, with a header row ({@code node,community}, as
 * {@code --format csv} writes). Reading is input, so it lives beside the partitions it
 * feeds, not with the renderers that wrote the file.
 */
public final class PartitionFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PartitionFiles() {
    }

    /**
     * Node id → community label, in file order. JSON when the file's first non-blank
     * character is <code>{</code>, CSV otherwise.
     *
     * @param file a partition file
     * @return node id → community label, in file order
     * @throws IOException when the file cannot be read
     * @throws DataFormatException naming the file, line and field of what is wrong
     */
    public static Map<String, String> read(Path file) throws IOException {
        String name = file.toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String trimmed = text.stripLeading();
        return trimmed.startsWith("{") ? json(name, trimmed) : csv(name, text);
    }

    private static Map<String, String> json(String name, String text) {
        JsonNode root = StrictJson.read(text, name);
        JsonNode m = root.get("membership");
        if (m == null || !m.isObject()) {
            throw new DataFormatException(name, 0, "membership", "missing: a saved partition needs a \"membership\" object {node: community}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new DataFormatException(name, 0, "membership." + e.getKey(), "the community must be a number or a string");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static Map<String, String> csv(String name, String text) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (CsvTable table = CsvTable.open(name, new java.io.StringReader(text))) {
            List<String> header = table.header();
            if (header.size() < 2 || !header.get(0).equalsIgnoreCase("node") || !header.get(1).equalsIgnoreCase("community")) {
                // Any other file (an edge list, say) would be read as a partition of its first column.
                throw new DataFormatException(name, table.headerLine(), "", "a partition CSV needs the columns node,community; "
                        + "the header is '" + String.join(",", header) + "'");
            }
            String nodeColumn = header.get(0);
            String communityColumn = header.get(1);
            for (CsvTable.Row row : table) {
                String node = row.get(nodeColumn);
                String community = row.get(communityColumn);
                if (node.isEmpty() || community.isEmpty()) {
                    throw row.error(node.isEmpty() ? "node" : "community", "a row needs a node and a community");
                }
                if (out.put(node, community) != null) {
                    throw row.error(nodeColumn, "node '" + node + "' appears twice");
                }
            }
        }
        if (out.isEmpty()) {
            throw new DataFormatException(name, 0, "", "no node in the partition");
        }
        return out;
    }
}
