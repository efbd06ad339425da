package org.tradenet;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Locates {@code test-fixtures/} from the test working directory (the repository root under Maven). */
public final class Fixtures {

    private Fixtures() {
    }

    /** A file or folder under {@code test-fixtures/}; fails clearly when it is missing. */
    public static Path path(String relative) {
        Path p = Path.of("test-fixtures").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing test fixture " + p.toAbsolutePath());
        }
        return p;
    }

    /** The rows of a CSV file under {@code test-fixtures/} with a header, read by column name. */
    public static List<CSVRecord> records(String relative) throws IOException {
        try (Reader r = Files.newBufferedReader(path(relative), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }
}
