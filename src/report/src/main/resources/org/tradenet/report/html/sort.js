// tradenet report: sortable tables. Click (or press Enter on) a column header to sort by it;
// click again to reverse. Numeric columns (th data-type="num") sort by each cell's data-v,
// largest first; text columns alphabetically. Marks <body data-ready="1"> when set up.
(function () {
  'use strict';
  function key(cell, numeric) {
    if (numeric) {
      var v = parseFloat(cell.getAttribute('data-v'));
      return isNaN(v) ? null : v;
    }
    return cell.textContent.trim().toLowerCase();
  }
  function compare(x, y, numeric) {
    if (x === y) { return 0; }
    if (x === null) { return 1; }
    if (y === null) { return -1; }
    return numeric ? x - y : x.localeCompare(y);
  }
  var tables = document.querySelectorAll('table.sortable');
  Array.prototype.forEach.call(tables, function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      th.tabIndex = 0;
      th.setAttribute('aria-sort', 'none');
      function sort() {
        var numeric = th.getAttribute('data-type') === 'num';
        var current = th.getAttribute('aria-sort');
        var ascending = current === 'none' ? !numeric : current === 'descending';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.forEach(function (r, i) { r.setAttribute('data-i', i); });
        rows.sort(function (a, b) {
          var x = key(a.cells[col], numeric);
          var y = key(b.cells[col], numeric);
          var c = (x === null || y === null) ? compare(x, y, numeric) : (ascending ? 1 : -1) * compare(x, y, numeric);
          return c !== 0 ? c : a.getAttribute('data-i') - b.getAttribute('data-i');
        });
        rows.forEach(function (r) { body.appendChild(r); });
        Array.prototype.forEach.call(heads, function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
      });
    });
  });
  document.body.setAttribute('data-ready', '1');
}());
