package org.tradenet.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@link CsvInput#isDecimal}, the number syntax of data files, against the regular expression it implements. */
class DecimalSyntaxTest {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    @Test
    void agreesWithTheRegularExpressionOnEdgeCases() {
        for (String s : List.of("", "0", "-0", "+1", "1.", ".5", ".", "-.", "1e5", "1E-5", "1e", "1e+", "e5", ".e5", "5.e3",
                "1.5e3.2", "--1", "1,5", " 1", "1 ", "0x1p3", "10d", "NaN", "Infinity", "123456789012345678901234567890")) {
            assertEquals(DECIMAL.matcher(s).matches(), CsvInput.isDecimal(s), "'" + s + "'");
        }
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomStrings() {
        Random r = new Random(7);
        String alphabet = "0123456789.+-eEx ";
        for (int t = 0; t < 200_000; t++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(8);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(DECIMAL.matcher(s).matches(), CsvInput.isDecimal(s), "'" + s + "'");
        }
    }
}
