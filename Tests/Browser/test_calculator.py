"""The cost calculator block (js/calculator.js) on the real site's article, in
Chromium: the volumes a reader types give each model's monthly cost and the
break-even volume of each setup, to the figure (worked out here too, from the
prices on the model pages and the setups' costs), the API rows re-sort by
cost, unchecked models leave both tables, the volumes go into the URL;
without JavaScript the page shows the reference workload's figures and no
form; the script stays small; axe-core finds nothing after typing, light or
dark."""

import gzip
import math
import re
import urllib.parse
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import SITE
from test_accessibility import axe_violations
from test_tables import emulate, nojs_browser  # noqa: F401 (a fixture)

REPO = Path(__file__).resolve().parents[2]
ARTICLE = "comparisons/open-source-vs-proprietary/"
SECTION = "#calculator-1"


def front_matter(path):
    """The few front-matter keys read here: plain values and one-line {a: x, b: y} maps."""
    found = {}
    for line in path.read_text().split("---\n")[1].splitlines():
        m = re.fullmatch(r"(\w+):\s*(.*?)\s*", line)
        if not m:
            continue
        key, value = m.groups()
        if value.startswith("{"):
            found[key] = {k: float(v) for k, v in re.findall(r"(\w+):\s*([\d.]+)", value)}
        else:
            found[key] = value.strip('"')
    return found


def prices():
    """Model id → (input, output) in dollars per million tokens, from Content/models."""
    found = {}
    for page in (REPO / "Content/models").glob("*.md"):
        data = front_matter(page)
        pricing = data.get("pricing") or {}
        if "input" in pricing and "output" in pricing:
            found[data.get("id", page.stem)] = (float(pricing["input"]), float(pricing["output"]))
    return found


def setups():
    """Setup id → (least, most) a month: its rental, or its purchase over 36 months."""
    found = {}
    for page in (REPO / "Content/setups").glob("*.md"):
        data = front_matter(page)
        rent = data.get("rental_per_month")
        found[data.get("id", page.stem)] = (rent["min"], rent["max"]) if rent else (float(data["purchase"]) / 36,) * 2
    return found


def half_up(x, digits):
    f = 10 ** digits
    return math.floor(x * f + 0.5) / f


def money(x):
    x = half_up(x, 2)
    return f"${x:.2f}" if x < 100 else f"${half_up(x, 0):,.0f}"


def tokens(x):
    """3 significant digits with a unit: 7.41M, 2.67B, 800M, 1,230B."""
    for scale, unit in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if x >= scale:
            v = x / scale
            digits = max(0, 3 - len(str(int(v))))
            r = half_up(v, digits)
            if r >= 1000 and unit != "B":
                return tokens(scale * 1000)
            text = f"{r:,.{digits}f}"
            return (text.rstrip("0").rstrip(".") if digits else text) + unit
    return str(int(half_up(x, 0)))


def expected(input_tokens, output_tokens):
    """What both tables must show: {model: cost}, {(model, setup): break-even}."""
    cost, even = {}, {}
    for model, (pin, pout) in prices().items():
        cost[model] = money(input_tokens / 1e6 * pin + output_tokens / 1e6 * pout)
        per_token = (input_tokens / 1e6 * pin + output_tokens / 1e6 * pout) / (input_tokens + output_tokens)
        for setup, (least, most) in setups().items():
            lo, hi = tokens(least / per_token), tokens(most / per_token)
            even[model, setup] = lo if lo == hi else f"{lo}–{hi}"
    return cost, even


def shown(browser):
    """The calculator as shown: API rows in order [(model, cost)], break-evens, the workload line."""
    return browser.execute_script("""
        const s = document.querySelector(arguments[0]);
        const visible = r => !r.hidden && r.getClientRects().length > 0;
        const api = [...s.querySelectorAll('table.calculator-api tbody tr[data-model]')].filter(visible)
            .map(r => [r.dataset.model, r.querySelector('td[data-cost]').textContent.trim()]);
        const even = {};
        for (const r of [...s.querySelectorAll('table.calculator-breakeven tbody tr[data-model]')].filter(visible))
            for (const c of r.querySelectorAll('td[data-setup]')) even[r.dataset.model + ' ' + c.dataset.setup] = c.textContent.trim();
        return {api, even, workload: s.querySelector('p.calculator-workload').textContent.trim()};
    """, SECTION)


