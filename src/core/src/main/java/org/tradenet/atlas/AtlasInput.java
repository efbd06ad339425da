package org.tradenet.atlas;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;


import org.tradenet.data.CsvTable;
import org.tradenet.data.DataFormatException;
import org.tradenet.data.DataSource;

/**
 * The files an atlas reads, as the user named them: plain CSV, gzip-compressed CSV
 * ({@code .csv.gz}), or a BACI release {@code .zip} holding one CSV per year. Beside the
 * data (in the same folder, or inside the zip), BACI's {@code product_codes*.csv}
 * ({@code code,description}) gives the products' descriptions and {@code country_codes*.csv}
 * is noted in the provenance (codes are resolved through tradenet's country table, built
 * from BACI's own).
 *
 * @param data          the data files, in the order given (zip entries in name order)
 * @param descriptions  product descriptions by HS6 code (empty when no product_codes file was found)
 * @param metadataFiles the product_codes and country_codes files found, by name
 */
public record AtlasInput(List<DataSource> data, Map<String, String> descriptions, List<String> metadataFiles) {

    /**
     * Copies the lists and sorts the descriptions by HS6 code.
     *
     * @param data          the data files, in the order given (zip entries in name order)
     * @param descriptions  product descriptions by HS6 code (empty when no product_codes file was found)
     * @param metadataFiles the product_codes and country_codes files found, by name
     */
    public AtlasInput {
        data = List.copyOf(data);
        descriptions = Collections.unmodifiableMap(new TreeMap<>(descriptions));
        metadataFiles = List.copyOf(metadataFiles);
    }

    /**
     * Resolves the paths the user gave.
     *
     * @param paths the files as the user named them: CSV, {@code .csv.gz} or a BACI {@code .zip}
     * @return the data files with the product descriptions and metadata files found beside them
     * @throws IOException when a file or zip cannot be read
     * @throws DataFormatException for a missing file, a zip without data, or a bad product_codes file
     */
    public static AtlasInput of(List<Path> paths) throws IOException {
        List<DataSource> data = new ArrayList<>();
        Map<String, String> descriptions = new TreeMap<>();
        List<String> metadata = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isRegularFile(p)) {
                throw new DataFormatException(p.toString(), 0, "", Files.isDirectory(p) ? "is a directory, not a data file" : "no such file");
            }
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".zip")) {
                readZip(p, data, descriptions, metadata);
            } else if (name.endsWith(".gz")) {
                data.add(DataSource.of(p.toString(), () -> new GZIPInputStream(Files.newInputStream(p), 1 << 16)));
            } else {
                data.add(DataSource.of(p));
            }
            Path folder = p.toAbsolutePath().getParent();
            if (folder != null && !folders.contains(folder)) {
                folders.add(folder);
            }
        }
        for (Path folder : folders) {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path f : s.sorted().toList()) {
                    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (n.startsWith("product_codes") && n.endsWith(".csv") && descriptions.isEmpty()) {
                        String shown = shown(paths, f);
                        readDescriptions(DataSource.of(shown, () -> Files.newInputStream(f)), descriptions);
                        metadata.add(shown);
                    } else if (n.startsWith("country_codes") && n.endsWith(".csv")) {
                        metadata.add(shown(paths, f));
                    }
                }
            }
        }
        if (data.isEmpty()) {
            throw new DataFormatException(paths.isEmpty() ? "" : paths.get(0).toString(), 0, "", "no data file to read");
        }
        return new AtlasInput(data, descriptions, metadata);
    }

    /** A file beside the inputs, named relative to how the user named the first input's folder. */
    private static String shown(List<Path> inputs, Path file) {
        for (Path p : inputs) {
            Path parent = p.getParent();
            if (parent != null && parent.toAbsolutePath().equals(file.getParent())) {
                return parent.resolve(file.getFileName()).toString();
            }
        }
        return file.getFileName().toString();
    }

    private static void readZip(Path zip, List<DataSource> data, Map<String, String> descriptions, List<String> metadata)
            throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            z.stream().filter(e -> !e.isDirectory()).forEach(e -> entries.add(e.getName()));
        } catch (java.util.zip.ZipException e) {
            throw new DataFormatException(zip.toString(), 0, "", "is not a readable zip file: " + e.getMessage());
        }
        Collections.sort(entries);
        for (String entry : entries) {
            String base = entry.substring(entry.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (!base.endsWith(".csv")) {
                continue;
            }
            DataSource s = DataSource.of(zip + "!/" + entry, () -> zipEntry(zip, entry));
            if (base.startsWith("product_codes")) {
                readDescriptions(s, descriptions);
                metadata.add(s.name());
            } else if (base.startsWith("country_codes")) {
                metadata.add(s.name());
            } else {
                data.add(s);
            }
        }
    }

    /** A stream over one zip entry that closes the zip with it. */
    private static InputStream zipEntry(Path zip, String entry) throws IOException {
        ZipFile z = new ZipFile(zip.toFile());
        ZipEntry e = z.getEntry(entry);
        return new FilterInputStream(new BufferedInputStream(z.getInputStream(e), 1 << 16)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    z.close();
                }
            }
        };
    }

    /** Reads BACI's {@code code,description}; five-digit codes get their leading zero back. */
    static void readDescriptions(DataSource source, Map<String, String> into) throws IOException {
        try (CsvTable table = CsvTable.open(source)) {
            String codeColumn = column(table, "code");
            String descriptionColumn = column(table, "description");
            if (codeColumn == null || descriptionColumn == null) {
                throw new DataFormatException(source.name(), table.headerLine(), "", "a BACI product_codes file has the columns "
                        + "code,description");
            }
            for (CsvTable.Row r : table) {
                String code = r.get(codeColumn);
                if (code.length() == 5) {
                    code = "0" + code;
                }
                into.put(code, r.get(descriptionColumn));
            }
        }
    }

    /** The header name equal to {@code name} without regard to case, or null. */
    private static String column(CsvTable table, String name) {
        return table.header().stream().filter(h -> h.equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}
