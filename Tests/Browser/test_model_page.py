"""A model page as a reader comparing models sees it, in headless Chromium at
a phone's and a desktop's width: the key figures first, the scores once (a
table with inline bars), and no stretch of empty column beside or between
the blocks.

SITE_DIR (environment) is the output folder of `versus build`.
"""

import pytest

from conftest import SITE

MODELS = sorted(p.relative_to(SITE).as_posix() for p in SITE.glob("models/*/index.html"))

BLOCKS_JS = """
const article = document.querySelector('article.model');
const rect = (s) => { const e = article.querySelector(s); return e ? e.getBoundingClientRect().toJSON() : null; };
const blocks = [...article.children].map(e => e.getBoundingClientRect()).filter(r => r.height > 0);
let gap = 0;
for (let i = 1; i < blocks.length; i++) gap = Math.max(gap, blocks[i].top - blocks[i - 1].bottom);
const cols = [...article.querySelectorAll('.model-data > *')].map(e => e.getBoundingClientRect().toJSON());
return {figures: rect('.key-figures'), scores: rect('table.scores'), prose: rect('.prose'), gap,
        cols, width: article.getBoundingClientRect().width,
        figureLabels: [...article.querySelectorAll('.key-figures dt')].map(e => e.textContent),
        scoreRows: article.querySelectorAll('table.scores tbody tr').length,
        charts: article.querySelectorAll('.model-data svg, .model-data figure').length,
        bars: [...article.querySelectorAll('table.scores .bar > span')].map(e => e.getBoundingClientRect().width)};
"""


def test_there_are_model_pages():
    assert MODELS


@pytest.mark.parametrize("width", [390, 1366])
def test_key_figures_come_first_and_scores_once(browser, width):
    browser.set_window_size(width, 900)
    for page in MODELS:
        browser.get((SITE / page).as_uri())
        b = browser.execute_script(BLOCKS_JS)
        assert b["figures"], page
        assert b["figureLabels"] and set(b["figureLabels"]) <= {"Input", "Output", "Best score", "Weights", "License", "Released"}, page
        assert b["figures"]["bottom"] <= b["prose"]["top"], page
        if b["scores"]:
            assert b["figures"]["bottom"] <= b["scores"]["top"] < b["prose"]["top"], page
            # The scores appear once: one table, its bars drawn in it, no second chart.
            assert b["charts"] == 0 and b["scoreRows"] == len(b["bars"]) > 0, page
            assert all(w > 0 for w in b["bars"]), page
        # No stretch of empty page between blocks, and the data blocks share the width.
        assert b["gap"] < 120, (page, b["gap"])
        if width >= 1366 and len(b["cols"]) == 2:
            assert b["cols"][0]["top"] == b["cols"][1]["top"], page
            assert abs(b["cols"][0]["width"] - b["cols"][1]["width"]) < 2, page
