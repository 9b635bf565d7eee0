"""Pair pages (/compare/<a>-vs-<b>/), their index and the setup pages on the
built real site, in Chromium: axe-core finds nothing, light or dark; on a
390 px phone nothing but a table's own scroll region is wider than the
screen; a "better" figure says so in words, not only in colour or weight."""

import pytest
from selenium.webdriver.common.by import By

from test_accessibility import axe_violations
from test_tables import emulate

PAGES = [
    "compare/deepseek-r1-vs-gpt-5-4/",
    "compare/claude-opus-4-6-vs-gpt-5-4/",
    "compare/",
    "setups/high-end/",
]
# And the other setups; the pair with the longest names is found on /compare/.
NARROW = PAGES + ["setups/consumer/", "setups/mid-range/", "longest pair"]


@pytest.fixture(autouse=True)
def still(browser):
    emulate(browser)
    yield
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    browser.set_window_size(1280, 900)


def open_page(browser, server, path):
    """Opens a page of the site, failing (not testing an error page) if it is missing."""
    if path == "longest pair":
        browser.get(server + "compare/")
        links = browser.find_elements(By.CSS_SELECTOR, "ul.pair-list a")
        assert len(links) >= 2, "/compare/ lists no pairs"
        path = max(links, key=lambda a: len(a.get_attribute("textContent"))).get_attribute("href")[len(server):]
    browser.get(server + path)
    assert browser.find_elements(By.CSS_SELECTOR, "main#main h1"), f"{path} is not a page of the site"
    if path.startswith("compare/") and path != "compare/":
        assert browser.find_elements(By.CSS_SELECTOR, "table.pair-table"), f"{path} has no pair table"
    return path


def figures(browser):
    """The pair table as {row heading: [(text, better mark's text or None) per model]}."""
    return browser.execute_script("""
        const out = {};
        for (const r of document.querySelectorAll('table.pair-table tbody tr'))
            out[r.querySelector('th').textContent.trim()] = [...r.querySelectorAll('td')].map(c => {
                const m = c.querySelector('.better-mark');
                return [c.textContent.trim(), m ? m.textContent.trim() : null]; });
        return out;
    """)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(browser, server, path, scheme):
    browser.set_window_size(1280, 900)
    emulate(browser, scheme)
    open_page(browser, server, path)
    assert browser.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    assert axe_violations(browser) == []


@pytest.mark.parametrize("path", NARROW)
def test_nothing_is_wider_than_a_phone(browser, server, path):
    browser.set_window_size(390, 900)
    path = open_page(browser, server, path)
    assert browser.execute_script("return innerWidth") == 390
    width = browser.execute_script("return document.documentElement.clientWidth")
    # What sticks out, outside the tables' own scroll regions, for the message.
    wide = browser.execute_script("""
        const w = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')].filter(e => !e.closest('.table-wrap'))
            .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 0.5; })
            .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')
                + ' right=' + Math.round(e.getBoundingClientRect().right));
    """)
    scroll = browser.execute_script("return document.documentElement.scrollWidth")
    assert scroll <= width, f"{path} is {scroll} px wide on a {width} px screen: {wide}"
    for region in browser.find_elements(By.CSS_SELECTOR, ".table-wrap"):
        assert region.rect["x"] + region.rect["width"] <= width + 0.5


def test_better_figures_are_marked_in_words(browser, server):
    browser.set_window_size(1280, 900)
    open_page(browser, server, "compare/deepseek-r1-vs-gpt-5-4/")
    heads = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.pair-table thead th")]
    assert [h.lower() for h in heads] == ["figure", "deepseek r1", "gpt-5.4"]
    rows = figures(browser)
    assert rows["Input $/M"] == [["$0.55 better", "better"], ["$5.00", None]]
    assert rows["Output $/M"] == [["$2.19 better", "better"], ["$15.00", None]]
    # Figures that are not better or worse, or that one side lacks, are not marked.
    for name in ("Vendor", "Weights", "License", "Math"):
        assert [mark for _, mark in rows[name]] == [None, None], name
    mark = browser.find_element(By.CSS_SELECTOR, "table.pair-table td.better .better-mark")
    assert mark.is_displayed() and mark.rect["width"] > 10 and mark.rect["height"] > 5
    # The word is in the cell's accessible text, as screen readers and copies get it.
    cell = mark.find_element(By.XPATH, "..")
    assert cell.text == "$0.55 better"
    assert browser.execute_script("return getComputedStyle(arguments[0]).fontSize", mark) != "0px"

    open_page(browser, server, "compare/claude-opus-4-6-vs-gpt-5-4/")
    rows = figures(browser)
    # Equal prices: neither is better.
    assert rows["Input $/M"] == [["$5.00", None], ["$5.00", None]]
    assert rows["Output $/M"] == [["$25.00", None], ["$15.00 better", "better"]]
    marks = browser.find_elements(By.CSS_SELECTOR, ".better-mark")
    assert [m.text.lower() for m in marks] == ["better"]
    assert len(browser.find_elements(By.CSS_SELECTOR, "td.better")) == 1


@pytest.mark.parametrize("path", PAGES)
def test_ids_are_unique(browser, server, path):
    """aria-labelledby names the section and the chart: each id once on a page."""
    open_page(browser, server, path)
    duplicates = browser.execute_script("""
        const seen = {};
        for (const e of document.querySelectorAll('[id]')) seen[e.id] = (seen[e.id] || 0) + 1;
        return Object.keys(seen).filter(k => seen[k] > 1);
    """)
    assert duplicates == []
