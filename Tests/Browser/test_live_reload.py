"""`versus serve` in headless Chromium: an open page reloads by itself after a
save and keeps its scroll position, a stylesheet edit is swapped in without a
reload, and a broken save shows its errors in an overlay that goes when the
file is fixed.

VERSUS_BIN (environment) is the versus binary; the real site is copied to a
scratch folder so that the edits never touch the repository.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]
VERSUS = os.environ.get("VERSUS_BIN", str(REPO / ".build/release/versus"))
ARTICLE = "Content/comparisons/open-source-vs-proprietary.md"


@pytest.fixture(scope="module")
def served():
    folder = Path(tempfile.mkdtemp(prefix="versus-live-"))
    shutil.copytree(REPO / "Content", folder / "Content")
    # The site's own copy of the theme's files, which its edits replace.
    for name in ("Templates", "Public"):
        shutil.copytree(REPO / "Sources/VersusTheme/Theme" / name, folder / name)
    shutil.copy(REPO / "site.yml", folder / "site.yml")
    process = subprocess.Popen([VERSUS, "serve", "--root", str(folder), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = process.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), url
    yield folder, url
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(folder)


def edit(path, change):
    text = path.read_text()
    path.write_text(change(text))
    return text


def test_an_open_page_reloads_after_a_save_and_keeps_its_place(browser, served):
    folder, url = served
    browser.get(url + "comparisons/open-source-vs-proprietary/")
    browser.execute_script("window.versusMarker = 1; window.scrollTo(0, 1500);")
    WebDriverWait(browser, 5).until(lambda d: d.execute_script("return window.scrollY") > 1400)
    before = browser.execute_script("return window.scrollY")
    original = edit(folder / ARTICLE, lambda t: t + "\nA sentence added while the page was open.\n")
    try:
        WebDriverWait(browser, 10).until(
            lambda d: "A sentence added while the page was open." in d.execute_script(
                "return document.querySelector('main') ? document.querySelector('main').textContent : ''"))
        assert browser.execute_script("return window.versusMarker") is None, "the page was reloaded"
        # Back where the reader was (scroll anchoring may move it a few pixels), not at the top.
        WebDriverWait(browser, 5).until(lambda d: abs(d.execute_script("return window.scrollY") - before) <= 24)
    finally:
        (folder / ARTICLE).write_text(original)
        # Let the restore land before the next test opens a page.
        WebDriverWait(browser, 10).until(
            lambda d: "A sentence added while the page was open." not in d.execute_script(
                "return document.querySelector('main') ? document.querySelector('main').textContent : ''"))


def test_a_stylesheet_edit_is_swapped_in_without_a_reload(browser, served):
    folder, url = served
    browser.get(url + "about/")
    browser.execute_script("window.versusMarker = 2;")
    css = folder / "Public/css/site.css"
    original = edit(css, lambda t: t + "\nhtml { --versus-live-test: 42; }\n")
    try:
        WebDriverWait(browser, 10).until(lambda d: d.execute_script(
            "return getComputedStyle(document.documentElement).getPropertyValue('--versus-live-test').trim()") == "42")
        assert browser.execute_script("return window.versusMarker") == 2, "no reload for CSS"
        assert len(browser.find_elements(By.CSS_SELECTOR, 'link[rel="stylesheet"]')) == 1
    finally:
        css.write_text(original)


def test_a_broken_save_shows_an_overlay_until_fixed(browser, served):
    folder, url = served
    page = folder / "Content/about.md"
    browser.get(url + "about/")
    heading = browser.find_element(By.TAG_NAME, "h1").text
    original = edit(page, lambda t: t.replace("title:", "title: [unclosed", 1))
    try:
        overlay = WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "versus-overlay"))
        assert overlay.is_displayed()
        assert "error[V020]: " in overlay.text
        # The last good page is still what is served.
        browser.get(url + "about/")
        assert browser.find_element(By.TAG_NAME, "h1").text == heading
        WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "versus-overlay"))
    finally:
        page.write_text(original)
    WebDriverWait(browser, 10).until(lambda d: not d.find_elements(By.ID, "versus-overlay"))
    assert browser.find_element(By.TAG_NAME, "h1").text == heading
