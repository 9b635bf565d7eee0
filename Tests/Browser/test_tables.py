"""Sortable and filterable tables (js/tables.js) on the built real site, in
Chromium: the article's `models` table (models-1) and the models listing
(model-list). Numbers sort by value in both directions with blank cells last,
one header carries aria-sort, the sort buttons work from the keyboard, the
state goes into the URL and comes back with Back or from a shared link, the
filters hide rows and say how many are shown; without JavaScript the table
is whole, in the page's own order; the script stays small; axe-core finds
nothing after a sort and a filter, light or dark."""

import gzip
import re
import urllib.parse
import urllib.request
from html.parser import HTMLParser

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import SITE
from test_accessibility import axe_violations

ARTICLE = "comparisons/open-source-vs-proprietary/"
MODELS = "models/"


@pytest.fixture(scope="module")
def nojs_browser():
    """Headless Chromium with page scripts turned off (webdriver's own still run)."""
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--blink-settings=scriptEnabled=false"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_window_size(1280, 900)
    yield driver
    driver.quit()


def emulate(browser, scheme="light"):
    """Reduced motion (the site scrolls smoothly otherwise, and clicks would
    land while the page still moves) and a colour scheme."""
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [
        {"name": "prefers-reduced-motion", "value": "reduce"}, {"name": "prefers-color-scheme", "value": scheme}]})


@pytest.fixture(autouse=True)
def still(browser):
    emulate(browser)
    yield
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def rows(browser, table_id, column=0):
    """The text of one column in every shown row, in the order shown."""
    return browser.execute_script(
        "return [...document.getElementById(arguments[0]).tBodies[0].rows]"
        ".filter(r => !r.hidden && r.getClientRects().length)"
        ".map(r => r.cells[arguments[1]].textContent.trim())", table_id, column)


def all_rows(browser, table_id):
    """Every row (shown or not) as its cells' texts, in document order."""
    return browser.execute_script(
        "return [...document.getElementById(arguments[0]).tBodies[0].rows]"
        ".map(r => [...r.cells].map(c => c.textContent.trim()))", table_id)


def sorted_by(browser, table_id):
    """[(column index, aria-sort)] for every header that carries aria-sort."""
    return browser.execute_script(
        "return [...document.getElementById(arguments[0]).tHead.rows[0].cells]"
        ".map((th, i) => [i, th.getAttribute('aria-sort')]).filter(p => p[1] !== null)", table_id)


def sort_button(browser, table_id, column):
    return browser.find_elements(By.CSS_SELECTOR, f"#{table_id} thead th button.sort-button")[column]


def price(text):
    return None if text in ("", "—") else float(text.replace("$", "").replace(",", ""))


def expected_order(pairs, descending=False):
    """Rows (name, price text) in the order the script must show them:
    priced rows by value (ties in page order), then the blank ones in page order."""
    priced = [p for p in pairs if price(p[1]) is not None]
    blank = [p for p in pairs if price(p[1]) is None]
    ordered = sorted(priced, key=lambda p: -price(p[1]) if descending else price(p[1]))
    return [p[0] for p in ordered + blank]


def query(browser):
    return urllib.parse.parse_qs(urllib.parse.urlsplit(browser.current_url).query)


class RowNames(HTMLParser):
    """The first cell's text of each body row of one table in raw HTML."""

    def __init__(self, table_id):
        super().__init__()
        self.table_id, self.inside, self.cell, self.names, self.hidden = table_id, False, None, [], []
        self.first = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("id") == self.table_id:
            self.inside = True
        elif self.inside and tag == "tr" and "data-weights" in attrs:
            self.first = True
            self.hidden.append("hidden" in attrs)
        elif self.inside and tag == "td" and self.first:
            self.cell, self.first = "", False

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.names.append(self.cell.strip())
            self.cell = None
        elif tag == "table":
            self.inside = False

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def raw_names(server, path, table_id):
    html = urllib.request.urlopen(server + path).read().decode()
    parser = RowNames(table_id)
    parser.feed(html)
    return parser


