/* Versus: sortable, filterable tables (table[data-sortable]).
   Sorting by column, filters by weights, vendor and free text, and the state
   of each table kept in the URL query as "<table id>.<key>=<value>". */
(function () {
  "use strict";

  var BLANK = /^(|—|–|-|−|n\/a)$/i;
  var NUM = /^([-+−]?(?:\d+\.?\d*|\.\d+))(%|pts|\/100|\/10|x|×|k|m|b)?$/i;
  var SCALE = { k: 1e3, m: 1e6, b: 1e9 };
  var KEYS = ["sort", "dir", "weights", "vendor", "q"];
  var tables = [];

  function el(tag, props, text) {
    var e = document.createElement(tag);
    for (var k in props) e.setAttribute(k, props[k]);
    if (text) e.textContent = text;
    return e;
  }

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function decode(s) {
    try { return decodeURIComponent(s.replace(/\+/g, " ")); } catch (e) { return s; }
  }

  // A cell's sort key: null when blank, a number when numeric, else its text.
  function key(cell) {
    var t = cell ? cell.textContent.trim() : "";
    if (BLANK.test(t)) return null;
    var m = t.replace(/[$€£¥,\s]/g, "").match(NUM);
    if (!m) return t;
    var n = Number(m[1].replace("−", "-"));
    return n * (SCALE[(m[2] || "").toLowerCase()] || 1);
  }

  function enhance(table, index) {
    var id = table.id || "table-" + (index + 1);
    var body = table.tBodies[0];
    var head = table.tHead;
    if (!body || !head) return;
    var rows = [].slice.call(body.rows);
    var ths = [].slice.call(head.rows[head.rows.length - 1].cells);
    var wrap = table.closest(".table-wrap") || table;
    var t = { id: id, sort: 0, dir: "", selects: {} };
    var hay = rows.map(function (r) {
      return fold((r.getAttribute("data-words") || "") + " " + r.textContent);
    });

    ths.forEach(function (th, i) {
      var b = el("button", { type: "button", "class": "sort-button" });
      while (th.firstChild) b.appendChild(th.firstChild);
      th.appendChild(b);
      b.addEventListener("click", function () {
        t.dir = t.sort === i + 1 && t.dir !== "desc" ? "desc" : "";
        t.sort = i + 1;
        t.sorted();
        save(t, true);
      });
    });

    var bar = el("div", { "class": "table-filters" });
    var field = function (text, control) {
      var label = el("label", { "for": control.id }, text + " ");
      label.appendChild(control);
      bar.appendChild(label);
    };
    ["weights", "vendor"].forEach(function (name) {
      var seen = {};
      rows.forEach(function (r) {
        var v = r.getAttribute("data-" + name);
        if (v) seen[v] = 1;
      });
      var values = Object.keys(seen).sort(function (a, b) {
        return a.localeCompare(b, undefined, { sensitivity: "base" });
      });
      if (values.length < 2) return;
      var label = name.charAt(0).toUpperCase() + name.slice(1);
      var sel = el("select", { id: id + "-" + name });
      sel.appendChild(el("option", { value: "" }, "All " + name + (name === "vendor" ? "s" : "")));
      values.forEach(function (v) { sel.appendChild(el("option", { value: v }, v)); });
      sel.addEventListener("change", function () { t.filtered(); save(t, true); });
      field(label, sel);
      t.selects[name] = sel;
    });
    var q = el("input", { type: "search", id: id + "-q", autocomplete: "off" });
    var timer;
    q.addEventListener("input", function () {
      t.filtered();
      clearTimeout(timer);
      timer = setTimeout(function () { save(t, false); }, 300);
    });
    field("Filter", q);
    var status = el("p", { "class": "table-status", role: "status", "aria-live": "polite" });
    wrap.parentNode.insertBefore(bar, wrap);
    wrap.parentNode.insertBefore(status, wrap);

    t.sorted = function () {
      var c = t.sort - 1, sign = t.dir === "desc" ? -1 : 1;
      var keys = rows.map(function (r) { return c < 0 ? null : key(r.cells[c]); });
      var numeric = keys.every(function (k) { return typeof k !== "string"; });
      var order = rows.map(function (r, i) { return i; });
      if (c >= 0) order.sort(function (a, b) {
        var x = keys[a], y = keys[b];
        if (x === null || y === null) return (x === null) - (y === null) || a - b;
        var d = numeric ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true, sensitivity: "base" });
        return sign * d || a - b;
      });
      order.forEach(function (i) { body.appendChild(rows[i]); });
      ths.forEach(function (th, i) {
        if (i === c) th.setAttribute("aria-sort", sign < 0 ? "descending" : "ascending");
        else th.removeAttribute("aria-sort");
      });
    };

    t.filtered = function () {
      var words = fold(q.value).split(/\s+/).filter(Boolean);
      var shown = 0, active = words.length > 0;
      rows.forEach(function (r, i) {
        var ok = words.every(function (w) { return hay[i].indexOf(w) >= 0; });
        for (var name in t.selects) {
          var v = t.selects[name].value;
          if (v) { active = true; ok = ok && r.getAttribute("data-" + name) === v; }
        }
        r.hidden = !ok;
        shown += ok;
      });
      status.textContent = active ? shown + " of " + rows.length + " rows shown" : "";
    };

    t.state = function () {
      var s = { sort: t.sort ? String(t.sort) : "", dir: t.sort ? t.dir : "", q: q.value.trim() };
      for (var name in t.selects) s[name] = t.selects[name].value;
      return s;
    };

    t.load = function (params) {
      var p = function (k) { return params.get(id + "." + k) || ""; };
      var n = Number(p("sort"));
      t.sort = /^\d+$/.test(p("sort")) && n >= 1 && n <= ths.length ? n : 0;
      t.dir = p("dir") === "desc" ? "desc" : "";
      for (var name in t.selects) {
        var sel = t.selects[name], v = p(name);
        sel.value = [].some.call(sel.options, function (o) { return o.value === v; }) ? v : "";
      }
      q.value = p("q");
      clearTimeout(timer);
      t.sorted();
      t.filtered();
    };

    tables.push(t);
  }

  // Writes one table's state into the query, leaving every other parameter
  // (and the hash) as it is; an empty value drops its parameter.
  function save(t, push) {
    var prefix = t.id + ".";
    var parts = location.search.slice(1).split("&").filter(function (part) {
      return part && decode(part.split("=")[0]).indexOf(prefix) !== 0;
    });
    var s = t.state();
    KEYS.forEach(function (k) {
      if (s[k]) parts.push(encodeURIComponent(prefix + k) + "=" + encodeURIComponent(s[k]));
    });
    var url = location.pathname + (parts.length ? "?" + parts.join("&") : "") + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    history[push ? "pushState" : "replaceState"](history.state, "", url);
  }

  function loadAll() {
    var params = new URLSearchParams(location.search);
    tables.forEach(function (t) { t.load(params); });
  }

  function init() {
    [].forEach.call(document.querySelectorAll("table[data-sortable]"), enhance);
    loadAll();
    window.addEventListener("popstate", loadAll);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
