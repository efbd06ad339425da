package org.tradenet.report;

/**
 * Makes control characters from the data visible in text and Markdown outputs, so that a name
 * holding a line break or a terminal escape cannot forge a line of a table, a progress line or
 * a message: {@code \n}, {@code \r} and {@code \t} are written as those two characters, other C0
 * and C1 controls, DEL and the Unicode line and paragraph separators as {@code \}{@code uXXXX}.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** True for a character that moves the cursor or starts a terminal escape. */
    static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029';
    }

    /**
     * {@code s} with each control character written visibly; the same string when it has none. Linear time.
     *
     * @param s any text
     * @return the text with visible control characters
     */
    public static String visible(String s) {
        int i = 0;
        while (i < s.length() && !isControl(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (isControl(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * A piece of prose for a report: escaped for Markdown ({@link Markdown#escape}, which also
     * makes control characters visible), control characters made visible for text. Every prose
     * line of the text and Markdown renderers that may hold a name, id, scenario name, description
     * or note from the data goes through here or through {@link #visible}.
     *
     * @param s        the text
     * @param markdown true for Markdown output
     * @return the text, safe to put on a line of that output
     */
    public static String prose(String s, boolean markdown) {
        return markdown ? Markdown.escape(s) : visible(s);
    }

    /**
     * {@code 'name'} with its control characters visible: how messages quote a name from the data.
     *
     * @param s a name from the data
     * @return the name in single quotes
     */
    public static String quoted(String s) {
        return "'" + visible(s) + "'";
    }
}
