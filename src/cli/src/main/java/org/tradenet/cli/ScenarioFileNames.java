package org.tradenet.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tradenet.report.ControlCharacters;

/**
 * The file names {@code analyze} gives each scenario's network ({@code NAME.gexf}): readable,
 * never hidden, never outside the output folder, and one per scenario. Checked before any work,
 * so that no run writes some files and then fails on a name.
 */
final class ScenarioFileNames {

    /** Longest file stem; every file system takes 255 bytes, and a name this long is unreadable anyway. */
    static final int MAX_STEM = 100;
    /** File stems analyze uses itself; compared without case (some file systems ignore it). */
    private static final Map<String, String> RESERVED = Map.of("baseline", "the baseline network");

    private ScenarioFileNames() {
    }

    /**
     * The file stem of a scenario name: every run of characters other than ASCII letters, digits,
     * {@code -} and {@code _} becomes one {@code _}, and leading or trailing {@code _} are dropped
     * ({@code ../../x} gives {@code x}, {@code a/b} gives {@code a_b}). Empty when nothing is left.
     */
    static String stem(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_-]+", "_");
        return s.replaceAll("^_+|_+$", "");
    }

    /**
     * Each scenario name mapped to its file stem, in order.
     *
     * @throws UserException (exit 2) for a name given twice, two names with the same file name,
     *                       a name that takes the file of the baseline or the report, a name with
     *                       no letter or digit, or one too long; the message names both sides
     */
    static Map<String, String> assign(List<String> names) {
        Map<String, String> stems = new LinkedHashMap<>();
        Map<String, String> byFile = new LinkedHashMap<>();
        byFile.putAll(RESERVED);
        for (String name : names) {
            String shown = ControlCharacters.quoted(name);
            if (stems.containsKey(name)) {
                throw new UserException(ExitCodes.USAGE, "scenario " + shown + " is given twice; each scenario must have its own name");
            }
            String stem = stem(name);
            if (stem.isEmpty()) {
                throw new UserException(ExitCodes.USAGE, "scenario " + shown + " has no letter or digit to name its file; rename it");
            }
            if (stem.length() > MAX_STEM) {
                throw new UserException(ExitCodes.USAGE, "scenario name " + ControlCharacters.quoted(name.substring(0, 40) + "...")
                        + " is " + name.length() + " characters; its file name would be longer than " + MAX_STEM
                        + "; give it a shorter name");
            }
            String key = stem.toLowerCase(Locale.ROOT);
            String other = byFile.get(key);
            if (other != null) {
                throw new UserException(ExitCodes.USAGE, "scenario " + shown + " would be written to " + stem + ".gexf, the file of "
                        + other + "; rename one of them");
            }
            byFile.put(key, "scenario " + shown);
            stems.put(name, stem);
        }
        return stems;
    }
}
