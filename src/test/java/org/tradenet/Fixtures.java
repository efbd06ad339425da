package org.tradenet;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
