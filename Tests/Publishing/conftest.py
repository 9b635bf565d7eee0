"""Builds the sites the publishing checks read: the real site at a domain root
and under a sub-path, and the fixture sites, with the versus binary under test
(VERSUS_BIN)."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
VERSUS = os.environ.get("VERSUS_BIN", str(REPO / ".build/release/versus"))
BASES = {"root": "https://versus.example.net/", "subpath": "https://example.net/versus/"}


def build(root: Path, base: str, out: Path) -> Path:
    result = subprocess.run([VERSUS, "build", "--root", str(root), "--output", str(out), "--base-url", base, "--quiet"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def workdir():
    folder = Path(tempfile.mkdtemp(prefix="versus-publishing-"))
    yield folder
    shutil.rmtree(folder)


@pytest.fixture(scope="session", params=sorted(BASES))
def real_site(request, workdir):
    """(output folder, base_url) of the real site."""
    base = BASES[request.param]
    return build(REPO, base, workdir / f"real-{request.param}"), base


@pytest.fixture(scope="session", params=["good", "links"])
def fixture_site(request, workdir):
    base = BASES["subpath"]
    return build(REPO / "Tests/Fixtures" / request.param, base, workdir / f"fixture-{request.param}"), base


# 2026-10-01: the figures fixture's dates are checked against a fixed day.
FIGURES_DATE = {"SOURCE_DATE_EPOCH": "1790856000"}


@pytest.fixture(scope="session", params=sorted(BASES))
def figures_site(request, workdir):
    """(output folder, base_url) of the figures fixture (sources, dates,
    history), with the repository's templates and stylesheet."""
    base = BASES[request.param]
    root = workdir / f"figures-src-{request.param}"
    shutil.copytree(REPO / "Tests/Fixtures/figures", root)
    out = workdir / f"figures-{request.param}"
    result = subprocess.run([VERSUS, "build", "--root", str(root), "--output", str(out), "--base-url", base, "--quiet"],
                            capture_output=True, text=True, env={**os.environ, **FIGURES_DATE})
    assert result.returncode == 0, result.stderr
    return out, base


@pytest.fixture(scope="session", params=["init-root", "init-subpath", "docs"])
def theme_site(request, workdir):
    """(output folder, base_url) of the sites made of site.yml and Content/
    alone, built with the theme in the binary: a `versus init` site with its
    drafts (at a domain root and a sub-path) and the manual in docs/."""
    if request.param == "docs":
        base = BASES["subpath"]
        return build(REPO / "docs", base, workdir / "docs"), base
    root = workdir / f"{request.param}-src"
    if not root.exists():
        subprocess.run([VERSUS, "init", str(root)], check=True, capture_output=True)
    base = BASES["root" if request.param == "init-root" else "subpath"]
    out = workdir / request.param
    result = subprocess.run([VERSUS, "build", "--strict", "--drafts", "--root", str(root), "--output", str(out), "--base-url", base,
                             "--quiet"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out, base
