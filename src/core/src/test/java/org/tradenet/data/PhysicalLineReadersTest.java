package org.tradenet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradenet.chain.ValueChain;
import org.tradenet.community.PartitionFiles;
import org.tradenet.shock.HomeSales;
import org.tradenet.shock.TariffSchedule;

/**
 * Every small CSV reader (tariffs, production, chain production, country groups, saved
 * partitions) names the physical line: blank lines, comment lines and line breaks inside quoted
 * fields are counted, and a field after a multi-line quoted field is named on its own line.
 */
class PhysicalLineReadersTest {

    @TempDir
    Path dir;

    private DataSource file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return DataSource.of(p);
    }

    private String named(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void rowsAndFieldsKeepTheirPhysicalLines() throws IOException {
        String text = "# a comment\n\na,b,c\n1,\"two\nlines\",3\n\n# between\n4,5,\"six\r\n\"\n7,8,9";
        List<String> seen = new ArrayList<>();
        try (CsvTable t = CsvTable.open(file("t.csv", text))) {
            assertThat(t.headerLine()).isEqualTo(3);
            assertThat(t.header()).containsExactly("a", "b", "c");
            for (CsvTable.Row r : t) {
                seen.add(r.get("a") + "@" + r.line() + "/c@" + r.lineOf("c"));
            }
        }
        assertThat(seen).containsExactly("1@4/c@5", "4@8/c@8", "7@10/c@10");
    }

    @Test
    void tariffErrorsAfterCommentsBlankLinesAndQuotedLineBreaks() throws IOException {
        file("tariffs.csv", "importer,exporter,rate\n# note\n\nUSA,\"CHN\n\",0.1\n\nJPN,CHN,abc\n");
        assertThatThrownBy(() -> TariffSchedule.read(DataSource.of(Path.of(named("tariffs.csv")))))
                .hasMessageStartingWith(named("tariffs.csv") + ":7: field 'rate': 'abc' is not a rate");
        file("unclosed.csv", "importer,exporter,rate\nUSA,CHN,0.1\n\n\"JPN,CHN,0.1\n");
        assertThatThrownBy(() -> TariffSchedule.read(DataSource.of(Path.of(named("unclosed.csv")))))
                .hasMessage(named("unclosed.csv") + ":4: malformed CSV: a quoted field is never closed");
    }

    @Test
    void aMalformedRowAfterACommentIsNamedOnItsOwnLine() throws IOException {
        file("quote.csv", "importer,exporter,rate\n# a comment\nUSA,\"CHN\"x,0.1\n");
        assertThatThrownBy(() -> TariffSchedule.read(DataSource.of(Path.of(named("quote.csv")))))
                .hasMessage(named("quote.csv") + ":3: malformed CSV: a quote closes a field in the middle of its text");
        file("open.csv", "country,value\nCHN,1\n# one\n# two\n\"USA,2\n");
        assertThatThrownBy(() -> HomeSales.read(DataSource.of(Path.of(named("open.csv")))))
                .hasMessage(named("open.csv") + ":5: malformed CSV: a quoted field is never closed");
        assertThat(CsvInput.parserLine("Invalid character between encapsulated token and delimiter at line: 1,234, position: 9", 7))
                .isEqualTo(1234);
        assertThat(CsvInput.parserLine("(startline 12) EOF reached before encapsulated token finished", 7)).isEqualTo(12);
        assertThat(CsvInput.parserLine("something else", 7)).isEqualTo(7);
    }

    @Test
    void productionFilesNameThePhysicalLine() throws IOException {
        DataSource production = file("production.csv", "country,value\n\n\"CHN\",\"1\n\"\nUSA,x\n");
        assertThatThrownBy(() -> HomeSales.read(production))
                .hasMessage(named("production.csv") + ":5: field 'value': 'x' is not a number");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'c', 'o', 'u', 'n', 't', 'r', 'y', ',', 'v', 'a', 'l', 'u', 'e', '\n', '\n',
            'C', (byte) 0xe9, ',', '1', '\n'});
        assertThatThrownBy(() -> HomeSales.read(DataSource.of(latin1)))
                .hasMessage(latin1 + ":3: is not UTF-8 text (binary content, or another encoding such as Latin-1?)");
        assertThatThrownBy(() -> ValueChain.parseProduction("country,value\n\n\nCHN,1\n\n\"CHN\",2\n", "chain.csv"))
                .hasMessage("chain.csv:6: field 'country': CHN is listed twice");
        assertThatThrownBy(() -> ValueChain.parseProduction("country,value\nCHN,1,9\n", "chain.csv"))
                .hasMessage("chain.csv:2: expected 2 fields as in the header, found 3");
    }

    @Test
    void groupsNameTheLineOfTheFieldAfterAMultiLineSource() throws IOException {
        DataSource groups = file("groups.csv", "group,member,source,from\n\nEU,FRA,\"treaty\nof Rome\",nodate\n");
        assertThatThrownBy(() -> CountryGroups.read(groups))
                .hasMessage(named("groups.csv") + ":4: field 'from': 'nodate' is not a date YYYY-MM-DD");
    }

    @Test
    void savedPartitionsNameThePhysicalLine() throws IOException {
        file("partition.csv", "node,community\n\nCHN,\"a\nb\"\nCHN,c\n");
        assertThatThrownBy(() -> PartitionFiles.read(Path.of(named("partition.csv"))))
                .hasMessage(named("partition.csv") + ":5: field 'node': node 'CHN' appears twice");
        file("extra.csv", "node,community\n\n\nCHN,a,extra\n");
        assertThatThrownBy(() -> PartitionFiles.read(Path.of(named("extra.csv"))))
                .hasMessage(named("extra.csv") + ":4: expected 2 fields as in the header, found 3");
        file("fine.csv", "\nnode,community\n\"'=CHN\",\"x\ny\"\n\nUSA,z\n");
        assertThat(PartitionFiles.read(Path.of(named("fine.csv")))).containsExactly(
                java.util.Map.entry("=CHN", "x\ny"), java.util.Map.entry("USA", "z"));
    }
}
