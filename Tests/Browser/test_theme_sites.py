"""The embedded theme on sites made of site.yml and Content/ alone: a
`versus init` site with its drafts, and the manual in docs/ (no models at all).
Every page: no axe-core violation in light and dark, nothing wider than a phone."""

import functools
import http.server
import os
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

from conftest import QuietHandler
from test_accessibility import axe_violations

REPO = Path(__file__).resolve().parents[2]
VERSUS = os.environ.get("VERSUS_BIN", str(REPO / ".build/release/versus"))


def serve(folder: Path):
    handler = functools.partial(QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.fixture(scope="module")
def sites():
    work = Path(tempfile.mkdtemp(prefix="versus-theme-sites-"))
    subprocess.run([VERSUS, "init", str(work / "new")], check=True, capture_output=True)
    builds = {"init": [VERSUS, "build", "--quiet", "--strict", "-D", "-s", str(work / "new"), "-d", str(work / "init-out")],
              "docs": [VERSUS, "build", "--quiet", "--strict", "-s", str(REPO / "docs"), "-d", str(work / "docs-out")]}
    servers = {}
    for name, command in builds.items():
        run = subprocess.run(command, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        out = work / f"{name}-out"
        servers[name] = (serve(out), out)
    yield {name: (f"http://127.0.0.1:{httpd.server_port}/", out) for name, (httpd, out) in servers.items()}
    for httpd, _ in servers.values():
        httpd.shutdown()


def pages(out: Path):
    return sorted(str(p.parent.relative_to(out)) + "/" if p.name == "index.html" else str(p.relative_to(out))
                  for p in out.rglob("*.html") if "search" not in p.relative_to(out).parts or p.parent.name == "search")


@pytest.mark.parametrize("site", ["init", "docs"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_of_a_theme_site_passes_axe(browser, sites, site, scheme):
    url, out = sites[site]
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    found = {}
    listed = pages(out)
    assert len(listed) >= (10 if site == "docs" else 8), listed
    for path in listed:
        browser.get(url + ("" if path == "./" else path))
        violations = axe_violations(browser)
        if violations:
            found[path] = violations
    assert found == {}


@pytest.mark.parametrize("site", ["init", "docs"])
def test_nothing_is_wider_than_a_phone(browser, sites, site):
    url, out = sites[site]
    browser.set_window_size(390, 844)
    try:
        wide = []
        for path in pages(out):
            browser.get(url + ("" if path == "./" else path))
            width = browser.execute_script("return document.documentElement.scrollWidth")
            if width > 390:
                wide.append((path, width))
        assert wide == []
    finally:
        browser.set_window_size(1280, 900)
