package org.tradenet.report.atlas;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tradenet.atlas.AtlasResult;
import org.tradenet.atlas.AtlasRow;
import org.tradenet.report.Json;
import org.tradenet.report.html.Html;

/**
 * {@code atlas.html}: one self-contained page (no network access, no external files) with the
 * ranking of chokepoint products and, for the product chosen, small multiples of its measures
 * over the years.
 *
 * <p>The ranking starts sorted by exporter HHI, highest first, in the latest year; any column
 * sorts on a click on its header, a search box filters by code, description or exporter, and a
 * year selector shows one year or all. Clicking a row draws that product's small multiples
 * (value, HHI, largest exporter's share, importers over 50%, modularity, screening shock), one
 * small SVG line chart each. The rows travel inside the page as JSON. When the communities'
 * significance was tested, the ranking shows its z-score and p-value, and flags "not
 * significant" the product-years whose p-value is above the level (0.05).
 */
public final class AtlasPage {

    private AtlasPage() {
    }

    /**
     * The page of a result.
     *
     * @param r the atlas result
     * @return a self-contained HTML page
     */
    public static String render(AtlasResult r) {
        ArrayNode rows = Json.mapper().createArrayNode();
        boolean focus = r.job().parameters().hasFocus();
        List<String> columns = AtlasRow.columns(focus);
        for (AtlasRow row : r.rows()) {
            ObjectNode o = rows.addObject();
            List<Object> values = row.values(focus);
            for (int c = 0; c < columns.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Double d) {
                    Json.putNumber(o, columns.get(c), d);
                } else if (v instanceof Integer i) {
                    o.put(columns.get(c), i);
                } else {
                    o.put(columns.get(c), String.valueOf(v));
                }
            }
        }
        String data = Json.write(rows).replace("</", "<\\/");
        var p = r.job().parameters();
        String params = "engine " + r.engine() + "; seed " + p.seed() + "; " + p.runs() + " Leiden run(s), resolution "
                + p.resolution() + "; hubs: top " + p.hubs() + " by throughput and PageRank; shock: largest exporter's "
                + Math.round(100 * p.exportTaxRate()) + "% export tax, linear GSIM, elasticities import demand "
                + p.elasticities().importDemand() + ", substitution " + p.elasticities().substitution() + ", export supply "
                + p.elasticities().exportSupply() + ", no base tariffs" + (focus ? "; focus " + p.focus() : "");
        var significance = p.significance();
        String significanceText = significance.map(t -> "Significance of the communities: the best modularity against "
                + t.draws() + " null networks with every country's out- and in-strength kept (strength-preserving rewiring, "
                + "the same Leiden runs, seed " + t.seed() + "); z-score and empirical p-value; products whose p-value is "
                + "above " + t.level() + " are flagged \u201cnot significant\u201d: their communities are no stronger than "
                + "random networks' with the same strengths.")
                .orElse("Significance of the communities: not tested (--null-draws 0).");
        double level = significance.map(t -> t.level()).orElse(Double.NaN);
        StringBuilder sb = new StringBuilder(16_384 + data.length());
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>tradenet atlas: chokepoint products</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>Chokepoint atlas</h1>\n")
                .append("<p class=\"meta\">Data: ").append(Html.text(String.join(", ", r.sources())))
                .append(" (").append(r.rowsRead()).append(" rows read; ").append(r.rows().size())
                .append(" product-years). Values in USD; shares are percentages of each product-year's trade value; "
                        + "edges run exporter &rarr; importer.</p>\n")
                .append("<p class=\"meta\">Parameters: ").append(Html.text(params)).append(".</p>\n")
                .append("<p class=\"meta\">").append(Html.text(significanceText)).append("</p>\n")
                .append("<p class=\"caveat\">").append(Html.text(AtlasJson.SCREENING)).append("</p>\n")
                .append("<div class=\"controls\"><label>Search <input id=\"q\" type=\"search\" placeholder=\"code, product or exporter\"></label>\n")
                .append("<label>Year <select id=\"year\"></select></label> <span id=\"count\"></span></div>\n")
                .append("<div id=\"multiples\"><p class=\"hint\">Click a product to see its measures over the years.</p></div>\n")
                .append("<div class=\"table-wrap\"><table id=\"ranking\"><thead><tr id=\"head\"></tr></thead><tbody id=\"body\"></tbody></table></div>\n")
                .append("<footer>Made with tradenet (atlas). Communities: Leiden (Traag, Waltman &amp; van Eck 2019) with directed "
                        + "modularity (Leicht &amp; Newman 2008). Shock: GSIM (Francois &amp; Hall 2003), linear form.</footer>\n")
                .append("<script type=\"application/json\" id=\"atlas-data\" data-level=\"")
                .append(Double.isNaN(level) ? "" : String.valueOf(level)).append("\">").append(data).append("</script>\n")
                .append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static final String CSS = """
            body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
            h1 { margin: 0 0 .3em 0; font-size: 1.5em; }
            .meta { color: #555; font-size: .85em; margin: .2em 0; }
            .caveat { background: #fff6dd; border-left: 4px solid #e0a800; padding: .4em .7em; font-size: .85em; }
            .controls { margin: .8em 0; }
            .controls label { margin-right: 1.5em; }
            .table-wrap { overflow: auto; max-height: 85vh; border: 1px solid #ddd; }
            table { border-collapse: collapse; font-size: .82em; width: 100%; }
            tbody td:first-child { position: sticky; left: 0; background: #fff; }
            thead th:first-child { left: 0; z-index: 2; }
            th, td { border-bottom: 1px solid #ddd; padding: 3px 6px; text-align: right; white-space: nowrap; }
            th { background: #f2f2f2; cursor: pointer; position: sticky; top: 0; }
            th.sorted { background: #dde8f5; }
            td.text, th.text { text-align: left; }
            td.text { max-width: 26em; overflow: hidden; text-overflow: ellipsis; }
            tbody tr:hover { background: #f5f9ff; cursor: pointer; }
            tbody tr.chosen, tbody tr.chosen td:first-child { background: #e4efff; }
            .flag { display: inline-block; margin-left: 4px; padding: 0 4px; border-radius: 3px; background: #eee; color: #666;
                    font-size: .85em; }
            .bar { display: inline-block; height: .7em; background: #c0392b; vertical-align: middle; margin-right: 4px; }
            #multiples { display: flex; flex-wrap: wrap; gap: 10px; margin: .5em 0 1em 0; min-height: 2em; }
            #multiples h2 { width: 100%; font-size: 1.05em; margin: 0; }
            .multiple { border: 1px solid #ddd; padding: 4px; }
            .multiple .title { font-size: .75em; color: #444; }
            .hint { color: #777; font-size: .85em; }
            footer { margin-top: 1.5em; font-size: .75em; color: #777; }
            """;