def test_the_script_is_small():
    data = (SITE / "js/tables.js").read_bytes()
    size = len(gzip.compress(data, compresslevel=9))
    assert size <= 4096, f"js/tables.js is {size} bytes gzipped (level 9), over 4096"
    assert size > 1000, f"js/tables.js is only {size} bytes gzipped: is it the script?"


def test_numbers_sort_by_value_both_ways_with_blanks_last(browser, server):
    browser.set_window_size(1280, 900)
    browser.get(server + ARTICLE)
    page = all_rows(browser, "models-1")
    assert sorted_by(browser, "models-1") == []
    # Output: text order would put $12.00 before $2.19 and $25.00 before $5.00.
    sort_button(browser, "models-1", 2).click()
    outputs = rows(browser, "models-1", 2)
    assert outputs == ["$0.53", "$0.60", "$1.10", "$2.19", "$5.00", "$6.00", "$12.00", "$15.00", "$25.00"]
    assert sorted_by(browser, "models-1") == [[2, "ascending"]]
    sort_button(browser, "models-1", 2).click()
    assert rows(browser, "models-1", 2) == outputs[::-1]
    assert sorted_by(browser, "models-1") == [[2, "descending"]]
    # Input: equal prices keep the page's order, in both directions.
    sort_button(browser, "models-1", 1).click()
    pairs = [(r[0], r[1]) for r in page]
    assert rows(browser, "models-1") == expected_order(pairs)
    assert rows(browser, "models-1", 1)[:2] == ["$0.15", "$0.27"]
    assert rows(browser, "models-1", 1).index("$0.53") < rows(browser, "models-1", 1).index("$5.00")
    sort_button(browser, "models-1", 1).click()
    assert rows(browser, "models-1") == expected_order(pairs, descending=True)
    assert sorted_by(browser, "models-1") == [[1, "descending"]]

    # The models listing has models with no price: they come last both ways.
    browser.get(server + MODELS)
    page = all_rows(browser, "model-list")
    blanks = [r[0] for r in page if r[1] in ("", "—")]
    assert len(blanks) >= 3, "the listing was expected to have unpriced models"
    for column in (1, 2):
        pairs = [(r[0], r[column]) for r in page]
        sort_button(browser, "model-list", column).click()
        shown = rows(browser, "model-list")
        assert shown == expected_order(pairs)
        assert shown[-len(blanks):] == blanks
        assert sorted_by(browser, "model-list") == [[column, "ascending"]]
        sort_button(browser, "model-list", column).click()
        shown = rows(browser, "model-list")
        assert shown == expected_order(pairs, descending=True)
        assert shown[-len(blanks):] == blanks
        assert sorted_by(browser, "model-list") == [[column, "descending"]]
    # Text columns with blanks (License): blanks last both ways, text in order.
    licenses = [r[5] for r in page if r[5]]
    sort_button(browser, "model-list", 5).click()
    shown = rows(browser, "model-list", 5)
    assert shown[:len(licenses)] == sorted(licenses, key=str.lower)
    assert set(shown[len(licenses):]) == {""}
    sort_button(browser, "model-list", 5).click()
    shown = rows(browser, "model-list", 5)
    assert shown[:len(licenses)] == sorted(licenses, key=str.lower, reverse=True)
    assert set(shown[len(licenses):]) == {""}


def test_a_sort_button_works_from_the_keyboard(browser, server):
    browser.set_window_size(1280, 900)
    browser.get(server + ARTICLE)
    search = browser.find_element(By.ID, "models-1-q")
    assert search.accessible_name == "Filter"
    search.click()
    # Tab from the filter box: the table's scroll region, then the first sort button.
    for _ in range(4):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        if "sort-button" in (browser.switch_to.active_element.get_attribute("class") or ""):
            break
    assert browser.switch_to.active_element == sort_button(browser, "models-1", 0), "Tab does not reach the sort buttons"
    assert browser.switch_to.active_element.accessible_name.lower() == "model"
    browser.switch_to.active_element.send_keys(Keys.TAB)
    assert browser.switch_to.active_element == sort_button(browser, "models-1", 1)
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    assert sorted_by(browser, "models-1") == [[1, "ascending"]]
    assert rows(browser, "models-1", 1)[0] == "$0.15"
    browser.switch_to.active_element.send_keys(Keys.SPACE)
    assert sorted_by(browser, "models-1") == [[1, "descending"]]
    assert rows(browser, "models-1", 1)[-1] == "$0.15"


