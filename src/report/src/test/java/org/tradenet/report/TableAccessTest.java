package org.tradenet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradenet.metrics.NetworkSummary;
import org.tradenet.network.TradeNetwork;
import org.tradenet.report.text.OutputFormat;
import org.tradenet.report.text.SummaryReport;

/** The accessors added for the HTML renderer: Table.header()/rows() and SummaryReport.tables(). */
class TableAccessTest {

    @Test
    void headerAndRowsAreReadOnlyViews() {
        Table t = new Table("a", "b").row("1", "2").row("3", "4");
        assertThat(t.header()).containsExactly("a", "b");
        assertThat(t.rows()).containsExactly(List.of("1", "2"), List.of("3", "4"));
        assertThatThrownBy(() -> t.rows().add(List.of("x", "y"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.rows().get(0).set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        t.row("5", "6");
        assertThat(t.rows()).hasSize(3);
    }

    @Test
    void summaryTablesAreTheOnesTheTextReportPrints() {
        TradeNetwork net = TestNetworks.hostile();
        NetworkSummary s = NetworkSummary.of(net, 3);
        var tables = SummaryReport.tables(s);
        assertThat(tables.keySet()).containsExactly("Network", "Top exporters", "Top importers",
                "Supplier dependence of the largest importers");
        // CHN exports 150 of 225.5 USD.
        assertThat(tables.get("Top exporters").rows().get(0)).containsExactly("1", "CHN", "China", "150", "66.5%");
        String text = SummaryReport.render(new ReportHeader("t", "d", java.util.Map.of(), List.of()), s, OutputFormat.TEXT);
        for (var e : tables.entrySet()) {
            assertThat(text).contains(e.getKey() + "\n" + e.getValue().toText());
        }
    }
}
