package org.tradenet.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick scanner of {@link CsvInput} against Commons CSV (the same class with the quick
 * scanner off, every line through the parser it always used): on random and hostile texts,
 * both must give the same rows, fields, physical lines, numbers and messages.
 */
class CsvInputDifferentialTest {

    /** Pieces random texts are made of: separators, line ends of every kind, quotes, defused formulas, numbers, control characters. */
    private static final String[] PIECES = {
        "a", "b1", "CHN", "x y", " ", "  ", ",", ",", ",", "\n", "\n", "\r\n", "\r", "\"", "\"\"", "\"q,\n\"", "'", "'=x",
        "''-1", "12", "3.5", "0.25", "17.", ".5", ".", "-1", "+2", "1e3", "1E-2", "NA", "na", "", "\u0000", "\t", "é",
        "\uFEFF", "0x1p3", "10d", "NaN", "Infinity", "1,000", "123456789012345", "1234567890123456", "2024", "0042",
        "99999999999", "١٢", "\u00a0"};

    private static DataSource source(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return DataSource.of("t.csv", () -> new ByteArrayInputStream(bytes));
    }

    /** Everything a reader can ask of every row, or the message that stopped the read, as text. */
    private static List<String> transcript(String text, boolean quick) {
        List<String> out = new ArrayList<>();
        try (CsvInput in = CsvInput.open(source(text), quick)) {
            out.add("header " + in.header() + " @" + in.headerLine());
            while (true) {
                try {
                    if (!in.next()) {
                        break;
                    }
                } catch (CsvInput.RowException e) {
                    out.add("row error @" + in.line() + ": " + e.getMessage());
                    continue;
                }
                StringBuilder row = new StringBuilder("@" + in.line());
                for (int column = 0; column < in.header().size(); column++) {
                    int c = column;
                    row.append(" | ").append(in.get(c)).append(" d=").append(in.digits(c));
                    row.append(" a=").append(attempt(() -> in.amount(c, 1.0, Double.MAX_VALUE, "")));
                    row.append(" k=").append(attempt(() -> in.amount(c, 1000.0, 1e14, "USD")));
                    row.append(" o=").append(attempt(() -> in.optionalAmount(c, 1.0, 1e11, "tonnes")));
                    row.append(" i=").append(attempt(() -> in.integer(c)));
                }
                out.add(row.toString());
            }
        } catch (DataFormatException e) {
            out.add("stopped: " + e.getMessage());
        } catch (IOException e) {
            out.add("io: " + e);
        }
        return out;
    }

    private interface Read {
        Object get();
    }

    private static String attempt(Read r) {
        try {
            Object v = r.get();
            return v instanceof Double d ? Long.toHexString(Double.doubleToRawLongBits(d)) : String.valueOf(v);
        } catch (CsvInput.RowException e) {
            return "error(" + e.field + ": " + e.getMessage() + ")";
        }
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(3) == 0) {
            b.append("a,b,c\n");
        }
        for (int k = 0; k < pieces; k++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomTextsReadAlikeByBothScanners(long seed) {
        Random random = new Random(seed);
        for (int k = 0; k < 250; k++) {
            String text = randomText(random, 1 + random.nextInt(60));
            assertThat(transcript(text, true)).as("text %s", text.replace("\n", "\\n").replace("\r", "\\r"))
                    .isEqualTo(transcript(text, false));
        }
    }

    @Test
    void hostileTextsReadAlike() {
        String[] texts = {
            "", "\n\n", "\uFEFFsource,target\n1,2\n", "source,target\r\n1,2\r\n\r\n3,4", "source,target\r1,2\r3,4\r",
            "source,target\n1,2,\n", "source,target,\n1,2,\n", "source,target\n\n\n1,2\n\n", "source,target\n1\n",
            "source,target\n1,\"2\"\n3,4\n", "\"source\",target\n1,2\n", "source,target\n1,2\n3,\"4\n5\",6\n7,8\n",
            "source,target\n1,\"unclosed\n", "source,target\n1,a\"b\"\n", "source,target\n1,\"a\"b\n", "a;b;c\n1;2;3\n",
            "source,target\n1,\u00002\n", "source,target\n1,\uFFFD\n", "v\n'=1\n''=2\n'x\n 3 \n", "source,target\n 1 , 2 \n",
            "exporter,importer,value\nCHN,USA,1e400\nCHN,USA,-0\nCHN,USA,0.0000000000000001\n",
            "source,target\n1,2", "source,target\n1,2\r", "source,target\n1,2,",
        };
        for (String text : texts) {
            assertThat(transcript(text, true)).as("text %s", text).isEqualTo(transcript(text, false));
        }
    }

    @Test
    void linesAcrossTheBufferBoundaryReadAlike() {
        // Long files whose line ends (CRLF split between two reads included) fall at every offset of the 64k buffer.
        Random random = new Random(42);
        for (int k = 0; k < 6; k++) {
            StringBuilder b = new StringBuilder("source,target,weight\n");
            String[] ends = {"\n", "\r\n", "\r"};
            while (b.length() < 200_000) {
                b.append(random.nextInt(100_000)).append(',').append(random.nextInt(1000)).append(',')
                        .append(random.nextInt(10_000) / 100.0).append(ends[random.nextInt(k % 2 == 0 ? 1 : 3)]);
                if (random.nextInt(500) == 0) {
                    b.append('\n');
                }
            }
            if (k == 5) {
                b.append("7,\"8\",9\n10,11,12\n");
            }
            String text = b.toString();
            assertThat(transcript(text, true)).isEqualTo(transcript(text, false));
        }
    }

    @Test
    void plainDecimalsAreTheDoublesJavaReads() {
        Random random = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            int digits = 1 + random.nextInt(15);
            StringBuilder s = new StringBuilder();
            for (int d = 0; d < digits; d++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            int point = random.nextInt(digits + 2) - 1;
            if (point >= 0) {
                s.insert(Math.min(point, s.length()), '.');
            }
            String text = "v\n" + s + "\n";
            assertThat(transcript(text, true)).as(s.toString()).isEqualTo(transcript(text, false));
        }
    }
}
