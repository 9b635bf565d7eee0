"""Charts as a reader sees them, in headless Chromium at a phone's and a
desktop's width: as wide as the column, text never under 11 px, no slanted
labels on a phone, bars coloured open or proprietary with a legend, the
models an article is about highlighted, and the numbers offered as CSV.

Two sites: the built real site (SITE_DIR), and a small publication of the
documented shape written here (its own models and article, the theme's
templates and stylesheet), built with VERSUS_BIN, so nothing depends on the
real site's particular content.
"""

import csv
import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import SITE

REPO = Path(__file__).resolve().parents[2]
VERSUS = os.environ.get("VERSUS_BIN", str(REPO / ".build/release/versus"))
WIDTHS = [390, 1366]

MODELS = {
    "northwind-large-reasoner": ("Northwind Large Reasoner", "proprietary", 96),
    "tallfern-open-instruct": ("Tallfern Open Instruct", "open", 91),
    "quarry-coder-max": ("Quarry Coder Max", "proprietary", 89),
    "meadow-lite": ("Meadow Lite", "open", 84),
    "basalt-mixture-preview": ("Basalt Mixture Preview", "open", 80),
}

ARTICLE = """---
title: Five models for code review
type: comparison
last_updated: 2026-03-02
---

How the five models we tried did on our code-review set.

## Scores

| Model | Review score |
|---|---|
""" + "".join(f"| {title} | {score} |\n" for title, _, score in MODELS.values()) + """
```chart
type: bar
title: Code-review score by model
x: Model
y: Review score
highlight: [Tallfern Open Instruct]
```

## From the model data

```chart
type: bar
title: Review score from the model pages
source: models
y: scores.review
sort: -scores.review
```
"""


