package org.tradenet.data;

/**
 * The formula defusing of tradenet's CSV output, undone on reading: a cell that a spreadsheet
 * would run as a formula is written with a leading {@code '} (see {@code report.Table#csvCell}),
 * and every reader of tradenet's CSV drops it again, so that what tradenet writes reads back
 * the same (edge lists, node tables, saved partitions).
 */
public final class SpreadsheetFormulas {

    private SpreadsheetFormulas() {
    }

    /**
     * Undoes the defusing: a cell written as {@code '=x} (or {@code '+}, {@code '-}, {@code '@},
     * tab, carriage return after the quote) reads as {@code =x}, and {@code ''=x} as {@code '=x}
     * (the writer adds one quote before any quotes that lead such a character). Other text is
     * unchanged. Linear in the leading quotes.
     *
     * @param s a cell's text as read
     * @return the text as it was before the writer defused it
     */
    public static String undefuse(String s) {
        int q = 0;
        while (q < s.length() && s.charAt(q) == '\'') {
            q++;
        }
        return q > 0 && q < s.length() && "=+-@\t\r".indexOf(s.charAt(q)) >= 0 ? s.substring(1) : s;
    }
}
