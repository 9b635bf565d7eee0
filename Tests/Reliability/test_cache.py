"""The build cache (.versus-cache/) under faults: a build killed with SIGKILL
at random moments, edits between the kills, and cache files that are
corrupt, truncated or from another format. After each, a build with the cache
must write byte for byte what `--no-cache` writes, and a cache it cannot use
is set aside with one line."""

import random
import re
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from conftest import VERSUS
from test_faults import digest


def build(root: Path, out: Path, *extra):
    return subprocess.run([VERSUS, "build", "--root", str(root), "--output", str(out), *extra],
                          capture_output=True, text=True)


def edit(site: Path, rng: random.Random, trial: int) -> str:
    """One editor's change: a body, a title, or a model's price."""
    kind = rng.choice(["body", "body", "title", "price"])
    if kind == "price":
        model = rng.choice(sorted((site / "Content/models").glob("*.md")))
        text = model.read_text()
        new = re.sub(r"(input: )(\d+(\.\d+)?)", lambda m: f"{m.group(1)}{float(m.group(2)) + 0.25:g}", text, count=1)
        model.write_text(new)
        return f"price of {model.name}"
    article = rng.choice(sorted((site / "Content/comparisons").glob("*.md")))
    text = article.read_text()
    if kind == "title":
        article.write_text(text.replace("title: ", f"title: Revised {trial} ", 1))
    else:
        article.write_text(text + f"\nA sentence written before kill {trial}.\n")
    return f"{kind} of {article.name}"


def test_sigkill_at_random_moments_never_leaves_a_cache_that_builds_wrong(corpus, workdir):
    site = workdir / "cache-kill-site"
    shutil.copytree(corpus, site)
    out = workdir / "cache-kill/Output"
    out.parent.mkdir()
    fresh = workdir / "cache-kill-fresh"
    start = time.monotonic()
    assert build(site, out).returncode == 0
    seconds = time.monotonic() - start
    rng = random.Random(20261129)
    kills = 0
    for trial in range(20):
        what = edit(site, rng, trial)
        process = subprocess.Popen([VERSUS, "build", "--root", str(site), "--output", str(out), "--quiet"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # A moment within the time such a build takes (the last one that ran
        # to its end: a cached build is shorter than the first, full one).
        time.sleep(rng.uniform(0, seconds * 0.9))
        if process.poll() is None:
            kills += 1
        process.send_signal(signal.SIGKILL)
        process.wait()
        # The next build, with whatever the killed one left, is a right build.
        start = time.monotonic()
        after = build(site, out)
        seconds = max(0.05, time.monotonic() - start)
        assert after.returncode == 0, after.stderr
        reference = build(site, fresh, "--no-cache")
        assert reference.returncode == 0, reference.stderr
        assert digest(out) == digest(fresh), f"kill {trial} after the {what}: the cached build differs from --no-cache"
        # And a build with nothing changed says the output is up to date.
        again = build(site, out)
        assert "is up to date" in again.stderr, again.stderr
        assert digest(out) == digest(fresh)
    print(f"{kills} of 20 kills landed during a build")
    assert kills >= 8, "too few kills landed during a build; the timing is off"


def cache_file(out: Path) -> Path:
    return out.parent / ".versus-cache" / f"{out.name}.sqlite"


def test_a_cache_that_cannot_be_used_is_set_aside_with_one_line(corpus, workdir):
    out = workdir / "cache-damage/Output"
    out.parent.mkdir()
    fresh = workdir / "cache-damage-fresh"
    assert build(corpus, fresh, "--no-cache").returncode == 0
    damages = {
        "garbage": lambda f: f.write_bytes(b"this is not a database, just some bytes" * 40),
        "truncated": lambda f: f.write_bytes(f.read_bytes()[: f.stat().st_size // 3]),
        "empty": lambda f: f.write_bytes(b""),
        "other format": lambda f: sqlite3.connect(f).execute("UPDATE meta SET value = '0' WHERE key = 'format'").connection.commit(),
        "other versus": lambda f: sqlite3.connect(f).execute("UPDATE meta SET value = 'versus 0.0.1' WHERE key = 'tool'").connection.commit(),
    }
    for name, damage in damages.items():
        assert build(corpus, out).returncode == 0
        damage(cache_file(out))
        run = build(corpus, out)
        assert run.returncode == 0, f"{name}: {run.stderr}"
        notes = [line for line in run.stderr.splitlines() if line.startswith("versus: note:")]
        if name == "empty":
            # An empty file is a new database to SQLite: nothing to set aside.
            assert notes == [], f"{name}: {notes}"
        else:
            assert len(notes) == 1, f"{name}: {run.stderr}"
            assert notes[0].startswith(f"versus: note: set aside the build cache {cache_file(out)} ("), notes[0]
            assert notes[0].endswith("; this build runs in full"), notes[0]
            assert (cache_file(out).parent / f"{out.name}.sqlite.set-aside").exists()
        assert digest(out) == digest(fresh), f"{name}: the build differs from --no-cache"
        # The cache works again.
        assert "is up to date" in build(corpus, out).stderr
