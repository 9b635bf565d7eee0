/* Versus: the cost calculator (section[data-calculator]). Recomputes the
   monthly API cost and the break-even volumes for the tokens typed in; the
   numbers are formatted exactly as the server-rendered tables. */
(function () {
  "use strict";

  var UNITS = [[1e9, "B"], [1e6, "M"], [1e3, "K"]];

  function commas(s) {
    return s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  // Rounds half away from zero to `digits` decimals.
  function round(x, digits) {
    var f = Math.pow(10, digits);
    return Math.sign(x) * Math.round(Math.abs(x) * f) / f;
  }

  // $9.88 below $100, else whole dollars with commas: $1,234.
  function money(x) {
    x = round(x, 2);
    return "$" + (x < 100 ? x.toFixed(2) : commas(round(x, 0).toFixed(0)));
  }

  // A volume of tokens to 3 significant digits: 750, 2.5M, 2.67B, 1,230B
  // (below 1,000 the whole number, as the Swift side: 999.6 is "1000").
  function tokens(x) {
    for (var i = 0; i < UNITS.length; i++) {
      if (x < UNITS[i][0]) continue;
      var v = x / UNITS[i][0];
      var digits = Math.max(0, 3 - String(Math.floor(v)).length);
      var r = round(v, digits);
      if (r >= 1000 && i > 0) return tokens(UNITS[i - 1][0]);
      var s = r.toFixed(digits);
      if (digits) s = s.replace(/\.?0+$/, "");
      return commas(s) + UNITS[i][1];
    }
    return String(round(x, 0));
  }

  function range(lo, hi) {
    var a = tokens(lo), b = tokens(hi);
    return a === b ? a : a + "–" + b;
  }

  function count(input) {
    var n = Number(input.value);
    return input.value !== "" && isFinite(n) && n > 0 ? n : 0;
  }

  function setParams(prefix, values) {
    var parts = location.search.slice(1).split("&").filter(function (part) {
      var k = part.split("=")[0];
      try { k = decodeURIComponent(k); } catch (e) { /* keep it as it is */ }
      return part && k.indexOf(prefix) !== 0;
    });
    for (var k in values) {
      if (values[k] !== "") parts.push(encodeURIComponent(prefix + k) + "=" + encodeURIComponent(values[k]));
    }
    var url = location.pathname + (parts.length ? "?" + parts.join("&") : "") + location.hash;
    if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, "", url);
  }

  function setup(section) {
    var json = section.querySelector("script.calculator-data");
    var form = section.querySelector(".calculator-form");
    if (!json || !form) return;
    var data = JSON.parse(json.textContent);
    var work = data.workload || { input: 0, output: 0 };
    var prefix = section.id + ".";
    var inputs = { input: form.elements.input, output: form.elements.output };
    var api = section.querySelector(".calculator-api tbody");
    var apiRows = api ? [].slice.call(api.rows) : [];
    var status = section.querySelector(".calculator-workload");
    var setups = {};
    data.setups.forEach(function (s) { setups[s.id] = s; });

    var params = new URLSearchParams(location.search);
    Object.keys(inputs).forEach(function (k) {
      var v = params.get(prefix + k);
      if (v !== null && /^\d+(\.\d+)?$/.test(v)) inputs[k].value = v;
    });

    function update() {
      var input = count(inputs.input), output = count(inputs.output);
      var total = input + output;
      var mixIn = total ? input : work.input, mixOut = total ? output : work.output;
      var checked = {}, cost = {}, perToken = {};
      [].forEach.call(form.querySelectorAll("input[name=model]"), function (box) {
        checked[box.value] = box.checked;
      });
      data.models.forEach(function (m) {
        cost[m.id] = input / 1e6 * m.input + output / 1e6 * m.output;
        // As Workload.breakEven in Swift: the mix's monthly cost per token.
        perToken[m.id] = (mixIn / 1e6 * m.input + mixOut / 1e6 * m.output) / (mixIn + mixOut);
      });
      [].forEach.call(section.querySelectorAll(".calculator-breakeven td[data-setup]"), function (cell) {
        var b = perToken[cell.parentNode.getAttribute("data-model")];
        var s = setups[cell.getAttribute("data-setup")];
        if (b !== undefined && s) cell.textContent = b > 0 ? range(s.min / b, s.max / b) : "never";
      });
      [].forEach.call(section.querySelectorAll("tbody tr[data-model]"), function (row) {
        row.hidden = checked[row.getAttribute("data-model")] === false;
      });
      apiRows.map(function (row, i) {
        var c = cost[row.getAttribute("data-model")];
        var cell = row.querySelector("[data-cost]");
        if (cell && c !== undefined) cell.textContent = money(c);
        return { row: row, i: i, c: c === undefined ? Infinity : c };
      }).sort(function (a, b) {
        return a.c - b.c || a.i - b.i;
      }).forEach(function (o) { api.appendChild(o.row); });
      if (status) {
        status.textContent = "For " + tokens(input) + " input and " + tokens(output) +
          " output tokens a month (" + tokens(total) + " in all):";
      }
      if (section.id) setParams(prefix, {
        input: input === work.input ? "" : String(input),
        output: output === work.output ? "" : String(output)
      });
    }

    form.hidden = false;
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    update();
  }

  function init() {
    [].forEach.call(document.querySelectorAll("[data-calculator]"), setup);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