@pytest.fixture(scope="module")
def publication():
    """A small site of the documented shape (site.yml and Content/), built with the embedded theme."""
    folder = Path(tempfile.mkdtemp(prefix="versus-charts-"))
    (folder / "site.yml").write_text("title: Bench Notes\nbase_url: https://bench.example.org/\nlanguage: en\n")
    (folder / "Content/models").mkdir(parents=True)
    (folder / "Content/comparisons").mkdir()
    (folder / "Content/index.md").write_text("---\ntitle: Bench Notes\ntype: home\n---\n\nNotes.\n")
    for slug, (title, weights, score) in MODELS.items():
        (folder / f"Content/models/{slug}.md").write_text(
            f"---\ntitle: {title}\ntype: model\nvendor: Acme\nweights: {weights}\nscores: {{review: {score}}}\n---\n\nA model.\n")
    (folder / "Content/comparisons/code-review.md").write_text(ARTICLE)
    run = subprocess.run([VERSUS, "build", "--root", str(folder), "--quiet"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    yield folder / "Output"
    shutil.rmtree(folder)


CHARTS_JS = """
const out = [];
for (const fig of document.querySelectorAll('figure.chart')) {
  const shown = [...fig.querySelectorAll('svg')].filter(s => getComputedStyle(s).display !== 'none');
  const svg = shown[0];
  const texts = [...svg.querySelectorAll('text')].map(t => {
    const m = t.getScreenCTM();
    return {text: t.textContent, px: parseFloat(t.getAttribute('font-size')) * Math.hypot(m.a, m.b),
            rotated: (t.getAttribute('transform') || '').includes('rotate'),
            bold: t.getAttribute('font-weight') === 'bold'};
  });
  const column = fig.parentElement.getBoundingClientRect().width;
  const link = fig.querySelector('figcaption a.chart-csv');
  const box = fig.getBoundingClientRect();
  out.push({shown: shown.length, layout: svg.getAttribute('class'), width: svg.getBoundingClientRect().width,
            figure: box.width, column, right: box.right, inner: window.innerWidth, texts,
            csv: link ? link.getAttribute('href') : null, download: link ? link.getAttribute('download') : null,
            bars: [...svg.querySelectorAll('rect')].filter(r => r.querySelector('title')).map(r => ({
              name: r.querySelector('title').textContent, fill: getComputedStyle(r).fill,
              opacity: getComputedStyle(r).opacity}))});
}
return out;
"""


def charts(browser, url, width):
    browser.set_window_size(width, 900)
    browser.get(url)
    return browser.execute_script(CHARTS_JS)


def colour(browser, name):
    return browser.execute_script(
        "const d = document.createElement('div'); d.style.color = `var(${arguments[0]})`; document.body.append(d);"
        "const c = getComputedStyle(d).color; d.remove(); return c;", name)


def check_readable(chart, width):
    assert chart["shown"] == 1, "exactly one drawing of a chart shows"
    assert chart["right"] <= chart["inner"] + 0.5
    small = [(t["text"], round(t["px"], 1)) for t in chart["texts"] if t["px"] < 11]
    assert small == [], f"text under 11 px at {width} px: {small}"
    if width <= 400:
        assert chart["layout"] == "chart-narrow"
        rotated = [t["text"] for t in chart["texts"] if t["rotated"]]
        assert rotated == [], f"slanted labels on a phone: {rotated}"
    else:
        assert chart["layout"] == "chart-wide"
        # As wide as the text column, like the tables beside it.
        assert chart["figure"] >= chart["column"] - 1 and chart["width"] >= chart["column"] - 1


def check_csv(chart):
    assert chart["csv"] and chart["csv"].startswith("data:text/csv;charset=utf-8,")
    assert chart["download"].endswith(".csv")
    rows = list(csv.reader(io.StringIO(unquote(chart["csv"].split(",", 1)[1]))))
    assert len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows)
    assert any(float(cell) for row in rows[1:] for cell in row[1:] if cell)


@pytest.mark.parametrize("width", WIDTHS)
def test_real_site_charts_fill_the_column_with_readable_text_and_csv(browser, width):
    pages = sorted(p for p in SITE.rglob("index.html") if "<figure class=\"chart" in p.read_text())
    assert pages
    for page in pages:
        for chart in charts(browser, page.as_uri(), width):
            check_readable(chart, width)
            check_csv(chart)


@pytest.mark.parametrize("width", WIDTHS)
def test_model_bars_are_coloured_by_weights_and_the_article_model_is_highlighted(browser, publication, width):
    found = charts(browser, (publication / "comparisons/code-review/index.html").as_uri(), width)
    assert len(found) == 2
    open_colour, proprietary_colour = colour(browser, "--weights-open"), colour(browser, "--weights-proprietary")
    assert open_colour != proprietary_colour
    for chart in found:
        check_readable(chart, width)
        check_csv(chart)
        assert len(chart["bars"]) == len(MODELS)
        for bar in chart["bars"]:
            title = bar["name"].split(":")[0]
            weights = next(w for t, w, _ in MODELS.values() if t == title)
            assert bar["fill"] == (open_colour if weights == "open" else proprietary_colour), bar
        legend = {t["text"] for t in chart["texts"]}
        assert {"Open weights", "Proprietary"} <= legend
    highlighted, plain = found
    # The model the article is about stands out; the others step back.
    for bar in highlighted["bars"]:
        is_it = bar["name"].startswith("Tallfern Open Instruct")
        assert (float(bar["opacity"]) == 1) == is_it, bar
    bold = [t["text"] for t in highlighted["texts"] if t["bold"]]
    assert len(bold) == 1 and "Tallfern Open Instruct".startswith(bold[0].rstrip("…"))
    assert all(float(b["opacity"]) == 1 for b in plain["bars"])


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_weights_colours_change_with_the_scheme(browser, publication, scheme):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    browser.get((publication / "comparisons/code-review/index.html").as_uri())
    expected = {"light": "rgb(19, 128, 74)", "dark": "rgb(76, 201, 154)"}[scheme]
    assert colour(browser, "--weights-open") == expected
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "light"}]})
