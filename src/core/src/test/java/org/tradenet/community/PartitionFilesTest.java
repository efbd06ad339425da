package org.tradenet.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradenet.data.DataFormatException;

class PartitionFilesTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void jsonMembershipIsReadInFileOrderAndOtherKeysAreIgnored() throws IOException {
        Path f = file("p.json", "{\"modularity\": 0.4, \"membership\": {\"USA\": 2, \"CHN\": \"1\", \"JPN\": 2}}");
        Map<String, String> m = PartitionFiles.read(f);
        assertEquals(List.of("USA", "CHN", "JPN"), List.copyOf(m.keySet()));
        assertEquals("2", m.get("USA"));
        assertEquals("1", m.get("CHN"));
    }

    @Test
    void csvNeedsTheNodeCommunityHeaderAndSkipsBlankLines() throws IOException {
        Map<String, String> m = PartitionFiles.read(file("p.csv", "node,community\nUSA,0\n\nCHN,1\n"));
        assertEquals(Map.of("USA", "0", "CHN", "1"), m);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> PartitionFiles.read(file("edges.csv", "exporter,importer,value\nUSA,CHN,3\n")));
        assertTrue(e.getMessage().contains("edges.csv") && e.getMessage().contains("node,community"), e.getMessage());
    }

    @Test
    void aRepeatedNodeOrAMissingMembershipIsNamed() throws IOException {
        DataFormatException twice = assertThrows(DataFormatException.class,
                () -> PartitionFiles.read(file("twice.csv", "node,community\nUSA,0\nUSA,1\n")));
        assertTrue(twice.getMessage().contains("'USA' appears twice"), twice.getMessage());
        DataFormatException none = assertThrows(DataFormatException.class,
                () -> PartitionFiles.read(file("none.json", "{\"communities\": []}")));
        assertTrue(none.getMessage().contains("membership"), none.getMessage());
    }
}
