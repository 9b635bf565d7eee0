"""Faults during `versus build`: a build killed with SIGKILL at 20 random
moments, a full disk and a read-only output parent. Each time the output
folder is either the previous site or the new one, byte for byte, and nothing
half-written is left beside it."""

import hashlib
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import VERSUS


def digest(folder: Path) -> str:
    if not folder.exists():
        return "absent"
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def build(root: Path, out: Path):
    return subprocess.run([VERSUS, "build", "--root", str(root), "--output", str(out), "--quiet"],
                          capture_output=True, text=True)


def tiny_site(root: Path) -> Path:
    """A one-page site, a few hundred bytes once built."""
    (root / "Content").mkdir(parents=True)
    (root / "Templates").mkdir()
    (root / "site.yml").write_text("title: Tiny\n")
    (root / "Templates/page.mustache").write_text("<!DOCTYPE html><title>{{page.title}}</title>{{{page.content}}}")
    (root / "Content/index.md").write_text("---\ntitle: Home\ntype: page\n---\nSmall.\n")
    return root


def leftovers(parent: Path, name="Output"):
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(f".{name}.versus-new-") or p.name.endswith(".versus-old"))


def test_sigkill_at_twenty_moments_leaves_the_old_or_the_new_site(corpus, workdir):
    out = workdir / "kill/Output"
    out.parent.mkdir()
    reference = workdir / "kill-reference"
    start = time.monotonic()
    assert build(corpus, out).returncode == 0
    seconds = time.monotonic() - start
    current = digest(out)
    articles = sorted((corpus / "Content/comparisons").glob("*.md"))
    rng = random.Random(20261125)
    outcomes = {"old": 0, "new": 0}
    for trial in range(20):
        with articles[trial].open("a") as f:
            f.write(f"\nA sentence written before kill {trial}.\n")
        assert build(corpus, reference).returncode == 0
        new = digest(reference)
        process = subprocess.Popen([VERSUS, "build", "--root", str(corpus), "--output", str(out), "--quiet"])
        time.sleep(rng.uniform(0, seconds * 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = digest(out)
        assert now in (current, new), f"kill {trial}: the output is neither the old nor the new site"
        outcomes["old" if now == current else "new"] += 1
        current = now
    print(f"20 kills over a {seconds * 1000:.0f} ms build: {outcomes['old']} left the old site, {outcomes['new']} the new one")
    assert outcomes["old"] > 0, "no kill landed during a build; the timing is off"
    # The next build cleans what the killed ones left.
    assert build(corpus, out).returncode == 0
    assert leftovers(out.parent) == []


def mount_tmpfs(path: Path, options: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True).returncode == 0


@pytest.fixture
def small_disk(workdir):
    mount = workdir / "small-disk"
    if not mount_tmpfs(mount, "size=640k"):
        pytest.skip("needs root to mount a small tmpfs")
    yield mount
    subprocess.run(["umount", str(mount)])


def test_a_full_disk_is_a_clear_error_and_the_old_site_stays(corpus, workdir, small_disk):
    tiny = tiny_site(workdir / "tiny")
    out = small_disk / "Output"
    assert build(tiny, out).returncode == 0
    before = digest(out)
    result = build(corpus, out)
    assert result.returncode == 1
    assert ": error[V104]: cannot write: No space left on device" in result.stderr
    assert f"build failed, {out} left as it was" in result.stderr
    assert digest(out) == before
    assert leftovers(small_disk) == []


def test_a_read_only_or_missing_output_parent_is_a_clear_error(workdir):
    site = tiny_site(workdir / "ro-site")
    missing = build(site, workdir / "no/such/parent/Output")
    assert missing.returncode == 1
    assert f"{workdir}/no/such/parent: error[V103]: the output's parent folder does not exist" in missing.stderr
    mount = workdir / "read-only"
    if not mount_tmpfs(mount, "ro,size=64k"):
        pytest.skip("needs root to mount a read-only tmpfs")
    try:
        result = build(site, mount / "Output")
        assert result.returncode == 1
        assert f"{mount}: error[V104]: cannot write here: Read-only file system" in result.stderr
        assert list(mount.iterdir()) == []
    finally:
        subprocess.run(["umount", str(mount)])


def test_two_real_builds_of_one_output_at_once(corpus, workdir):
    out = workdir / "twice/Output"
    out.parent.mkdir()
    reference = workdir / "twice-reference"
    assert build(corpus, reference).returncode == 0
    outcomes = []
    for _ in range(5):
        runs = [subprocess.Popen([VERSUS, "build", "--root", str(corpus), "--output", str(out), "--quiet"],
                                 stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for run in runs:
            _, err = run.communicate()
            outcomes.append(run.returncode)
            if run.returncode != 0:
                assert "another versus build is writing this folder right now" in err, err
        assert digest(out) == digest(reference)
        assert leftovers(out.parent) == []
    print(f"10 builds in 5 pairs: {outcomes.count(0)} wrote the site, {outcomes.count(1)} stopped at the lock")
