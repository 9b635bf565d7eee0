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
