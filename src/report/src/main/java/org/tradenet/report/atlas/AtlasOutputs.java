package org.tradenet.report.atlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tradenet.atlas.AtlasResult;
import org.tradenet.report.AtomicFiles;

/**
 * Writes the four atlas files to a folder, each whole or not at all ({@link AtomicFiles}):
 * {@code atlas.csv}, {@code atlas.parquet}, {@code atlas.json}, {@code atlas.html}.
 */
public final class AtlasOutputs {

    /** The file names, in the order written. */
    public static final List<String> FILES = List.of("atlas.csv", "atlas.parquet", "atlas.json", "atlas.html");

    private AtlasOutputs() {
    }

    /**
     * Writes the files into {@code dir} (created when missing) and returns their paths.
     *
     * @param dir the output directory
     * @param result the atlas result
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(Path dir, AtlasResult result) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Path csv = dir.resolve("atlas.csv");
        AtomicFiles.writeString(csv, AtlasTable.csv(result));
        written.add(csv);
        Path parquet = dir.resolve("atlas.parquet");
        AtomicFiles.write(parquet, out -> AtlasParquet.write(result, out));
        written.add(parquet);
        Path json = dir.resolve("atlas.json");
        AtomicFiles.writeString(json, AtlasJson.text(result));
        written.add(json);
        Path html = dir.resolve("atlas.html");
        AtomicFiles.writeString(html, AtlasPage.render(result));
        written.add(html);
        return written;
    }
}
