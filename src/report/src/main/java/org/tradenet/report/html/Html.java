package org.tradenet.report.html;

/**
 * Escaping text from data (country names, ids, file names) for HTML and inline SVG. Every
 * string that comes from data passes through {@link #text} or {@link #attr} before it
 * reaches a page; nothing from data is ever put inside a {@code <script>} or {@code <style>}.
 */
public final class Html {

    private Html() {
    }

    /**
     * Text content: {@code & < >} escaped, and characters HTML forbids replaced by U+FFFD.
     *
     * @param s the text
     * @return the escaped text
     */
    public static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(allowed(c) ? c : '\uFFFD');
            }
        }
        return sb.toString();
    }

    /**
     * An attribute value to put between double quotes (the same escaping as {@link #text}).
     *
     * @param s the value
     * @return the escaped value (quotes escaped too), without the surrounding quotes
     */
    public static String attr(String s) {
        return text(s);
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F)
                && c != 0xFFFE && c != 0xFFFF;
    }

    /**
     * A string usable as an element id and in CSS selectors: letters, digits, {@code -} and
     * {@code _} kept, anything else replaced by {@code _}, prefixed with {@code x} when it would
     * not start with a letter.
     *
     * @param s any text
     * @return the id
     */
    public static String id(String s) {
        String t = s.replaceAll("[^A-Za-z0-9_-]", "_");
        return t.isEmpty() || !Character.isLetter(t.charAt(0)) ? "x" + t : t;
    }
}
