"""Shared by the reliability tests: the versus binary (VERSUS_BIN) and a
generated site big enough that a build takes a while."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
VERSUS = os.environ.get("VERSUS_BIN", str(REPO / ".build/release/versus"))


@pytest.fixture(scope="session")
def workdir():
    folder = Path(tempfile.mkdtemp(prefix="versus-reliability-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def corpus(workdir):
    """A generated site of 150 articles (Benchmarks/generate.py)."""
    subprocess.run([sys.executable, str(REPO / "Benchmarks/generate.py"), "--articles", "150", "--out", str(workdir / "corpus")],
                   check=True, stdout=subprocess.DEVNULL)
    return workdir / "corpus/versus"


def copy_real_site(to: Path) -> Path:
    to.mkdir(parents=True)
    shutil.copytree(REPO / "Content", to / "Content")
    shutil.copy(REPO / "site.yml", to / "site.yml")
    return to
