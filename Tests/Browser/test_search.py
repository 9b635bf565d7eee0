"""Search as a reader uses it, in headless Chromium over HTTP: typing into the
box in the header, reading the results list, moving with the keyboard,
following a deep link to a section, and the /search/ page with ?q=.

SITE_DIR (environment) is the output folder of `versus build` of the real site.
"""

import os
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait



def results(driver, query, url):
    driver.get(url)
    box = driver.find_element(By.ID, "search-input")
    box.send_keys(query)
    WebDriverWait(driver, 10).until(
        lambda d: d.find_element(By.ID, "search-results").is_displayed()
        and d.find_elements(By.CSS_SELECTOR, "#search-results [role=option]"))
    return box, driver.find_elements(By.CSS_SELECTOR, "#search-results li.top strong")


@pytest.mark.parametrize("query, first", [
    ("deepseek", "DeepSeek R1"),
    ("DEEPSEEK", "DeepSeek R1"),
    ("apache", ("Qwen 3.5", "Mistral 3")),
    ("self-host", "Open-Source vs Proprietary AI Models"),
    ("quant", "Open-Source vs Proprietary AI Models"),
    ("multilingual 97", "Qwen 3.5"),
    ("gpt-5.4", "GPT-5.4"),
    ("5.4", "GPT-5.4"),
    ("quantization", "Open-Source vs Proprietary AI Models"),
    ("open weights", "Open-Source vs Proprietary AI Models"),
])
def test_typing_finds_what_a_reader_expects_first(server, browser, query, first):
    _, titles = results(browser, query, server)
    assert titles and titles[0].text in ((first,) if isinstance(first, str) else first)


def test_only_the_word_being_typed_completes_as_a_prefix(server, browser):
    _, titles = results(browser, "open weights", server)
    assert "OpenAI o1" not in [t.text for t in titles]


def test_results_are_a_listbox_driven_by_the_keyboard(server, browser):
    box, _ = results(browser, "privacy", server + "models/qwen-3-5/")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "true"
    box.send_keys(Keys.ARROW_DOWN)
    active = box.get_attribute("aria-activedescendant")
    assert active == "search-option-0"
    assert browser.find_element(By.ID, active).get_attribute("aria-selected") == "true"
    assert browser.find_element(By.CSS_SELECTOR, ".site-search [aria-live=polite]").get_attribute("textContent").endswith("pages found")
    box.send_keys(Keys.ESCAPE)
    assert box.get_attribute("aria-expanded") == "false"


def test_a_deep_link_lands_on_the_section(server, browser):
    box, _ = results(browser, "sovereignty", server)
    options = browser.find_elements(By.CSS_SELECTOR, "#search-results [role=option] a")
    href = options[0].get_attribute("href")
    assert "#privacy-and-data-sovereignty" in href
    box.send_keys(Keys.ARROW_DOWN, Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: "#privacy-and-data-sovereignty" in d.current_url
                                     and d.execute_script("return document.readyState") == "complete")
    heading = browser.find_element(By.ID, "privacy-and-data-sovereignty")
    WebDriverWait(browser, 5).until(
        lambda d: 0 <= d.execute_script("return arguments[0].getBoundingClientRect().top", heading) < 300)


def test_slash_and_ctrl_k_focus_the_box(server, browser):
    browser.get(server + "about/")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("/")
    assert browser.switch_to.active_element.get_attribute("id") == "search-input"
    browser.switch_to.active_element.send_keys(Keys.TAB)
    browser.switch_to.active_element.send_keys(Keys.CONTROL, "k")
    assert browser.switch_to.active_element.get_attribute("id") == "search-input"


def test_the_search_page_reads_the_query_from_the_url_and_filters(server, browser):
    browser.get(server + "search/?q=open+weights&type=model")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-page-results > li strong"))
    titles = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#search-page-results > li strong")]
    assert titles
    assert all(t != "Open-Source vs Proprietary AI Models" for t in titles)
    marks = browser.find_elements(By.CSS_SELECTOR, "#search-page-results mark")
    assert marks


WIDTHS = [390, 1366]


def typed(driver, url, query, width):
    """Opens url at width, presses `/` and types query as a reader does; returns
    the box once the results are shown."""
    driver.set_window_size(width, 900)
    driver.get(url)
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    box = driver.switch_to.active_element
    assert box.get_attribute("id") == "search-input"
    box.send_keys(query)
    WebDriverWait(driver, 10).until(
        lambda d: d.find_element(By.ID, "search-results").is_displayed()
        and d.find_elements(By.CSS_SELECTOR, "#search-results [role=option] a"))
    return box