def test_the_state_is_in_the_url_and_back_restores_it(browser, server):
    browser.set_window_size(1280, 900)
    browser.get(server + ARTICLE)
    page = rows(browser, "models-1")
    sort_button(browser, "models-1", 2).click()
    assert query(browser) == {"models-1.sort": ["3"]}
    ascending = rows(browser, "models-1")
    assert ascending != page
    sort_button(browser, "models-1", 2).click()
    assert query(browser) == {"models-1.sort": ["3"], "models-1.dir": ["desc"]}
    assert rows(browser, "models-1") == ascending[::-1]

    browser.back()
    WebDriverWait(browser, 5).until(lambda b: "dir=desc" not in b.current_url)
    assert query(browser) == {"models-1.sort": ["3"]}
    assert rows(browser, "models-1") == ascending
    assert sorted_by(browser, "models-1") == [[2, "ascending"]]
    browser.back()
    WebDriverWait(browser, 5).until(lambda b: "?" not in b.current_url)
    assert rows(browser, "models-1") == page
    assert sorted_by(browser, "models-1") == []
    browser.forward()
    WebDriverWait(browser, 5).until(lambda b: "sort=3" in b.current_url)
    assert rows(browser, "models-1") == ascending
    assert sorted_by(browser, "models-1") == [[2, "ascending"]]


def test_a_shared_url_applies_its_state(browser, server):
    browser.set_window_size(1280, 900)
    browser.get(server + MODELS + "?model-list.sort=2&model-list.dir=desc&model-list.weights=open")
    page = all_rows(browser, "model-list")
    open_rows = [(r[0], r[1]) for r in page if r[3] == "Open weights"]
    assert rows(browser, "model-list") == expected_order(open_rows, descending=True)
    assert sorted_by(browser, "model-list") == [[1, "descending"]]
    assert Select(browser.find_element(By.ID, "model-list-weights")).first_selected_option.get_attribute("value") == "open"
    status = browser.find_element(By.CSS_SELECTOR, "p.table-status").text
    assert status == f"{len(open_rows)} of {len(page)} rows shown"

    # A vendor with a space, and free text, as another reader would share them.
    browser.get(server + MODELS + "?model-list.vendor=Zhipu+AI")
    assert rows(browser, "model-list") == ["GLM-5"]
    browser.get(server + ARTICLE + "?models-1.q=a100&models-1.sort=1&models-1.dir=desc")
    assert browser.find_element(By.ID, "models-1-q").get_attribute("value") == "a100"
    # Only the search words (data-words) name the hardware: DeepSeek V3.2's row.
    assert rows(browser, "models-1") == ["DeepSeek V3.2"]
    assert sorted_by(browser, "models-1") == [[0, "descending"]]


def test_filters_hide_rows_and_say_how_many_are_shown(browser, server):
    browser.set_window_size(1280, 900)
    browser.get(server + MODELS)
    page = all_rows(browser, "model-list")
    total = len(page)
    status = browser.find_element(By.CSS_SELECTOR, "p.table-status")
    assert status.text == ""
    weights = Select(browser.find_element(By.ID, "model-list-weights"))
    vendor = Select(browser.find_element(By.ID, "model-list-vendor"))
    assert [o.get_attribute("value") for o in weights.options] == ["", "open", "proprietary"]
    assert browser.find_element(By.ID, "model-list-vendor").accessible_name.startswith("Vendor")

    weights.select_by_value("proprietary")
    proprietary = [r[0] for r in page if r[3] == "Proprietary"]
    assert rows(browser, "model-list") == proprietary
    assert status.text == f"{len(proprietary)} of {total} rows shown"
    assert query(browser) == {"model-list.weights": ["proprietary"]}

    vendor.select_by_value("OpenAI")
    both = [r[0] for r in page if r[3] == "Proprietary" and r[4] == "OpenAI"]
    assert rows(browser, "model-list") == both and len(both) == 3
    assert status.text == f"3 of {total} rows shown"

    # Free text narrows further; typing replaces the history entry instead of adding one.
    length = browser.execute_script("return history.length")
    search = browser.find_element(By.ID, "model-list-q")
    search.send_keys("thinking")
    assert rows(browser, "model-list") == ["GPT-5.4 Thinking"]
    assert status.text == f"1 of {total} rows shown"
    WebDriverWait(browser, 5).until(lambda b: "model-list.q=thinking" in b.current_url)
    assert browser.execute_script("return history.length") == length

    weights.select_by_value("")
    vendor.select_by_value("")
    search.clear()
    search.send_keys("DEEPSEEK")
    assert rows(browser, "model-list") == ["DeepSeek R1", "DeepSeek V3.2"]
    assert status.text == f"2 of {total} rows shown"
    search.send_keys("zzz")
    assert rows(browser, "model-list") == []
    assert status.text == f"0 of {total} rows shown"
    for _ in "DEEPSEEKzzz":
        search.send_keys(Keys.BACKSPACE)
    assert len(rows(browser, "model-list")) == total
    assert status.text == ""
    WebDriverWait(browser, 5).until(lambda b: "?" not in b.current_url)


