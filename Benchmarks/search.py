#!/usr/bin/env python3
"""Versus' built-in search against Pagefind, the search a Hugo user would add.

    python3 Benchmarks/search.py --versus PATH [--runs 3] [--browser-runs 3] [--out Benchmarks/SEARCH.md]

Two sites:

    real   this repository's site: versus build --root REPO --output WORK/real
    gen    the generated corpus of --articles articles (Benchmarks/generate.py),
           its versus/ folder built to WORK/gen-out

For each site it records, side by side:

- index build time: Versus' own `search N ms` from the build's summary line (median
  of --runs builds); Pagefind's wall time indexing the same Versus output (the
  pagefind binary of the PyPI package, median of --runs). Pagefind writes
  <site>/pagefind/ next to Versus' <site>/search/, so both are served from one folder;
- index bytes: the files under search/ (less the /search/ page, search/index.html)
  and under pagefind/;
- bytes downloaded for a first query and a second one in headless Chromium (fresh
  profile, no cache), served by a local http.server on 127.0.0.1 (no compression):
  counted by the server (status line, headers and body of every response after the
  query began) and, as a cross-check, by the page's Resource Timing (transferSize, or
  encodedBodySize when 0). Resource Timing misses what a Web Worker fetches, and
  Pagefind fetches its index in a worker, so the server's count is the one compared.
  Versus' first query also counts its client script (search.*.js), which the page
  loads before the query;
- time to results: Versus from the first keydown in #search-input to the render of
  the results in #search-results (a MutationObserver, performance.now() in the page),
  typing with WebDriver's send_keys; Pagefind, in a test page written into the served
  folder (pagefind-test.html), from the call to import + init + search to data() of
  the top 5, and for the second query from search() to data();
- on the real site, the top 5 titles of both engines for 20 queries, scored against
  hand judgements (JUDGEMENTS below) with nDCG@5.

It writes a Markdown report (--out) and prints the tables. Nothing here compiles
Swift: pass any built binary with --versus.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import http.server
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PAGEFIND_PIN = "1.5.2"
# The header box waits this long after the last keystroke before it searches (SearchClient).
DEBOUNCE_MS = 30  # the box waits this long after a keystroke (SearchClient.swift)
FIRST_QUERY = "deepseek"
SECOND_QUERY = "quantization"
QUERIES = [
    "deepseek", "apache", "self-host", "quant", "multilingual 97", "gpt-5.4", "5.4", "privacy", "hardware",
    "rtx 4090", "writing", "open weights", "mit license", "fine-tuning", "coding", "cheapest api", "gemini",
    "llama", "reasoning 98", "enterprise",
]

# Hand judgements for the real site (Content/ at the time of writing): site path ->
# grade, 2 = a page that answers the query, 1 = a page that is about it in part (a
# section, a mention with substance, the list of a matching tag or vendor). Any page
# not listed is 0. Listing pages count where they match the query, so that Pagefind,
# which indexes them, is not marked down for showing them.
OPEN_MODELS = ["models/kimi-k2-5/", "models/deepseek-r1/", "models/deepseek-v3-2/", "models/gemma-4/",
               "models/nemotron-cascade-2/", "models/glm-5/", "models/mistral-3/", "models/minimax-m2-7/",
               "models/qwen-3-5/", "models/llama-4-maverick/"]
ARTICLE = "comparisons/open-source-vs-proprietary/"
JUDGEMENTS: dict[str, dict[str, int]] = {
    "deepseek": {"models/deepseek-r1/": 2, "models/deepseek-v3-2/": 2, "vendors/deepseek/": 1, ARTICLE: 1,
                 "models/openai-o1/": 1},
    "apache": {"models/mistral-3/": 2, "models/qwen-3-5/": 2, ARTICLE: 1},
    "self-host": {ARTICLE: 2, "models/deepseek-v3-2/": 2, "tags/self-hosting/": 1, "models/gemma-4/": 1,
                  "models/nemotron-cascade-2/": 1, "models/glm-5/": 1, "models/mistral-3/": 1, "models/qwen-3-5/": 1,
                  "models/llama-4-maverick/": 1},
    "quant": {ARTICLE: 2},
    "multilingual 97": {"models/qwen-3-5/": 2, ARTICLE: 1, "models/gemini-3-1-pro/": 1, "tags/multilingual/": 1},
    "gpt-5.4": {"models/gpt-5-4/": 2, "models/gpt-5-4-thinking/": 1, ARTICLE: 1, "vendors/openai/": 1},
    "5.4": {"models/gpt-5-4/": 2, "models/gpt-5-4-thinking/": 2, ARTICLE: 1, "models/kimi-k2-5/": 1,
            "models/deepseek-r1/": 1, "vendors/openai/": 1},
    "privacy": {ARTICLE: 2, "models/deepseek-v3-2/": 1, "about/": 1},
    "hardware": {ARTICLE: 2, "tags/consumer-hardware/": 1, "about/": 1,
                 **{m: 1 for m in ["models/gemma-4/", "models/nemotron-cascade-2/", "models/glm-5/", "models/mistral-3/",
                                   "models/qwen-3-5/", "models/deepseek-v3-2/", "models/llama-4-maverick/"]}},
    "rtx 4090": {"models/gemma-4/": 2, "models/nemotron-cascade-2/": 2, ARTICLE: 1},
    "writing": {"models/claude-opus-4-6/": 2, "models/mistral-3/": 2, "models/llama-4-maverick/": 2, ARTICLE: 1,
                "tags/writing/": 1, "about/": 1},
    "open weights": {ARTICLE: 2, "tags/open-weights/": 2, "models/": 1, **{m: 1 for m in OPEN_MODELS}},
    "mit license": {"models/deepseek-r1/": 2, "models/glm-5/": 2, ARTICLE: 1},
    "fine-tuning": {ARTICLE: 2, "models/claude-opus-4-6/": 1, "models/llama-4-maverick/": 1, "models/gpt-5-4/": 1},
    "coding": {"models/claude-opus-4-6/": 2, "models/minimax-m2-7/": 2, "models/glm-5/": 2, ARTICLE: 1,
               "models/qwen-3-5/": 1, "models/nemotron-cascade-2/": 1, "tags/coding/": 1, "about/": 1},
    "cheapest api": {"models/gemini-3-flash/": 2, "models/minimax-m2-7/": 1, "models/deepseek-v3-2/": 1, ARTICLE: 1},
    "gemini": {"models/gemini-3-1-pro/": 2, "models/gemini-3-flash/": 2, ARTICLE: 1, "vendors/google/": 1,
               "models/nemotron-cascade-2/": 1, "models/grok-4-20/": 1, "models/qwen-3-5/": 1,
               "models/claude-haiku-4-5/": 1},
    "llama": {"models/llama-4-maverick/": 2, ARTICLE: 1, "models/mistral-3/": 1, "vendors/meta/": 1},
    "reasoning 98": {"models/gpt-5-4-thinking/": 2, ARTICLE: 1, "tags/reasoning/": 1, "models/kimi-k2-5/": 1,
                     "models/qwen-3-5/": 1, "models/deepseek-r1/": 1, "models/openai-o1/": 1},
    "enterprise": {ARTICLE: 2, "models/gpt-5-4/": 1},
}

GOALS = [
    ("bytes1", "Versus bytes for the first query", "≤ 1/4 of Pagefind's", lambda r: r <= 0.25),
    ("bytes2", "Versus bytes for the second query", "≤ 1/4 of Pagefind's", lambda r: r <= 0.25),
    ("time1", "Time to first results", "≤ 1/4 of Pagefind's", lambda r: r <= 0.25),
    ("index", "Index build time", "< 1/10 of Pagefind's", lambda r: r < 0.1),
]

PAGEFIND_TEST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind test</title></head>
<body>
<p>Pagefind measurement page (written by Benchmarks/search.py).</p>
<script>
let pagefind = null;
// import + init (first call only) + search + data() of the top 5, timed in the page.
window.runQuery = async (query) => {
  const t0 = performance.now();
  let init = 0;
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    init = performance.now() - t0;
  }
  const t1 = performance.now();
  const r = await pagefind.search(query);
  const t2 = performance.now();
  const data = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
  const t3 = performance.now();
  return { init, search: t2 - t1, data: t3 - t2, searchData: t3 - t1, total: t3 - t0, count: r.results.length,
           top: data.map((d) => ({ url: d.url, title: (d.meta && d.meta.title) || '' })) };
};
</script>
</body></html>
"""

