"""The CI is one script, .ci/run, run the same way here and in GitHub's Debian container.

Docker is not at hand in every test run, so the container itself is not started here: these
tests hold the workflow to the script, and run the script against stand-in commands to show
what it does on a bare python:3.11-bookworm image (no npm, a checkout git calls "dubious").
"""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

IMAGE = "python:3.11-bookworm"


def workflow() -> dict:
    return yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text())


def test_both_jobs_run_ci_run_in_the_debian_container_with_full_history() -> None:
    jobs = workflow()["jobs"]
    for name, command in (("test", "bash .ci/run"), ("deploy", "bash .ci/run pdf")):
        job = jobs[name]
        assert job["container"] == IMAGE, name
        checkout = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout"))
        assert checkout["with"]["fetch-depth"] == 0
        runs = [s.get("run") for s in job["steps"]]
        assert command in runs, name
        assert not any("apt-get" in (r or "") for r in runs), "installing is .ci/run's job"


def test_pull_requests_get_the_change_summary() -> None:
    steps = workflow()["jobs"]["test"]["steps"]
    summary = next(s for s in steps if "make changes" in s.get("run", ""))
    assert "pull_request" in summary["if"]
    assert "origin/${{ github.base_ref }}" in summary["run"]
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == "build/changes.md"


def test_readme_shows_the_same_container_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f'-v "$PWD":/src -w /src {IMAGE} bash .ci/run' in readme


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def run_ci(tmp_path: Path, *, npm: bool, git_trusts: bool, args: tuple[str, ...] = ()) -> str:
    """Run a copy of .ci/run as root with every outside command replaced by a logging stub."""
    project = tmp_path / "project"
    (project / ".ci").mkdir(parents=True)
    (project / ".git").mkdir()
    shutil.copy2(ROOT / ".ci" / "run", project / ".ci" / "run")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "log"
    for tool in ("dirname", "rm"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    _stub(bin_dir, "id", "echo 0")
    for tool in ("apt-get", "python3", "make"):
        _stub(bin_dir, tool, f'echo "{tool} $*" >> {log}')
    if npm:
        _stub(bin_dir, "npm", "exit 0")
    rev_parse = "exit 0" if git_trusts else "exit 128"
    _stub(
        bin_dir,
        "git",
        f'if [ "$1" = rev-parse ]; then {rev_parse}; fi\necho "git $*" >> {log}',
    )
    bash = shutil.which("bash")
    assert bash is not None
    subprocess.run(
        [bash, str(project / ".ci" / "run"), *args],
        env={"PATH": str(bin_dir), "HOME": str(tmp_path)},
        check=True,
        capture_output=True,
    )
    return log.read_text(encoding="utf-8")


@pytest.mark.parametrize("npm", [True, False])
def test_ci_run_installs_node_only_where_it_is_missing(tmp_path: Path, npm: bool) -> None:
    log = run_ci(tmp_path, npm=npm, git_trusts=True)
    install = next(line for line in log.splitlines() if line.startswith("apt-get install"))
    for package in ("chromium", "poppler-utils", "hunspell-da", "mythes-da", "fonts-dejavu-core"):
        assert package in install.split()
    assert ("nodejs" in install.split()) is not npm
    assert ("npm" in install.split()) is not npm
    assert "git config" not in log
    assert log.splitlines()[-2:] == ["python3 -m venv .venv", "make test"]


def test_ci_run_trusts_a_checkout_owned_by_another_user(tmp_path: Path) -> None:
    log = run_ci(tmp_path, npm=True, git_trusts=False, args=("pdf",))
    project = tmp_path / "project"
    assert f"git config --global --add safe.directory {project}" in log
    assert log.splitlines()[-1] == "make pdf"
