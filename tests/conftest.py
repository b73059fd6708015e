"""Shared fixtures: the real site built once per session, and scratch copies of the project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from dialogtool.load import load_content
from dialogtool.model import Content

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ("content", "docs", "hooks", "schemas", "overrides", "mkdocs.yml")
MKDOCS = str(Path(sys.executable).with_name("mkdocs"))


def build_site(project: Path, dest: Path) -> subprocess.CompletedProcess[str]:
    """Run a strict MkDocs build of `project` into `dest`, as `make build` does."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [MKDOCS, "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(dest)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def copy_project(dest: Path) -> Path:
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    return build_site(ROOT, tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site(build: subprocess.CompletedProcess[str]) -> Path:
    assert build.returncode == 0, build.stderr
    return Path(build.args[build.args.index("-d") + 1])


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(ROOT / "content", ROOT)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A scratch copy of the project whose content a test may break."""
    return copy_project(tmp_path / "project")


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
