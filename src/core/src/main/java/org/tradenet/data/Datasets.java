package org.tradenet.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

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
                c = List.copyOf(StrictJson.configure(new ObjectMapper()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .readValue(in, new TypeReference<List<Dataset>>() { }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catalog = c;
        }
        return c;
    }

    /**
     * {@return the shipped data set of that name}
     *
     * @param name a data set name, for instance {@code rare-earths}
     */
    public static Optional<Dataset> find(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * A data set name, a file path or {@code -} (standard input) as a source: an existing file wins over a name; an
     * unknown name that is no file is an error listing the names.
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
