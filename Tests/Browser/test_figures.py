"""Sources, dates and history as a reader meets them in Chromium, on the
figures fixture (another publication, built with the repository's theme on
a fixed date): an article's figure that has changed since is marked, the mark
is reached by keyboard and named for screen readers and leads to the model's
history; a model page's marks lead to its sources; its history charts are
drawn; axe-core finds nothing on any of these pages, light or dark."""

import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from test_accessibility import axe_violations

REPO = Path(__file__).resolve().parents[2]
VERSUS = os.environ.get("VERSUS_BIN", str(REPO / ".build/release/versus"))


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def figures():
    """The figures fixture built on 2026-10-01 and served over HTTP."""
    folder = Path(tempfile.mkdtemp(prefix="versus-figures-"))
    site = folder / "site"
    shutil.copytree(REPO / "Tests/Fixtures/figures", site)
    run = subprocess.run([VERSUS, "build", "--root", str(site), "--quiet"], capture_output=True, text=True,
                         env={**os.environ, "SOURCE_DATE_EPOCH": "1790856000"})
    assert run.returncode == 0, run.stderr
    handler = functools.partial(QuietHandler, directory=str(site / "Output"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}/"
    httpd.shutdown()
    shutil.rmtree(folder)


def test_a_figure_changed_since_the_article_is_marked_and_reached_by_keyboard(browser, figures):
    browser.set_window_size(1280, 900)
    browser.get(figures + "comparisons/spring-prices/")
    marks = browser.find_elements(By.CSS_SELECTOR, "a.figure-since")
    assert [m.text for m in marks] == ["now $0.40 since 2026-06-01", "now $1.60 since 2026-06-01"]
    for mark in marks:
        assert mark.is_displayed()
        assert mark.accessible_name == mark.text
        # The cell still shows what the article said on its date.
        cell = mark.find_element(By.XPATH, "..")
        assert cell.text.startswith(("$0.50", "$2.00"))
    # Tab from the top of the page reaches the first mark.
    body = browser.find_element(By.TAG_NAME, "body")
    body.click()
    for _ in range(60):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        if browser.switch_to.active_element == marks[0]:
            break
    assert browser.switch_to.active_element == marks[0], "the mark is not reached by Tab"
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    assert browser.current_url.endswith("/models/heron/#history")
    history = browser.find_element(By.ID, "history")
    assert history.is_displayed()
    # Its heading is styled as the page's other data headings (Scores, Details).
    styles = browser.execute_script(
        "return ['history-title', 'scores'].map(id => { const s = getComputedStyle(document.getElementById(id));"
        " return [s.fontSize, s.textTransform]; })")
    assert styles[0] == styles[1] and styles[0][1] == "uppercase"
    rows = history.find_elements(By.CSS_SELECTOR, "table.changes tbody tr")
    assert rows[0].text.split("\n")[0].startswith("1 Jun 2026")


def test_a_model_page_cites_its_sources_and_draws_its_history(browser, figures):
    browser.set_window_size(390, 900)
    browser.get(figures + "models/heron/")
    cites = browser.find_elements(By.CSS_SELECTOR, "sup.cite a")
    assert cites, "no source marks"
    # Figures cite by number; the table of changes names each change's source.
    links = browser.find_elements(By.CSS_SELECTOR, "a[href^='#source-']")
    targets = {c.get_attribute("href").split("#")[1] for c in links}
    assert targets == {"source-1", "source-2", "source-3"}
    for target in targets:
        assert browser.find_element(By.ID, target).is_displayed()
    assert cites[0].accessible_name == "source 1: Fjord AI price list"
    charts = browser.execute_script(
        "return [...document.querySelectorAll('.history-charts svg')].filter(s => getComputedStyle(s).display !== 'none')"
        ".map(s => ({title: s.querySelector('title').textContent, width: s.getBoundingClientRect().width,"
        " lines: s.querySelectorAll('path, polyline').length}))")
    assert [c["title"] for c in charts] == ["Heron 2: prices over time", "Heron 2: scores over time"]
    for chart in charts:
        assert 0 < chart["width"] <= 390
        assert chart["lines"] >= 1
    # Nothing sticks out of a phone's screen.
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 390


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["models/heron/", "models/marlin/", "comparisons/spring-prices/", "changes/"])
def test_no_axe_violations_on_figures_pages(browser, figures, path, scheme):
    browser.set_window_size(1280, 900)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    browser.get(figures + path)
    assert browser.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    assert axe_violations(browser) == []