# Installed in the Versus page before typing: times of keydowns and of every change of
# the result list, with the query it was for.
VERSUS_PROBE = """
const input = document.getElementById('search-input');
const list = document.getElementById('search-results');
if (!window.__probe) {
  window.__probe = { keys: [], renders: [] };
  input.addEventListener('keydown', () => window.__probe.keys.push(performance.now()), true);
  new MutationObserver(() => {
    window.__probe.renders.push({ t: performance.now(), q: input.value, hidden: list.hidden,
                                  top: list.querySelectorAll('li.top').length, none: list.querySelectorAll('li.none').length });
  }).observe(list, { childList: true });
}
window.__probe.keys = []; window.__probe.renders = [];
performance.clearResourceTimings();
return true;
"""

RESOURCES_JS = """
return performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime,
  transfer: e.transferSize, encoded: e.encodedBodySize, duration: e.duration }));
"""


# --------------------------------------------------------------------------- helpers

def first_line(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60).stdout
        return out.strip().splitlines()[0] if out.strip() else ""
    except (OSError, subprocess.TimeoutExpired):
        return "unavailable"


def chromium_version() -> str:
    # Debian's /usr/bin/chromium is a shell wrapper that may print a warning first.
    out = subprocess.run(["/usr/bin/chromium", "--version"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         text=True).stdout
    return next((l.strip() for l in out.splitlines() if l.startswith("Chromium")), "Chromium (unknown version)")


def machine() -> dict:
    cpu, ram = "unknown", "unknown"
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                   if l.startswith("model name"))
        kb = next(int(l.split()[1]) for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal:"))
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram": ram, "kernel": platform.release(),
            "python": platform.python_version()}


