"""axe-core (through the selenium-axe-python package's copy of axe) on every
kind of page of the built real site, in light and dark mode: no violations.

Runs over HTTP, as a reader gets the pages; dark mode is Chromium's own
prefers-color-scheme emulation, so the site's dark palette is what is checked.
"""

from pathlib import Path

import pytest
import selenium_axe_python

AXE = (Path(selenium_axe_python.__file__).parent / "axe-core/axe.min.js").read_text()

PAGES = [
    "",
    "comparisons/open-source-vs-proprietary/",
    "models/deepseek-r1/",
    "models/",
    "comparisons/",
    "about/",
    "tags/",
    "tags/open-source/",
    "vendors/deepseek/",
    "search/?q=open+weights",
    "changes/",
    "404.html",
]


def axe_violations(browser):
    """axe-core's violations on the page the browser shows, as readable lines."""
    browser.execute_script(AXE)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>"
        " ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))));")
    return [f"{v['id']} ({v['impact']}): {v['help']} at {v['nodes']}" for v in result]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(browser, server, path, scheme):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    browser.get(server + path)
    assert browser.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    assert axe_violations(browser) == []