@pytest.mark.parametrize("width", WIDTHS)
def test_enter_opens_the_first_result_not_the_last(server, browser, width):
    box = typed(browser, server, "claude", width)
    first = browser.find_elements(By.CSS_SELECTOR, "#search-results [role=option] a")[0].get_attribute("href")
    assert box.get_attribute("aria-activedescendant") in (None, "")
    box.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: d.current_url == first)


@pytest.mark.parametrize("width", WIDTHS)
def test_enter_opens_the_result_the_reader_moved_to(server, browser, width):
    box = typed(browser, server, "claude", width)
    links = browser.find_elements(By.CSS_SELECTOR, "#search-results [role=option] a")
    assert len(links) > 2
    second = links[1].get_attribute("href")
    box.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN)
    assert box.get_attribute("aria-activedescendant") == "search-option-1"
    box.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: d.current_url == second)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_list_starts_at_its_top_and_fits_the_screen(server, browser, width):
    typed(browser, server, "claude", width)
    top, first_top, left, right, inner, bottom, height = browser.execute_script(
        "const l = document.getElementById('search-results'); const r = l.getBoundingClientRect();"
        "const o = l.querySelector('[role=option]').getBoundingClientRect();"
        "return [l.scrollTop, o.top - r.top, r.left, r.right, window.innerWidth, r.bottom, window.innerHeight];")
    assert top == 0 and 0 <= first_top < 20
    assert left >= 0 and right <= inner + 0.5, f"list spans {left}..{right} in a {inner} px window"
    assert bottom <= height
    # No option's text is cut by the screen's edges.
    spans = browser.execute_script(
        "return [...document.querySelectorAll('#search-results [role=option] a')].map(a => {"
        "const r = a.getBoundingClientRect(); return [r.left, r.right]; });")
    assert all(l >= 0 and r <= inner + 0.5 for l, r in spans)


def test_a_tap_outside_closes_the_list_on_a_phone(server, browser):
    box = typed(browser, server, "claude", 390)
    # A real pointer press in the gutter beside the list, as a thumb taps the page.
    for kind in ("mousePressed", "mouseReleased"):
        browser.execute_cdp_cmd("Input.dispatchMouseEvent",
                                {"type": kind, "x": 4, "y": 450, "button": "left", "clickCount": 1})
    WebDriverWait(browser, 5).until(lambda d: box.get_attribute("aria-expanded") == "false")
    assert not browser.find_element(By.ID, "search-results").is_displayed()


def test_escape_closes_the_list_on_a_phone(server, browser):
    box = typed(browser, server, "claude", 390)
    box.send_keys(Keys.ESCAPE)
    assert box.get_attribute("aria-expanded") == "false"
    assert not browser.find_element(By.ID, "search-results").is_displayed()


def test_snippets_read_as_sentences_on_one_type_scale(server, browser):
    typed(browser, server, "pricing", 1366)
    snippets = browser.execute_script(
        "return [...document.querySelectorAll('#search-results .snippet')].map(s =>"
        " [s.textContent, parseFloat(getComputedStyle(s).fontSize)]);")
    titles = browser.execute_script(
        "return [...document.querySelectorAll('#search-results strong')].map(s => parseFloat(getComputedStyle(s).fontSize));")
    assert snippets and titles
    # One size for every snippet, top result or section; titles one step up.
    assert len({size for _, size in snippets}) == 1
    assert len(set(titles)) == 1 and titles[0] > snippets[0][1]
    for text, _ in snippets:
        assert not text.endswith((".…", ",…", ":…", "·…", " …")), text
    # A table row reads "Header: value · Header: value", never a run of headers.
    rows = [t for t, _ in snippets if " · " in t]
    assert rows and all(": " in t for t in rows)


def test_section_results_on_the_search_page_are_set_like_the_summary(server, browser):
    browser.set_window_size(1366, 900)
    browser.get(server + "search/?q=pricing")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-page-results li li"))
    summary, section = browser.execute_script(
        "const f = (s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);"
        "return [f('#search-page-results > li > p'), f('#search-page-results li li')];")
    assert summary == section