    private static final String SCRIPT = """
            (function () {
              var data = document.getElementById('atlas-data');
              var rows = JSON.parse(data.textContent);
              var level = data.dataset.level === '' ? null : Number(data.dataset.level);
              var cols = [
                ['hs6', 'HS6', 'text'], ['description', 'Product', 'text'], ['year', 'Year', 'int'],
                ['valueUsd', 'Value (USD)', 'usd'], ['countries', 'Countries', 'int'], ['topExporter', 'Top exporter', 'text'],
                ['topExporterShare', 'Top exporter share', 'pctbar'], ['exporterHhi', 'Exporter HHI', 'num3'],
                ['top3Share', 'Top-3 share', 'pct'], ['importersOver50Pct', 'Importers >50% one supplier', 'pctv'],
                ['communities', 'Communities', 'int'], ['modularity', 'Modularity', 'num3'],
                ['modularityZ', 'Modularity z', 'num2'], ['modularityP', 'Modularity p', 'pvalue'],
                ['shockTopExporterTax25Pct', 'Shock: world trade %', 'signed'], ['topHubs', 'Top hubs', 'text']
              ];
              if (level === null) {
                cols = cols.filter(function (c) { return c[0] !== 'modularityZ' && c[0] !== 'modularityP'; });
              }
              if (rows.length && rows[0].focusCountry !== undefined) {
                cols.push(['focusLargestSupplierShare', 'Focus: largest supplier', 'pct']);
                cols.push(['focusTopExporterShare', 'Focus: from top exporter', 'pct']);
              }
              var sortKey = 'exporterHhi', sortDir = -1, chosen = null;
              var years = Array.from(new Set(rows.map(function (r) { return r.year; }))).sort();
              var sel = document.getElementById('year');
              sel.add(new Option('all years', 'all'));
              years.forEach(function (y) { sel.add(new Option(String(y), String(y))); });
              sel.value = years.length ? String(years[years.length - 1]) : 'all';
              function fmt(v, kind) {
                if (v === null || v === undefined) { return '-'; }
                if (kind === 'usd') {
                  if (v >= 1e9) { return (v / 1e9).toFixed(2) + ' bn'; }
                  if (v >= 1e6) { return (v / 1e6).toFixed(1) + ' m'; }
                  return Math.round(v).toLocaleString('en');
                }
                if (kind === 'pct' || kind === 'pctbar') { return (100 * v).toFixed(1) + '%'; }
                if (kind === 'pctv') { return v.toFixed(1) + '%'; }
                if (kind === 'signed') { return (v > 0 ? '+' : '') + v.toFixed(2) + '%'; }
                if (kind === 'num3' || kind === 'pvalue') { return v.toFixed(3); }
                if (kind === 'num2') { return v.toFixed(2); }
                return String(v);
              }
              var head = document.getElementById('head');
              var th0 = document.createElement('th'); th0.textContent = '#'; head.appendChild(th0);
              cols.forEach(function (c) {
                var th = document.createElement('th');
                th.textContent = c[1];
                th.dataset.key = c[0];
                if (c[2] === 'text') { th.className = 'text'; }
                th.addEventListener('click', function () {
                  if (sortKey === c[0]) { sortDir = -sortDir; } else { sortKey = c[0]; sortDir = c[2] === 'text' ? 1 : -1; }
                  draw();
                });
                head.appendChild(th);
              });
              function cmp(a, b) {
                var x = a[sortKey], y = b[sortKey];
                if (x === null || x === undefined) { return 1; }
                if (y === null || y === undefined) { return -1; }
                if (x < y) { return -sortDir; }
                if (x > y) { return sortDir; }
                return a.hs6 < b.hs6 ? -1 : a.hs6 > b.hs6 ? 1 : a.year - b.year;
              }
              function draw() {
                var q = document.getElementById('q').value.trim().toLowerCase();
                var y = sel.value;
                var shown = rows.filter(function (r) {
                  if (y !== 'all' && String(r.year) !== y) { return false; }
                  if (!q) { return true; }
                  return (r.hs6 + ' ' + r.description + ' ' + r.topExporter).toLowerCase().indexOf(q) >= 0;
                }).sort(cmp);
                Array.prototype.forEach.call(head.children, function (th) {
                  th.className = (th.dataset.key === sortKey ? 'sorted ' : '') + (th.classList.contains('text') ? 'text' : '');
                });
                var body = document.getElementById('body');
                body.innerHTML = '';
                shown.forEach(function (r, i) {
                  var tr = document.createElement('tr');
                  if (r.hs6 === chosen) { tr.className = 'chosen'; }
                  var td0 = document.createElement('td'); td0.textContent = i + 1; tr.appendChild(td0);
                  cols.forEach(function (c) {
                    var td = document.createElement('td');
                    var v = r[c[0]];
                    if (c[2] === 'text') { td.className = 'text'; }
                    if (c[2] === 'pctbar' && v !== null) {
                      var bar = document.createElement('span');
                      bar.className = 'bar'; bar.style.width = Math.round(60 * v) + 'px';
                      td.appendChild(bar);
                    }
                    td.appendChild(document.createTextNode(fmt(v, c[2])));
                    if (c[2] === 'pvalue' && v !== null && v !== undefined && v > level) {
                      var flag = document.createElement('span');
                      flag.className = 'flag'; flag.textContent = 'not significant';
                      td.appendChild(flag);
                    }
                    tr.appendChild(td);
                  });
                  tr.addEventListener('click', function () { chosen = r.hs6; multiples(r.hs6); draw(); });
                  body.appendChild(tr);
                });
                document.getElementById('count').textContent = shown.length + ' product-year(s)';
              }
              var measures = [
                ['valueUsd', 'Value (USD)', 'usd'], ['exporterHhi', 'Exporter HHI', 'num3'],
                ['topExporterShare', 'Top exporter share', 'pct'], ['importersOver50Pct', 'Importers >50% one supplier', 'pctv'],
                ['modularity', 'Modularity', 'num3'], ['shockTopExporterTax25Pct', 'Shock: world trade %', 'signed']
              ];
              function multiples(hs6) {
                var box = document.getElementById('multiples');
                var series = rows.filter(function (r) { return r.hs6 === hs6; }).sort(function (a, b) { return a.year - b.year; });
                box.innerHTML = '';
                var h = document.createElement('h2');
                h.textContent = hs6 + ' ' + (series[0].description || '') + ' over ' + series.length + ' year(s)';
                box.appendChild(h);
                var ns = 'http://www.w3.org/2000/svg', W = 190, H = 90, P = 22;
                measures.forEach(function (m) {
                  var div = document.createElement('div'); div.className = 'multiple';
                  var t = document.createElement('div'); t.className = 'title'; t.textContent = m[1]; div.appendChild(t);
                  var svg = document.createElementNS(ns, 'svg');
                  svg.setAttribute('width', W); svg.setAttribute('height', H);
                  var pts = series.filter(function (r) { return r[m[0]] !== null && r[m[0]] !== undefined; });
                  if (pts.length) {
                    var xs = pts.map(function (r) { return r.year; }), vs = pts.map(function (r) { return r[m[0]]; });
                    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
                    var v0 = Math.min.apply(null, vs.concat([0])), v1 = Math.max.apply(null, vs.concat([0]));
                    if (v1 === v0) { v1 = v0 + 1; }
                    var sx = function (x) { return x1 === x0 ? W / 2 : P + (W - 2 * P) * (x - x0) / (x1 - x0); };
                    var sy = function (v) { return H - 14 - (H - 24) * (v - v0) / (v1 - v0); };
                    var axis = document.createElementNS(ns, 'line');
                    axis.setAttribute('x1', P); axis.setAttribute('x2', W - P); axis.setAttribute('y1', sy(0)); axis.setAttribute('y2', sy(0));
                    axis.setAttribute('stroke', '#bbb'); svg.appendChild(axis);
                    var path = document.createElementNS(ns, 'polyline');
                    path.setAttribute('points', pts.map(function (r) { return sx(r.year) + ',' + sy(r[m[0]]); }).join(' '));
                    path.setAttribute('fill', 'none'); path.setAttribute('stroke', '#1f5fa8'); path.setAttribute('stroke-width', '2');
                    svg.appendChild(path);
                    pts.forEach(function (r) {
                      var c = document.createElementNS(ns, 'circle');
                      c.setAttribute('cx', sx(r.year)); c.setAttribute('cy', sy(r[m[0]])); c.setAttribute('r', 2.5);
                      c.setAttribute('fill', '#1f5fa8');
                      var tip = document.createElementNS(ns, 'title'); tip.textContent = r.year + ': ' + fmt(r[m[0]], m[2]);
                      c.appendChild(tip); svg.appendChild(c);
                    });
                    [[x0, 'start', 2], [x1, 'end', W - 2]].forEach(function (a) {
                      var tx = document.createElementNS(ns, 'text');
                      tx.setAttribute('x', a[2]); tx.setAttribute('y', H - 2); tx.setAttribute('font-size', '9');
                      tx.setAttribute('text-anchor', a[1]); tx.textContent = a[0]; svg.appendChild(tx);
                    });
                    var last = document.createElementNS(ns, 'text');
                    last.setAttribute('x', W - 2); last.setAttribute('y', 10); last.setAttribute('font-size', '10');
                    last.setAttribute('text-anchor', 'end'); last.textContent = fmt(vs[vs.length - 1], m[2]);
                    svg.appendChild(last);
                  }
                  div.appendChild(svg); box.appendChild(div);
                });
              }
              document.getElementById('q').addEventListener('input', draw);
              sel.addEventListener('change', draw);
              draw();
              var first = document.querySelector('#body tr');
              if (first) { first.click(); }
            })();
            """;
}
