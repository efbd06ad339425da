package org.tradenet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The release of tradenet in use and the commit it was built from, as the build wrote them
 * into {@code org/tradenet/version.properties}. Reports name the tool version with it, and
 * {@code tradenet --version} prints it.
 *
 * @param version the Maven version of the release, for example {@code 0.2.0}
 * @param commit  the abbreviated git commit of the build, or {@code unknown} when the build ran
 *                outside a git checkout
 */
public record TradenetVersion(String version, String commit) {

    private static final TradenetVersion CURRENT = read();

    /**
     * The version of the tradenet classes on the class path.
     *
     * @return the version and commit; {@code development} when the classes were not built by Maven
     */
    public static TradenetVersion current() {
        return CURRENT;
    }

    /**
     * One line for reports and {@code --version}.
     *
     * @return for example {@code tradenet 0.2.0 (commit 4035202ab1c3)}
     */
    public String describe() {
        return "tradenet " + version + (commit.isEmpty() || "unknown".equals(commit) ? "" : " (commit " + commit + ")");
    }

    private static TradenetVersion read() {
        try (InputStream in = TradenetVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return new TradenetVersion("development", "unknown");
            }
            Properties p = new Properties();
            p.load(in);
            return new TradenetVersion(clean(p.getProperty("version"), "development"), clean(p.getProperty("commit"), "unknown"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An unfiltered placeholder (classes compiled outside Maven) counts as absent. */
    private static String clean(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value.trim();
    }
}
