package org.tradenet.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The shipped catalog as {@link Datasets} reads it (streaming) against Jackson's data binding of the same file. */
class DatasetsCatalogTest {

    @Test
    void streamingReadEqualsDataBinding() throws Exception {
        List<Dataset> bound = new ObjectMapper().readValue(new File("networks/datasets.json"), new TypeReference<List<Dataset>>() { });
        assertEquals(bound, Datasets.all());
    }

    @Test
    void everyDataSetNamesAShippedFileAndItsProvenance() {
        assertFalse(Datasets.all().isEmpty());
        for (Dataset d : Datasets.all()) {
            assertTrue(new File("networks/" + d.file()).isFile(), d.name());
            assertFalse(d.source().isBlank(), d.name());
            assertFalse(d.licence().isBlank(), d.name());
            assertEquals(d, Datasets.find(d.name()).orElseThrow());
        }
    }
}
