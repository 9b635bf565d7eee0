"""What a reader's browser shows, in headless Chromium: every page of a built
site loads its stylesheet, never scrolls sideways on a phone or a desktop,
and switches colours with prefers-color-scheme.

SITE_DIR (environment) is the output folder of `versus build`.
"""

import os
from pathlib import Path

import pytest

from conftest import SITE
PAGES = sorted(p.relative_to(SITE).as_posix() for p in SITE.rglob("index.html"))




def scheme(driver, value):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": value}]})


def test_site_has_pages():
    assert "index.html" in PAGES and len(PAGES) > 3


@pytest.mark.parametrize("width", [390, 1280])
def test_no_page_scrolls_sideways(browser, width):
    browser.set_window_size(width, 900)
    scheme(browser, "light")
    overflowing = []
    for page in PAGES:
        browser.get((SITE / page).as_uri())
        scroll, inner = browser.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            overflowing.append(f"{page}: {scroll} > {inner}")
    assert overflowing == []


def test_stylesheet_loads_and_dark_mode_changes_colours(browser):
    browser.set_window_size(1280, 900)
    colours = {}
    for value in ("light", "dark"):
        scheme(browser, value)
        browser.get((SITE / "index.html").as_uri())
        colours[value] = browser.execute_script(
            "const s = getComputedStyle(document.body); return [s.backgroundColor, s.color, s.fontFamily]")
    assert "serif" not in colours["light"][2].split(",")[0]  # our font stack, not the browser default
    assert colours["light"][0] != colours["dark"][0]
    assert colours["light"][1] != colours["dark"][1]


def test_wide_tables_scroll_inside_their_wrapper_on_a_phone(browser):
    browser.set_window_size(390, 900)
    scheme(browser, "light")
    checked = 0
    for page in PAGES:
        browser.get((SITE / page).as_uri())
        for overflow, inner in browser.execute_script(
                "return [...document.querySelectorAll('.table-wrap')].map(w => "
                "[getComputedStyle(w).overflowX, w.getBoundingClientRect().right <= window.innerWidth + 0.5])"):
            assert overflow == "auto" and inner
            checked += 1
    assert checked > 0


STICKY_JS = """
const out = [];
for (const w of document.querySelectorAll('.table-wrap')) {
  if (w.scrollWidth <= w.clientWidth + 1) continue;
  const first = w.querySelector('tbody tr > :first-child');
  const second = w.querySelector('tbody tr > :nth-child(2)');
  w.scrollLeft = 0;
  const before = [first.getBoundingClientRect().left, second.getBoundingClientRect().left];
  w.scrollLeft = w.scrollWidth;
  const after = [first.getBoundingClientRect().left, second.getBoundingClientRect().left];
  const cell = getComputedStyle(first);
  const bg = getComputedStyle(w).backgroundImage;
  w.scrollLeft = 0;
  out.push({before, after, position: cell.position, shadow: cell.boxShadow, bg: cell.backgroundColor,
            edgeShadows: (bg.match(/radial-gradient/g) || []).length,
            wrapLeft: w.getBoundingClientRect().left});
}
return out;
"""


def test_phone_tables_keep_their_first_column_in_view_with_a_shadow(browser):
    browser.set_window_size(390, 900)
    scheme(browser, "light")
    checked = 0
    for page in PAGES:
        browser.get((SITE / page).as_uri())
        for t in browser.execute_script(STICKY_JS):
            # The rest of the row scrolled away under the first column, which stayed on screen.
            assert t["after"][1] < t["before"][1] - 20, (page, t)
            assert t["position"] == "sticky" and t["after"][0] >= t["wrapLeft"] - 0.5, (page, t)
            # Opaque, so scrolled cells pass under it, with a shadow on its edge,
            # and the wrapper's scroll shadows mark the edges that can scroll.
            assert t["bg"] not in ("rgba(0, 0, 0, 0)", "transparent"), (page, t)
            assert "rgba" in t["shadow"] and t["edgeShadows"] == 2, (page, t)
            checked += 1
    assert checked > 0


def test_desktop_tables_do_not_pin_their_first_column(browser):
    browser.set_window_size(1366, 900)
    browser.get((SITE / "models/index.html").as_uri())
    assert browser.execute_script(
        "return getComputedStyle(document.querySelector('.table-wrap td')).position") == "static"