def type_volumes(browser, input_tokens, output_tokens):
    for name, value in (("input", input_tokens), ("output", output_tokens)):
        field = browser.find_element(By.ID, f"calculator-1-{name}")
        field.clear()
        field.send_keys(str(value))
    assert browser.find_element(By.ID, "calculator-1-input").get_attribute("value") == str(input_tokens)
    assert browser.find_element(By.ID, "calculator-1-output").get_attribute("value") == str(output_tokens)


def dollars(text):
    return float(text.replace("$", "").replace(",", ""))


def check_against_reference(calc, input_tokens, output_tokens):
    cost, even = expected(input_tokens, output_tokens)
    models = [m for m, _ in calc["api"]]
    assert sorted(models) == sorted(cost), "the calculator should cost every priced model"
    assert dict(calc["api"]) == cost
    assert {tuple(k.split(" ")): v for k, v in calc["even"].items()} == even
    # Cheapest first; equal costs keep the page's order.
    costs = [dollars(c) for _, c in calc["api"]]
    assert costs == sorted(costs)


@pytest.fixture(autouse=True)
def still(browser):
    emulate(browser)
    yield
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def test_the_script_is_small():
    size = len(gzip.compress((SITE / "js/calculator.js").read_bytes(), compresslevel=9))
    assert size <= 4096, f"js/calculator.js is {size} bytes gzipped (level 9), over 4096"
    assert size > 1000, f"js/calculator.js is only {size} bytes gzipped: is it the script?"


def test_without_javascript_the_reference_workload_shows(nojs_browser, server):
    nojs_browser.get(server + ARTICLE)
    section = nojs_browser.find_element(By.CSS_SELECTOR, "section.calculator[data-calculator]" + SECTION)
    assert not section.find_element(By.CSS_SELECTOR, "form").is_displayed()
    assert section.find_element(By.CSS_SELECTOR, "p.calculator-workload").text == \
        "For 30M input and 10M output tokens a month (40M in all):"
    calc = shown(nojs_browser)
    assert dict(calc["api"])["gpt-5-4"] == "$300"
    assert dict(calc["api"])["deepseek-r1"] == "$38.40"
    assert dict(calc["api"])["gemini-3-flash"] == "$10.50"
    assert calc["even"]["gpt-5-4 high-end"] == "2B–2.67B"
    assert calc["even"]["gpt-5-4 consumer"] == "7.41M"
    check_against_reference(calc, 30_000_000, 10_000_000)
    assert len(calc["api"]) == 9 and len(calc["even"]) == 27


def test_with_javascript_the_page_starts_as_served(browser, nojs_browser, server):
    nojs_browser.get(server + ARTICLE)
    served = shown(nojs_browser)
    browser.get(server + ARTICLE)
    assert browser.find_element(By.CSS_SELECTOR, SECTION + " form").is_displayed()
    assert shown(browser) == served
    assert "?" not in browser.current_url


def test_typed_volumes_give_exact_costs_and_break_evens(browser, server):
    browser.set_window_size(1280, 900)
    browser.get(server + ARTICLE)
    type_volumes(browser, 300_000_000, 100_000_000)
    calc = shown(browser)
    assert calc["workload"] == "For 300M input and 100M output tokens a month (400M in all):"
    cost = dict(calc["api"])
    assert cost["gpt-5-4"] == "$3,000"
    assert cost["claude-opus-4-6"] == "$4,000"
    assert cost["deepseek-r1"] == "$384"
    assert cost["gemini-3-flash"] == "$105"
    # The same 3:1 mix as the reference workload: the same break-evens.
    even = calc["even"]
    assert even["gpt-5-4 high-end"] == "2B–2.67B"
    assert even["claude-opus-4-6 high-end"] == "1.5B–2B"
    assert even["gpt-5-4 mid-range"] == "1.07B–1.33B"
    assert even["gpt-5-4 consumer"] == "7.41M"
    check_against_reference(calc, 300_000_000, 100_000_000)
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(browser.current_url).query)
    assert query == {"calculator-1.input": ["300000000"], "calculator-1.output": ["100000000"]}

    # Another mix (1:1) moves every break-even.
    type_volumes(browser, 10_000_000, 10_000_000)
    calc = shown(browser)
    assert calc["workload"] == "For 10M input and 10M output tokens a month (20M in all):"
    cost, even = dict(calc["api"]), calc["even"]
    assert cost["gpt-5-4"] == "$200"
    assert cost["claude-opus-4-6"] == "$300"
    assert cost["deepseek-r1"] == "$27.40"
    assert even["gpt-5-4 high-end"] == "1.5B–2B"
    assert even["gpt-5-4 mid-range"] == "800M–1B"
    assert even["gpt-5-4 consumer"] == "5.56M"
    assert even["claude-opus-4-6 high-end"] == "1B–1.33B"
    assert even["claude-opus-4-6 mid-range"] == "533M–667M"
    assert even["deepseek-r1 high-end"] == "10.9B–14.6B"
    assert even["gemini-3-flash consumer"] == "148M"
    check_against_reference(calc, 10_000_000, 10_000_000)


