package org.tradenet.report;

/** Escaping text from data (country names, file names) for Markdown. */
public final class Markdown {

    private Markdown() {
    }

    /**
     * Escapes characters that Markdown or embedded HTML would interpret.
     *
     * @param s plain text
     * @return the text safe to put in Markdown
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '#' -> sb.append('\\').append(c);
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(ControlCharacters.isControl(c) ? ControlCharacters.visible(String.valueOf(c)) : String.valueOf(c));
            }
        }
        return sb.toString();
    }
}