def git_revision() -> str:
    rev = first_line(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout.strip()
    return rev + (" (with uncommitted changes)" if dirty else "")


def find_pagefind() -> Path:
    """The binary inside the PyPI package (`pagefind[bin]`), timed without the Python wrapper."""
    try:
        from pagefind_bin import get_executable  # type: ignore
        return Path(get_executable())
    except ImportError:
        pass
    try:
        from pagefind_bin_extended import get_executable  # type: ignore
        return Path(get_executable())
    except ImportError:
        pass
    found = shutil.which("pagefind")
    if found:
        return Path(found)
    sys.exit(f"no pagefind binary: pip install 'pagefind[bin]=={PAGEFIND_PIN}' 'pagefind-bin=={PAGEFIND_PIN}'")


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def dir_bytes(path: Path, skip=()) -> tuple[int, int]:
    total = files = 0
    for p in path.rglob("*"):
        if p.is_file() and p.relative_to(path).as_posix() not in skip:
            total += p.stat().st_size
            files += 1
    return total, files


def kb(n) -> str:
    if n is None:
        return "—"
    return f"{n / 1024:,.1f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:,.2f} MB"


def ms(x) -> str:
    return "—" if x is None else (f"{x:,.0f} ms" if x >= 10 else f"{x:.1f} ms")


def ratio(a, b) -> float | None:
    return a / b if a is not None and b else None


def norm_path(url: str) -> str:
    """'./models/x/', '/models/x/', 'http://127.0.0.1:8000/models/x/#h' -> 'models/x/'."""
    url = re.sub(r"^https?://[^/]+", "", url).split("#")[0].split("?")[0]
    url = re.sub(r"^\./", "", url).lstrip("/")
    url = re.sub(r"index\.html$", "", url)
    return url


def ndcg5(paths: list[str], grades: dict[str, int]) -> float:
    dcg = sum(grades.get(p, 0) / math.log2(i + 2) for i, p in enumerate(paths[:5]))
    ideal = sorted(grades.values(), reverse=True)[:5]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


# --------------------------------------------------------------------------- server

class CountingWriter:
    def __init__(self, raw):
        self.raw = raw
        self.count = 0

    def write(self, b):
        n = self.raw.write(b)
        self.count += len(b)
        return n

    def flush(self):
        self.raw.flush()

    def __getattr__(self, name):
        return getattr(self.raw, name)


class Server:
    """http.server on 127.0.0.1 (no compression), logging every response and its bytes."""

    def __init__(self, root: Path):
        log, lock = [], threading.Lock()
        self.log, self.lock = log, lock

        class Handler(http.server.SimpleHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes; with Nagle's algorithm and the
            # client's delayed ACK, a keep-alive response would stall about 40 ms.
            disable_nagle_algorithm = True

            def setup(self):
                super().setup()
                self.wfile = CountingWriter(self.wfile)

            def handle_one_request(self):
                before = self.wfile.count
                self._body = 0
                self.requestline = ""
                super().handle_one_request()
                if self.requestline:
                    with lock:
                        log.append({"t": time.monotonic(), "path": self.path, "bytes": self.wfile.count - before,
                                    "body": self._body})

            def send_header(self, key, value):
                if key.lower() == "content-length":
                    self._body = int(value)
                super().send_header(key, value)

            def end_headers(self):
                self.send_header("Cache-Control", "no-store")
                super().end_headers()

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path.lstrip('/')}"

    def mark(self) -> int:
        with self.lock:
            return len(self.log)

    def since(self, mark: int) -> list[dict]:
        with self.lock:
            return list(self.log[mark:])

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


# --------------------------------------------------------------------------- browser

def new_driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="search-bench-profile-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
              f"--user-data-dir={profile}", "--no-first-run", "--disable-extensions",
              "--disable-background-networking", "--disable-component-update"]:
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    driver.set_script_timeout(60)
    driver._bench_profile = profile
    return driver


def quit_driver(driver):
    profile = getattr(driver, "_bench_profile", None)
    try:
        driver.quit()
    finally:
        if profile:
            shutil.rmtree(profile, ignore_errors=True)


def console_errors(driver) -> list[str]:
    """Errors and warnings of the page, less the 404 of Chromium's own /favicon.ico request
    (neither site has a favicon; that request is the browser's, not the search's)."""
    try:
        return [e["message"] for e in driver.get_log("browser") if e.get("level") in ("SEVERE", "WARNING")
                and "/favicon.ico" not in e["message"]]
    except Exception:  # noqa: BLE001
        return []


def rt_bytes(entries: list[dict]) -> int:
    return sum(e["transfer"] or e["encoded"] or 0 for e in entries)


def summarize_requests(reqs: list[dict]) -> dict:
    return {"requests": len(reqs), "bytes": sum(r["bytes"] for r in reqs), "body": sum(r["body"] for r in reqs),
            "paths": [(r["path"], r["bytes"]) for r in reqs]}


