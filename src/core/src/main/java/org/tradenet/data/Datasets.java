package org.tradenet.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The data sets shipped with tradenet ({@code networks/datasets.json}); they travel inside
 * the jar, so a name works wherever tradenet runs. {@link #source} turns a name or a path
 * into a {@link DataSource}.
 */
public final class Datasets {

    /** The data set used when none is named. */
    public static final String DEFAULT = "rare-earths";

    private static final String ROOT = "/org/tradenet/networks/";
    private static volatile List<Dataset> catalog;

    private Datasets() {
    }

    /** {@return every shipped data set} */
    public static List<Dataset> all() {
        List<Dataset> c = catalog;
        if (c == null) {
            try (InputStream in = Datasets.class.getResourceAsStream(ROOT + "datasets.json")) {
                if (in == null) {
                    throw new IllegalStateException("networks/datasets.json is missing from the class path");
                }
                c = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catalog = c;
        }
        return c;
    }

    /**
     * The catalog: an array of objects with string fields (unknown fields ignored, missing ones
     * empty). Read with Jackson's streaming parser: the catalog is read on every start, and
     * data binding would cost the start more than the read.
     */
    private static List<Dataset> parse(InputStream in) throws IOException {
        List<Dataset> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("networks/datasets.json: expected an array of data sets");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> f = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.getCurrentName();
                    if (p.nextToken().isStructStart()) {
                        p.skipChildren();
                    } else {
                        f.put(key, p.getValueAsString(""));
                    }
                }
                out.add(new Dataset(f.getOrDefault("name", ""), f.getOrDefault("file", ""), f.getOrDefault("title", ""),
                        f.getOrDefault("products", ""), f.getOrDefault("units", ""), f.getOrDefault("source", ""),
                        f.getOrDefault("licence", ""), f.getOrDefault("caveat", "")));
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@return the shipped data set of that name, or empty}
     *
     * @param name the data set's name, as listed in {@code networks/datasets.json}
     */
    public static Optional<Dataset> find(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * A data set name, a file path or {@code -} (standard input) as a source: an existing file wins over a name; an
     * unknown name that is no file is an error listing the names.
     *
     * @param nameOrPath a shipped data set's name, a file path, or {@code -}
     * @return the source to read
     * @throws DataFormatException when it is neither a file nor a shipped name
     */
    public static DataSource source(String nameOrPath) {
        if (nameOrPath.equals("-")) {
            return DataSource.standardInput();
        }
        Path p = Path.of(nameOrPath);
        if (Files.exists(p)) {
            return DataSource.of(p);
        }
        Optional<Dataset> d = find(nameOrPath);
        if (d.isPresent()) {
            String resource = ROOT + d.get().file();
            return DataSource.of("networks/" + d.get().file(), () -> {
                InputStream in = Datasets.class.getResourceAsStream(resource);
                if (in == null) {
                    throw new IOException("networks/" + d.get().file() + " is missing from the class path");
                }
                return in;
            });
        }
        throw new DataFormatException(nameOrPath, 0, "", "no such file, and not a shipped data set ("
                + String.join(", ", all().stream().map(Dataset::name).toList()) + ")");
    }
}