def test_without_javascript_the_table_is_whole_in_page_order(browser, nojs_browser, server):
    for path, table_id in ((ARTICLE, "models-1"), (MODELS, "model-list")):
        raw = raw_names(server, path, table_id)
        assert len(raw.names) >= 9 and not any(raw.hidden)
        # With JavaScript and no state in the URL, the script keeps the page's order.
        browser.get(server + path)
        assert rows(browser, table_id) == raw.names
        assert sorted_by(browser, table_id) == []
        # Without it: every row shown, in that order, and no controls that could not work.
        nojs_browser.get(server + path)
        table = nojs_browser.find_element(By.ID, table_id)
        shown = [r.find_element(By.TAG_NAME, "td").text for r in table.find_elements(By.CSS_SELECTOR, "tbody tr")
                 if r.is_displayed()]
        assert shown == raw.names
        assert nojs_browser.find_elements(By.CSS_SELECTOR, "button.sort-button, .table-filters") == []
        # Even a shared link with state shows the whole table.
        nojs_browser.get(server + path + f"?{table_id}.sort=2&{table_id}.weights=open")
        table = nojs_browser.find_element(By.ID, table_id)
        assert len([r for r in table.find_elements(By.CSS_SELECTOR, "tbody tr") if r.is_displayed()]) == len(raw.names)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path,table_id", [(MODELS, "model-list"), (ARTICLE, "models-1")])
def test_no_axe_violations_after_a_sort_and_a_filter(browser, server, path, table_id, scheme):
    browser.set_window_size(1280, 900)
    emulate(browser, scheme)
    browser.get(server + path)
    assert browser.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    sort_button(browser, table_id, 1).click()
    Select(browser.find_element(By.ID, f"{table_id}-weights")).select_by_value("open")
    browser.find_element(By.ID, f"{table_id}-q").send_keys("deepseek")
    assert rows(browser, table_id) == ["DeepSeek V3.2", "DeepSeek R1"]
    assert re.fullmatch(r"2 of \d+ rows shown", browser.find_element(By.CSS_SELECTOR, "p.table-status").text)
    # The sort button has focus: its ring is part of what is checked.
    browser.execute_script("arguments[0].focus()", sort_button(browser, table_id, 1))
    assert axe_violations(browser) == []


@pytest.mark.parametrize("path", [MODELS, ARTICLE])
def test_the_filters_fit_a_phone(browser, server, path):
    browser.set_window_size(390, 900)
    try:
        browser.get(server + path)
        width = browser.execute_script("return document.documentElement.clientWidth")
        bar = browser.find_element(By.CSS_SELECTOR, ".table-filters")
        assert bar.is_displayed()
        for control in bar.find_elements(By.CSS_SELECTOR, "select, input"):
            assert control.is_displayed() and control.rect["x"] >= 0
            assert control.rect["x"] + control.rect["width"] <= width + 0.5, control.get_attribute("id")
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width
    finally:
        browser.set_window_size(1280, 900)