def test_the_api_rows_re_sort_by_cost(browser, server):
    browser.get(server + ARTICLE)
    order = [m for m, _ in shown(browser)["api"]]
    assert order.index("deepseek-v3-2") < order.index("minimax-m2-7")
    # Output only: MiniMax M2.7 ($0.53 out) now costs less than DeepSeek V3.2 ($1.10 out).
    type_volumes(browser, 0, 100_000_000)
    calc = shown(browser)
    order = [m for m, _ in calc["api"]]
    assert order.index("minimax-m2-7") < order.index("deepseek-v3-2")
    assert dict(calc["api"])["minimax-m2-7"] == "$53.00"
    check_against_reference(calc, 0, 100_000_000)
    # The server's order comes back with the reference volumes.
    type_volumes(browser, 30_000_000, 10_000_000)
    assert [m for m, _ in shown(browser)["api"]][:3] == ["gemini-3-flash", "deepseek-v3-2", "minimax-m2-7"]
    assert "?" not in browser.current_url


def test_unchecking_a_model_hides_its_rows(browser, server):
    browser.get(server + ARTICLE)
    box = browser.find_element(By.CSS_SELECTOR, SECTION + " input[name=model][value='gpt-5-4']")
    assert box.is_selected() and box.accessible_name == "GPT-5.4"
    box.click()
    calc = shown(browser)
    assert "gpt-5-4" not in dict(calc["api"])
    assert not [k for k in calc["even"] if k.startswith("gpt-5-4 ")]
    assert len(calc["api"]) == 8 and len(calc["even"]) == 24
    for table in ("calculator-api", "calculator-breakeven"):
        row = browser.find_element(By.CSS_SELECTOR, f"{SECTION} table.{table} tr[data-model='gpt-5-4']")
        assert not row.is_displayed()
    # Typing keeps it out; checking it again brings it back, costed for the new volumes.
    type_volumes(browser, 300_000_000, 100_000_000)
    assert "gpt-5-4" not in dict(shown(browser)["api"])
    box.click()
    calc = shown(browser)
    assert dict(calc["api"])["gpt-5-4"] == "$3,000"
    assert calc["even"]["gpt-5-4 high-end"] == "2B–2.67B"
    assert len(calc["api"]) == 9


def test_a_shared_url_sets_the_volumes(browser, server):
    browser.get(server + ARTICLE + "?calculator-1.input=300000000&calculator-1.output=100000000")
    assert browser.find_element(By.ID, "calculator-1-input").get_attribute("value") == "300000000"
    calc = shown(browser)
    assert dict(calc["api"])["gpt-5-4"] == "$3,000"
    check_against_reference(calc, 300_000_000, 100_000_000)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_after_typing(browser, server, scheme):
    browser.set_window_size(1280, 900)
    emulate(browser, scheme)
    browser.get(server + ARTICLE)
    assert browser.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    type_volumes(browser, 300_000_000, 100_000_000)
    browser.find_element(By.CSS_SELECTOR, SECTION + " input[name=model][value='claude-haiku-4-5']").click()
    WebDriverWait(browser, 5).until(lambda b: dict(shown(b)["api"]).get("gpt-5-4") == "$3,000")
    browser.execute_script("document.querySelector(arguments[0]).scrollIntoView()", SECTION)
    assert axe_violations(browser) == []


def test_the_form_fits_a_phone(browser, server):
    browser.set_window_size(390, 900)
    try:
        browser.get(server + ARTICLE)
        width = browser.execute_script("return document.documentElement.clientWidth")
        for control in browser.find_elements(By.CSS_SELECTOR, SECTION + " form input"):
            assert control.is_displayed()
            assert 0 <= control.rect["x"] and control.rect["x"] + control.rect["width"] <= width + 0.5, \
                control.get_attribute("id") or control.get_attribute("value")
        type_volumes(browser, 300_000_000, 100_000_000)
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width
    finally:
        browser.set_window_size(1280, 900)