def versus_type(driver, query: str, replace: bool, timeout: float = 30) -> dict:
    """Types `query` into the header box and waits for its results; returns timings and titles."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver.execute_script(VERSUS_PROBE)
    box = driver.find_element(By.ID, "search-input")
    if replace:
        # Select the old query without a keydown on the box, so the first key typed is the query's.
        driver.execute_script("arguments[0].focus(); arguments[0].select();", box)
    else:
        box.click()
    box.send_keys(query)
    deadline = time.monotonic() + timeout
    state = None
    while time.monotonic() < deadline:
        state = driver.execute_script("""
          const p = window.__probe, input = document.getElementById('search-input');
          const last = p.keys.length ? p.keys[p.keys.length - 1] : 0;
          const r = p.renders.filter((x) => x.t > last && x.q.trim() === arguments[0]);
          return { value: input.value, now: performance.now(), keys: p.keys, renders: p.renders,
                   done: r.length > 0 && !r[r.length - 1].hidden && (r[r.length - 1].top + r[r.length - 1].none) > 0,
                   lastRender: p.renders.length ? p.renders[p.renders.length - 1].t : 0 };
        """, query)
        # Done, and nothing re-rendered for 400 ms (a late answer for a partial query).
        if state["done"] and state["now"] - state["lastRender"] > 400:
            break
        time.sleep(0.05)
    else:
        raise RuntimeError(f"Versus: no results shown for {query!r} within {timeout} s: {state}")
    titles = driver.execute_script("""
      return [...document.querySelectorAll('#search-results li.top')].map((li) => ({
        title: li.querySelector('strong').textContent, url: li.querySelector('a').getAttribute('href') }));
    """)
    keys, renders = state["keys"], state["renders"]
    final = [r for r in renders if r["q"].strip() == query][-1]
    return {"first_key_to_results": final["t"] - keys[0], "last_key_to_results": final["t"] - keys[-1],
            "typing": keys[-1] - keys[0], "keys": len(keys), "renders": len(renders), "top": titles}


def measure_versus(server: Server, runs: int) -> dict:
    out = {"runs": []}
    for _ in range(runs):
        driver = new_driver()
        try:
            driver.get(server.url("index.html"))
            driver.execute_script("return document.readyState")
            time.sleep(0.3)
            load = driver.execute_script(RESOURCES_JS)
            script = [e for e in load if re.search(r"/search/search\.[0-9a-f]+\.js", e["name"])]
            if not script:
                raise RuntimeError("Versus: the home page loaded no search/search.*.js")
            script_rt = rt_bytes(script)
            script_path = "/" + norm_path(script[0]["name"])
            script_srv = [r for r in server.since(0) if r["path"].split("?")[0].endswith(script_path.split("/")[-1])]
            script_bytes = script_srv[-1]["bytes"] if script_srv else script_rt
            run = {"script_bytes": script_bytes, "script_rt": script_rt, "script": script_path}
            for label, q, replace in (("q1", FIRST_QUERY, False), ("q2", SECOND_QUERY, True)):
                mark = server.mark()
                res = versus_type(driver, q, replace)
                time.sleep(0.2)
                rt = [e for e in driver.execute_script(RESOURCES_JS)]
                reqs = server.since(mark)
                run[label] = {**res, "rt_bytes": rt_bytes(rt), "rt_count": len(rt), **summarize_requests(reqs)}
            run["console"] = console_errors(driver)
            out["runs"].append(run)
        finally:
            quit_driver(driver)
    return out


def measure_pagefind(server: Server, runs: int) -> dict:
    out = {"runs": []}
    for _ in range(runs):
        driver = new_driver()
        try:
            driver.get(server.url("pagefind-test.html"))
            time.sleep(0.3)
            run = {}
            for label, q in (("q1", FIRST_QUERY), ("q2", SECOND_QUERY)):
                driver.execute_script("performance.clearResourceTimings(); return true;")
                mark = server.mark()
                res = driver.execute_async_script(
                    "const done = arguments[arguments.length - 1];"
                    "window.runQuery(arguments[0]).then(done, (e) => done({ error: String(e) }));", q)
                if "error" in res:
                    raise RuntimeError(f"Pagefind: {res['error']}")
                time.sleep(0.3)  # let the worker's last responses reach the server log
                rt = driver.execute_script(RESOURCES_JS)
                reqs = server.since(mark)
                run[label] = {**res, "rt_bytes": rt_bytes(rt), "rt_count": len(rt), **summarize_requests(reqs)}
            run["console"] = console_errors(driver)
            out["runs"].append(run)
        finally:
            quit_driver(driver)
    return out


def top5(server: Server, queries: list[str]) -> dict:
    """The top 5 (title, site path) of each engine for each query, and the console of each session."""
    out = {"versus": {}, "pagefind": {}, "console": {}}
    driver = new_driver()
    try:
        driver.get(server.url("index.html"))
        time.sleep(0.3)
        for i, q in enumerate(queries):
            res = versus_type(driver, q, replace=i > 0)
            out["versus"][q] = [{"title": t["title"], "path": norm_path(t["url"])} for t in res["top"][:5]]
        out["console"]["versus"] = console_errors(driver)
    finally:
        quit_driver(driver)
    driver = new_driver()
    try:
        driver.get(server.url("pagefind-test.html"))
        time.sleep(0.3)
        for q in queries:
            res = driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "window.runQuery(arguments[0]).then(done, (e) => done({ error: String(e) }));", q)
            if "error" in res:
                raise RuntimeError(f"Pagefind: {res['error']}")
            out["pagefind"][q] = [{"title": t["title"], "path": norm_path(t["url"])} for t in res["top"][:5]]
        out["console"]["pagefind"] = console_errors(driver)
    finally:
        quit_driver(driver)
    return out


def relevance(server: Server) -> dict:
    """The 20 queries on the real site, graded against JUDGEMENTS."""
    out = top5(server, QUERIES)
    for engine in ("versus", "pagefind"):
        for q in QUERIES:
            grades = JUDGEMENTS.get(q, {})
            for t in out[engine][q]:
                t["grade"] = grades.get(t["path"], 0)
        out[engine + "_ndcg"] = {q: ndcg5([t["path"] for t in out[engine][q]], JUDGEMENTS.get(q, {})) for q in QUERIES}
        out[engine + "_p1"] = {q: bool(out[engine][q]) and out[engine][q][0]["grade"] == 2 for q in QUERIES}
    return out


def model_names(server: Server, root: Path) -> dict:
    """On the generated corpus: each model's name as the query; where is the model's own page?"""
    models = {}
    for f in sorted((root / "Content" / "models").glob("*.md")):
        m = re.search(r'^title:\s*"?(.*?)"?\s*$', f.read_text(), re.M)
        if m:
            models[m.group(1).lower()] = f"models/{f.stem}/"
    out = top5(server, list(models))
    out["target"] = models
    for engine in ("versus", "pagefind"):
        out[engine + "_rank"] = {q: next((i + 1 for i, t in enumerate(out[engine][q]) if t["path"] == path), None)
                                 for q, path in models.items()}
    return out


# --------------------------------------------------------------------------- builds

def versus_builds(versus: Path, root: Path, out: Path, runs: int) -> dict:
    search_ms, total_ms, lines = [], [], []
    for _ in range(runs):
        p = subprocess.run([str(versus), "build", "--root", str(root), "--output", str(out), "--no-cache"], cwd=str(REPO),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            sys.exit(f"versus build failed ({p.returncode}):\n{p.stderr[-3000:]}")
        summary = [l for l in (p.stderr + p.stdout).splitlines() if l.startswith("versus: wrote")]
        if not summary:
            sys.exit("versus build printed no summary line")
        m = re.search(r"search (\d+) ms", summary[-1])
        t = re.search(r" in (\d+) ms", summary[-1])
        if not m:
            sys.exit(f"no 'search N ms' in the summary: {summary[-1]}")
        search_ms.append(int(m.group(1)))
        total_ms.append(int(t.group(1)) if t else None)
        lines.append(summary[-1])
    return {"search_ms": search_ms, "total_ms": total_ms, "summary": lines[-1]}


def pagefind_runs(pagefind: Path, site: Path, runs: int) -> dict:
    walls, internal = [], []
    (site / "pagefind-test.html").unlink(missing_ok=True)
    for _ in range(runs):
        shutil.rmtree(site / "pagefind", ignore_errors=True)
        subprocess.run(["sync"])
        t0 = time.perf_counter()
        p = subprocess.run([str(pagefind), "--site", str(site)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True)
        walls.append((time.perf_counter() - t0) * 1000)
        if p.returncode != 0:
            sys.exit(f"pagefind failed ({p.returncode}):\n{p.stdout[-3000:]}")
        m = re.search(r"Finished in ([\d.]+) seconds", p.stdout)
        internal.append(float(m.group(1)) * 1000 if m else None)
        pages = re.search(r"Indexed (\d+) pages", p.stdout)
        words = re.search(r"Indexed (\d+) words", p.stdout)
    (site / "pagefind-test.html").write_text(PAGEFIND_TEST_PAGE)
    return {"wall_ms": walls, "internal_ms": internal, "pages": int(pages.group(1)) if pages else None,
            "words": int(words.group(1)) if words else None}


def index_sizes(site: Path) -> dict:
    s = site / "search"
    v_total, v_files = dir_bytes(s, skip={"index.html"})
    client = sum(p.stat().st_size for p in s.glob("search.*.js"))
    manifest = json.loads((s / "manifest.json").read_text())
    pf = site / "pagefind"
    p_total, p_files = dir_bytes(pf)
    ui = sum(p.stat().st_size for p in pf.glob("pagefind-*ui*")) + sum(p.stat().st_size for p in pf.glob("pagefind-highlight.js"))
    runtime = sum((pf / n).stat().st_size for n in ["pagefind.js", "pagefind-worker.js"] if (pf / n).exists())
    wasm = sum(p.stat().st_size for p in pf.glob("wasm.*.pagefind"))
    return {"versus": v_total, "versus_files": v_files, "versus_client": client, "versus_pages": manifest.get("n"),
            "versus_shards": len(list(s.glob("shards-*/*.json"))),
            "pagefind": p_total, "pagefind_files": p_files, "pagefind_ui": ui, "pagefind_runtime": runtime,
            "pagefind_wasm": wasm,
            "pagefind_data": p_total - ui - runtime - wasm}


def bench_site(name: str, label: str, root: Path, out: Path, args, versus: Path, pagefind: Path) -> dict:
    print(f"== {label}: building with Versus ({args.runs}x)", flush=True)
    load_before = os.getloadavg()[0]
    vb = versus_builds(versus, root, out, args.runs)
    print(f"   {vb['summary']}", flush=True)
    html = len(list(out.rglob("*.html")))
    print(f"== {label}: indexing with Pagefind ({args.runs}x)", flush=True)
    pf = pagefind_runs(pagefind, out, args.runs)
    sizes = index_sizes(out)
    server = Server(out)
    try:
        print(f"== {label}: browser, Versus ({args.browser_runs}x)", flush=True)
        vbr = measure_versus(server, args.browser_runs)
        print(f"== {label}: browser, Pagefind ({args.browser_runs}x)", flush=True)
        pbr = measure_pagefind(server, args.browser_runs)
        rel = names = None
        if name == "real":
            print(f"== {label}: {len(QUERIES)} queries, both engines", flush=True)
            rel = relevance(server)
        else:
            print(f"== {label}: each model's name, both engines", flush=True)
            names = model_names(server, root)
    finally:
        server.close()
    return {"name": name, "label": label, "html": html, "versus_build": vb, "pagefind_index": pf, "sizes": sizes,
            "versus_browser": vbr, "pagefind_browser": pbr, "relevance": rel, "model_names": names, "load_before": load_before,
            "load_after": os.getloadavg()[0]}


# --------------------------------------------------------------------------- report

def figures(res: dict) -> dict:
    """The medians compared in the tables and the goals."""
    v, p = res["versus_browser"]["runs"], res["pagefind_browser"]["runs"]
    f = {
        "v_index_ms": median(res["versus_build"]["search_ms"]),
        "v_build_ms": median(res["versus_build"]["total_ms"]),
        "p_index_ms": median(res["pagefind_index"]["wall_ms"]),
        "p_index_internal_ms": median(res["pagefind_index"]["internal_ms"]),
        "v_q1_bytes": median([r["q1"]["bytes"] + r["script_bytes"] for r in v]),
        "v_q1_requests": median([r["q1"]["requests"] + 1 for r in v]),
        "v_q1_rt": median([r["q1"]["rt_bytes"] + r["script_rt"] for r in v]),
        "v_q2_bytes": median([r["q2"]["bytes"] for r in v]),
        "v_q2_requests": median([r["q2"]["requests"] for r in v]),
        "v_q2_rt": median([r["q2"]["rt_bytes"] for r in v]),
        "p_q1_bytes": median([r["q1"]["bytes"] for r in p]),
        "p_q1_requests": median([r["q1"]["requests"] for r in p]),
        "p_q1_rt": median([r["q1"]["rt_bytes"] for r in p]),
        "p_q2_bytes": median([r["q2"]["bytes"] for r in p]),
        "p_q2_requests": median([r["q2"]["requests"] for r in p]),
        "p_q2_rt": median([r["q2"]["rt_bytes"] for r in p]),
        "v_q1_ms": median([r["q1"]["first_key_to_results"] for r in v]),
        "v_q1_last_ms": median([r["q1"]["last_key_to_results"] for r in v]),
        "v_q1_typing_ms": median([r["q1"]["typing"] for r in v]),
        "v_q2_ms": median([r["q2"]["first_key_to_results"] for r in v]),
        "v_q2_last_ms": median([r["q2"]["last_key_to_results"] for r in v]),
        "v_q1_work_ms": median([r["q1"]["last_key_to_results"] - DEBOUNCE_MS for r in v]),
        "v_q2_work_ms": median([r["q2"]["last_key_to_results"] - DEBOUNCE_MS for r in v]),
        "p_q1_ms": median([r["q1"]["total"] for r in p]),
        "p_q1_init_ms": median([r["q1"]["init"] for r in p]),
        "p_q1_search_ms": median([r["q1"]["searchData"] for r in p]),
        "p_q2_ms": median([r["q2"]["searchData"] for r in p]),
        "v_q1_hits": v[0]["q1"]["top"], "v_q2_hits": v[0]["q2"]["top"],
        "p_q1_count": p[0]["q1"]["count"], "p_q2_count": p[0]["q2"]["count"],
        "p_q1_hits": p[0]["q1"]["top"], "p_q2_hits": p[0]["q2"]["top"],
    }
    f["goals"] = {
        "bytes1": ratio(f["v_q1_bytes"], f["p_q1_bytes"]),
        "bytes2": ratio(f["v_q2_bytes"], f["p_q2_bytes"]),
        "time1": ratio(f["v_q1_ms"], f["p_q1_ms"]),
        "index": ratio(f["v_index_ms"], f["p_index_ms"]),
    }
    return f


def verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("✅ met" if ok else "❌ not met")


def site_table(res: dict) -> list[str]:
    f, s = figures(res), res["sizes"]
    pf = res["pagefind_index"]
    vb = res["versus_build"]
    rows = [
        "| | Versus | Pagefind | Versus / Pagefind |",
        "|---|---:|---:|---:|",
        f"| Pages indexed | {s['versus_pages']:,} | {pf['pages']:,} | |",
        f"| Index build time (median of {len(vb['search_ms'])}) | {ms(f['v_index_ms'])} (`search` step; runs: "
        f"{', '.join(str(x) for x in vb['search_ms'])}) | {ms(f['p_index_ms'])} (wall; runs: "
        f"{', '.join(f'{x:.0f}' for x in pf['wall_ms'])}) | {ratio(f['v_index_ms'], f['p_index_ms']):.3f} |",
        f"| Index files, total | {kb(s['versus'])} in {s['versus_files']:,} files | {kb(s['pagefind'])} in "
        f"{s['pagefind_files']:,} files | {ratio(s['versus'], s['pagefind']):.2f} |",
        f"| of which client code | {kb(s['versus_client'])} (search.js) | {kb(s['pagefind_runtime'] + s['pagefind_wasm'])} "
        f"(pagefind.js, worker, wasm) + {kb(s['pagefind_ui'])} of UI bundles | |",
        f"| First query `{FIRST_QUERY}`: bytes downloaded | {kb(f['v_q1_bytes'])} in {f['v_q1_requests']:.0f} requests "
        f"(incl. search.js) | {kb(f['p_q1_bytes'])} in {f['p_q1_requests']:.0f} requests | "
        f"{ratio(f['v_q1_bytes'], f['p_q1_bytes']):.3f} |",
        f"| Second query `{SECOND_QUERY}`: bytes downloaded | {kb(f['v_q2_bytes'])} in {f['v_q2_requests']:.0f} requests "
        f"| {kb(f['p_q2_bytes'])} in {f['p_q2_requests']:.0f} requests | {ratio(f['v_q2_bytes'], f['p_q2_bytes']):.3f} |",
        f"| (cross-check: Resource Timing in the page, 1st / 2nd) | {kb(f['v_q1_rt'])} / {kb(f['v_q2_rt'])} | "
        f"{kb(f['p_q1_rt'])} / {kb(f['p_q2_rt'])} (misses the worker's fetches) | |",
        f"| First query: time to results | {ms(f['v_q1_ms'])} (first key to render; typing {ms(f['v_q1_typing_ms'])}, "
        f"last key to render {ms(f['v_q1_last_ms'])}) | {ms(f['p_q1_ms'])} (import + init {ms(f['p_q1_init_ms'])}, "
        f"search + data {ms(f['p_q1_search_ms'])}) | {ratio(f['v_q1_ms'], f['p_q1_ms']):.2f} |",
        f"| Second query: time to results | {ms(f['v_q2_ms'])} (last key to render {ms(f['v_q2_last_ms'])}) | "
        f"{ms(f['p_q2_ms'])} (search + data) | {ratio(f['v_q2_ms'], f['p_q2_ms']):.2f} |",
        f"| Search alone, 1st / 2nd query (Versus: last key to render less the {DEBOUNCE_MS} ms debounce) | "
        f"{ms(f['v_q1_work_ms'])} / {ms(f['v_q2_work_ms'])} | {ms(f['p_q1_ms'])} / {ms(f['p_q2_ms'])} | "
        f"{ratio(f['v_q1_work_ms'], f['p_q1_ms']):.2f} / {ratio(f['v_q2_work_ms'], f['p_q2_ms']):.2f} |",
        f"| Top results, `{FIRST_QUERY}` | {'; '.join(t['title'] for t in f['v_q1_hits'][:5]) or 'no results'} | "
        f"{'; '.join(t['title'] for t in f['p_q1_hits']) or 'no results'} ({f['p_q1_count']} pages) | |",
        f"| Top results, `{SECOND_QUERY}` | {'; '.join(t['title'] for t in f['v_q2_hits'][:5]) or 'no results'} | "
        f"{'; '.join(t['title'] for t in f['p_q2_hits']) or 'no results'} ({f['p_q2_count']} pages) | |",
    ]
    return rows


def request_lines(res: dict) -> list[str]:
    v, p = res["versus_browser"]["runs"][0], res["pagefind_browser"]["runs"][0]
    out = []
    for label, q in (("q1", FIRST_QUERY), ("q2", SECOND_QUERY)):
        vp = ([(v["script"] + " (loaded with the page)", v["script_bytes"])] if label == "q1" else []) + v[label]["paths"]
        out.append(f"- Versus, `{q}`: " + ", ".join(f"`{re.sub(r'^/search/', '', x)}` {kb(b)}" for x, b in vp))
    for label, q in (("q1", FIRST_QUERY), ("q2", SECOND_QUERY)):
        out.append(f"- Pagefind, `{q}`: " + ", ".join(f"`{re.sub(r'^/pagefind/', '', x)}` {kb(b)}"
                                                     for x, b in p[label]["paths"]))
    return out


def relevance_table(rel: dict) -> list[str]:
    def cell(hits):
        if not hits:
            return "*no results*"
        return "<br>".join(f"{i + 1}. {t['title']}" + ("" if t["grade"] else " ✗") + (" ★" if t["grade"] == 2 else "")
                           for i, t in enumerate(hits))
    rows = ["| Query | Versus (top 5) | nDCG@5 | Pagefind (top 5) | nDCG@5 |", "|---|---|---:|---|---:|"]
    for q in QUERIES:
        rows.append(f"| `{q}` | {cell(rel['versus'][q])} | {rel['versus_ndcg'][q]:.2f} | {cell(rel['pagefind'][q])} | "
                    f"{rel['pagefind_ndcg'][q]:.2f} |")
    vm = statistics.mean(rel["versus_ndcg"].values())
    pm = statistics.mean(rel["pagefind_ndcg"].values())
    vp1 = sum(rel["versus_p1"].values())
    pp1 = sum(rel["pagefind_p1"].values())
    rows.append(f"| **mean** | top hit answers the query (★ first) in {vp1} of {len(QUERIES)} | **{vm:.2f}** | "
                f"top hit answers the query in {pp1} of {len(QUERIES)} | **{pm:.2f}** |")
    return rows


def model_names_section(res: dict) -> list[str]:
    mn = res["model_names"]
    qs = list(mn["target"])

    def summary(engine):
        ranks = [mn[engine + "_rank"][q] for q in qs]
        first = sum(1 for r in ranks if r == 1)
        top5n = sum(1 for r in ranks if r)
        mrr = statistics.mean(1 / r if r else 0 for r in ranks)
        return first, top5n, mrr

    vf, vt, vm = summary("versus")
    pf, pt, pm = summary("pagefind")
    lines = [f"## Model names on the generated corpus ({res['label']})", "",
             f"Each of the {len(qs)} models' names typed as the query: where is the model's own page in the top 5? "
             "(Pagefind: `data().meta.title` and URL; Versus: the header box.)", "",
             "| | Versus | Pagefind |", "|---|---:|---:|",
             f"| model page first | {vf} of {len(qs)} | {pf} of {len(qs)} |",
             f"| model page in the top 5 | {vt} of {len(qs)} | {pt} of {len(qs)} |",
             f"| mean reciprocal rank (top 5) | {vm:.2f} | {pm:.2f} |", "",
             "Queries where either engine does not put the model page first:", "",
             "| Query | Versus: rank, what came first | Pagefind: rank, what came first |", "|---|---|---|"]
    for q in qs:
        vr, pr = mn["versus_rank"][q], mn["pagefind_rank"][q]
        if vr == 1 and pr == 1:
            continue
        def cell(engine, r):
            hits = mn[engine][q]
            head = hits[0]["title"] if hits else "no results"
            return f"{r or '> 5'}" + ("" if r == 1 else f"; 1. {head}")
        lines.append(f"| `{q}` | {cell('versus', vr)} | {cell('pagefind', pr)} |")
    errs = mn["console"]
    lines += ["", f"Browser console during these queries: Versus: "
              f"{'; '.join(f'`{e}`' for e in errs.get('versus', [])) or 'nothing'}; Pagefind: "
              f"{'; '.join(f'`{e}`' for e in errs.get('pagefind', [])) or 'nothing'}.", ""]
    return lines


def report(results: list[dict], args, info: dict, started, finished) -> str:
    m = info["machine"]
    lines = [
        "# Search: Versus against Pagefind", "",
        "Versus' built-in search next to Pagefind, the search a Hugo user would add, on the same built site. "
        "Written by `Benchmarks/search.py`; see `Benchmarks/README.md` (\"Search\") for how it measures.", "",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC (finished {finished:%H:%M} UTC)",
        f"- Machine: {m['nproc']} cores, {m['cpu']}, {m['ram']} RAM, Linux {m['kernel']}",
        f"- Versus: `{info['versus_version']}` (binary `{info['versus']}`, repository at {info['git']})",
        f"- Pagefind: `{info['pagefind_version']}` (PyPI `pagefind[bin]=={PAGEFIND_PIN}`, binary timed directly)",
        f"- Browser: {info['chromium']}, {info['chromedriver'].split(' (')[0]}, Selenium {info['selenium']}, "
        f"headless (`--headless=new --no-sandbox`), fresh profile per session; Python {m['python']} `http.server` on "
        "127.0.0.1, no compression, `Cache-Control: no-store`",
        f"- Runs: {args.runs} builds / indexings per engine and site, {args.browser_runs} browser sessions per engine "
        "and site; medians",
        f"- Queries: first `{FIRST_QUERY}`, then `{SECOND_QUERY}` in the same page", "",
    ]
    # Goals
    lines += ["## Goals", "", "| Goal | Target | " + " | ".join(r["label"] for r in results) + " |",
              "|---|---|" + "---:|" * len(results)]
    for key, desc, target, test in GOALS:
        cells = []
        for r in results:
            v = figures(r)["goals"][key]
            cells.append("—" if v is None else f"{v:.3f} {verdict(test(v))}")
        lines.append(f"| {desc} | {target} | " + " | ".join(cells) + " |")
    cells = []
    for r in results:
        f = figures(r)
        v = ratio(f["v_q1_work_ms"], f["p_q1_ms"])
        cells.append("—" if v is None else f"{v:.3f} ({verdict(v <= 0.25)})")
    lines.append(f"| (for reference) the same, Versus without typing and its {DEBOUNCE_MS} ms debounce | ≤ 1/4 | "
                 + " | ".join(cells) + " |")
    real = next((r for r in results if r["relevance"]), None)
    if real:
        rel = real["relevance"]
        vm = statistics.mean(rel["versus_ndcg"].values())
        pm = statistics.mean(rel["pagefind_ndcg"].values())
        cells = [f"Versus {vm:.2f} vs Pagefind {pm:.2f} {verdict(vm >= pm)}" if r is real else "—" for r in results]
        lines.append(f"| Results at least as relevant (mean nDCG@5, {len(QUERIES)} queries) | ≥ Pagefind | "
                     + " | ".join(cells) + " |")
    lines += ["", "Ratios are Versus / Pagefind. Bytes are what the server sent (status line, headers, body) after "
              "the query began; Versus' first query adds its client script, loaded with the page. Versus' time runs "
              "from the first keydown (WebDriver typing the query) to the render of its results, so it includes the "
              "typing and the box's debounce; Pagefind's first query runs from the call to `import()` + "
              "`init()` + `search()` to `data()` of the top 5, its second from `search()` to `data()`. Pagefind is "
              "measured through its JS API alone: its ready-made search box (`pagefind-ui.js` and `.css`, about 130 KB "
              "more) is not loaded, so its figures are its minimum.", ""]
    for r in results:
        lines += [f"## {r['label']}", "",
                  f"{r['html']:,} HTML pages. Load average before/after: {r['load_before']:.2f} / {r['load_after']:.2f}. "
                  f"Last Versus summary: `{r['versus_build']['summary']}`", ""]
        lines += site_table(r)
        lines += ["", "Requests of the first browser session:", ""] + request_lines(r) + [""]
        errs = sorted({e for run in r["versus_browser"]["runs"] for e in run["console"]})
        perrs = sorted({e for run in r["pagefind_browser"]["runs"] for e in run["console"]})
        lines += [f"Browser console, Versus: {('; '.join(f'`{e}`' for e in errs)) if errs else 'no errors or warnings'}. "
                  f"Pagefind: {('; '.join(f'`{e}`' for e in perrs)) if perrs else 'no errors or warnings'}.", ""]
    if real:
        rel = real["relevance"]
        lines += [f"## {len(QUERIES)} queries on the real site", "",
                  "Top 5 titles of each engine (Versus: the header box, `li.top strong`; Pagefind: `data().meta.title`). "
                  "Graded by hand against the site's content (`JUDGEMENTS` in `search.py`): ★ a page that answers the "
                  "query, ✗ a page that does not (no mark: related). nDCG@5 with grades 2/1/0. Pagefind indexes every "
                  "HTML page (tag, vendor and list pages too); Versus indexes the content pages.", ""]
        lines += relevance_table(rel)
        errs = rel["console"]
        lines += ["", f"Browser console during the queries: Versus: "
                  f"{'; '.join(f'`{e}`' for e in errs.get('versus', [])) or 'nothing'}; Pagefind: "
                  f"{'; '.join(f'`{e}`' for e in errs.get('pagefind', [])) or 'nothing'}.", ""]
    gen = next((r for r in results if r.get("model_names")), None)
    if gen:
        lines += model_names_section(gen)
    lines += ["## Reproduce", "", "    " + info["command"], ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--versus", default=str(REPO / ".build/release/versus"), help="the versus binary")
    ap.add_argument("--pagefind", help="the pagefind binary (default: the one in the PyPI package)")
    ap.add_argument("--runs", type=int, default=3, help="builds and indexings per engine and site (median)")
    ap.add_argument("--browser-runs", type=int, default=3, help="browser sessions per engine and site (median)")
    ap.add_argument("--articles", type=int, default=1000, help="articles of the generated corpus")
    ap.add_argument("--sites", default="real,gen", help="a subset of real,gen")
    ap.add_argument("--work", default="/tmp/sb", help="where the corpus and the built sites go")
    ap.add_argument("--out", default=str(HERE / "SEARCH.md"), help="the report")
    args = ap.parse_args(argv)

    versus = Path(args.versus).resolve()
    if not versus.exists():
        sys.exit(f"no versus binary at {versus}")
    pagefind = Path(args.pagefind).resolve() if args.pagefind else find_pagefind()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    try:
        import selenium
        selenium_version = selenium.__version__
    except ImportError:
        sys.exit("needs selenium (pip install selenium) and Debian's chromium and chromium-driver")

    started = datetime.datetime.now(datetime.timezone.utc)
    info = {
        "machine": machine(), "git": git_revision(), "versus": str(versus),
        "versus_version": first_line([str(versus), "--version"]),
        "pagefind_version": first_line([str(pagefind), "--version"]),
        "chromium": chromium_version(),
        "chromedriver": first_line(["/usr/bin/chromedriver", "--version"]),
        "selenium": selenium_version,
        "command": "python3 Benchmarks/search.py " + " ".join(a for a in (argv if argv is not None else sys.argv[1:])),
    }
    results = []
    sites = args.sites.split(",")
    if "real" in sites:
        results.append(bench_site("real", "Real site", REPO, work / "real", args, versus, pagefind))
    if "gen" in sites:
        corpus = work / f"gen{args.articles}"
        print(f"== generating {args.articles} articles into {corpus}", flush=True)
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run([sys.executable, str(HERE / "generate.py"), "--articles", str(args.articles), "--out", str(corpus)],
                       check=True, stdout=subprocess.DEVNULL)
        results.append(bench_site("gen", f"Generated, {args.articles:,} articles", corpus / "versus",
                                  work / "gen-out", args, versus, pagefind))
    finished = datetime.datetime.now(datetime.timezone.utc)
    text = report(results, args, info, started, finished)
    Path(args.out).write_text(text)
    (Path(args.work) / "search-results.json").write_text(json.dumps(results, indent=1, default=str))
    print(text)
    print(f"wrote {args.out} (raw figures: {Path(args.work) / 'search-results.json'})")


if __name__ == "__main__":
    main()
