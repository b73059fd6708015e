"""Every entry of `tests/bad_inputs_blind.yaml`: refused cleanly, or published whole and safe.

The list was written by someone who had seen neither the checks nor their tests (see its
header); it is never edited here. Each variant is applied to a scratch copy of the project:

- `refused`: `make check` exits non-zero, with no traceback, and names the variant's file
  with a line (`path:line:col: besked`).
- `safe` / `either`: refused as above, or the strict build succeeds and none of the
  `forbid` strings appears in any built HTML page.

The check runs for every variant (in this process, a fraction of a second each); the build
only where the check lets the variant through, in a pool of two processes, so the file costs
about as much as a handful of builds. `PYTHONPATH=hooks python tests/test_bad_inputs_blind.py
--root DIR` prints the tally for the project at DIR (e.g. an older commit checked out with
`git worktree add`), running its own code.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from conftest import MKDOCS, copy_project

HERE = Path(__file__).resolve().parent
LIST = HERE / "bad_inputs_blind.yaml"
TIMEOUT = 120
WORKERS = 2
CHANGES = ("replace", "append", "create", "create_bytes_hex")

# Entries whose expectation a maintainer should not share: run, but expected to fail.
# (None so far; each needs a comment saying why, and the report names it.)
WRONG_ENTRIES: dict[str, str] = {}


@dataclass(frozen=True)
class Variant:
    kind: str
    name: str
    file: str
    expect: str
    forbid: tuple[str, ...]
    change: dict


@dataclass(frozen=True)
class Outcome:
    held: bool
    why: str


def variants() -> list[Variant]:
    data = yaml.safe_load(LIST.read_text(encoding="utf-8"))
    found = []
    for kind in data["kinds"]:
        for v in kind["variants"]:
            change = {k: v[k] for k in CHANGES if k in v}
            assert len(change) == 1, v["name"]
            found.append(
                Variant(
                    kind["kind"],
                    v["name"],
                    v["file"],
                    v["expect"],
                    tuple(v.get("forbid") or ()),
                    change,
                )
            )
    return found


def apply(project: Path, variant: Variant) -> None:
    path = project / variant.file
    ((op, value),) = variant.change.items()
    if op == "replace":
        text = path.read_text(encoding="utf-8")
        assert value["find"] in text, f"{variant.name}: nothing to replace in {variant.file}"
        path.write_text(text.replace(value["find"], value["with"], 1), encoding="utf-8")
    elif op == "append":
        with path.open("a", encoding="utf-8") as handle:
            handle.write(value)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        if op == "create":
            path.write_text(value, encoding="utf-8")
        else:
            path.write_bytes(bytes.fromhex(value))


def _env(project: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(project / "hooks"),
        "NO_MKDOCS_2_WARNING": "1",
        "GITHUB_ACTIONS": "",
    }


def named_with_a_line(output: str, file: str) -> bool:
    """A `path:line:col: message` line for the variant's file, line at least 1."""
    pattern = re.compile(rf"^{re.escape(file)}:([1-9]\d*):\d+: \S", re.M)
    return bool(pattern.search(output))


def run_check(project: Path, in_process: bool) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `make check` without spelling on `project`."""
    args = ["--root", str(project), "--no-spelling"]
    if not in_process:  # another checkout: its own code, in its own process
        done = subprocess.run(
            [sys.executable, "-m", "dialogtool.check", *args],
            capture_output=True,
            text=True,
            env=_env(project),
            timeout=TIMEOUT,
            check=False,
        )
        return done.returncode, done.stdout, done.stderr
    from dialogtool import check

    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = check.main(args)
    except Exception:
        return 2, out.getvalue(), err.getvalue() + "Traceback\n" + traceback.format_exc()
    return code, out.getvalue(), err.getvalue()


def checked(root: Path, variant: Variant, in_process: bool) -> tuple[Outcome | None, Path]:
    """The outcome when the check decides it, else (None, the project to build)."""
    project = Path(tempfile.mkdtemp(prefix="blind-")) / "project"
    copy_project(project, root)
    apply(project, variant)
    code, stdout, stderr = run_check(project, in_process)
    said = stdout + stderr
    if "Traceback" in said:
        return Outcome(False, "traceback from the check"), project
    if code != 0:
        if named_with_a_line(stdout, variant.file):
            return Outcome(True, "refused by the check"), project
        why = f"refused without naming {variant.file} and a line: {said!r}"
        return Outcome(False, why), project
    if variant.expect == "refused":
        return Outcome(False, "accepted by the check"), project
    return None, project


def built(project: Path, variant: Variant) -> Outcome:
    """The strict build of a variant the check let through: refused cleanly, or safe."""
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build = subprocess.run(
            [MKDOCS, "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
            capture_output=True,
            text=True,
            env=_env(project),
            timeout=TIMEOUT,
            check=False,
        )
        said = build.stdout + build.stderr
        if "Traceback" in said:
            return Outcome(False, "traceback from the build")
        if build.returncode != 0:
            if named_with_a_line(said, variant.file):
                return Outcome(True, "refused by the build")
            return Outcome(False, f"the build failed without naming the place: {said[-400:]!r}")
        for page in site.rglob("*.html"):
            html = page.read_text(encoding="utf-8", errors="replace")
            for bad in variant.forbid:
                if bad in html:
                    return Outcome(False, f"{bad!r} published in {page.relative_to(site)}")
        return Outcome(True, "published safely")


def run_all(root: Path, in_process: bool) -> dict[str, Outcome]:
    results, to_build = {}, []
    for variant in variants():
        outcome, project = checked(root, variant, in_process)
        if outcome is None:
            to_build.append((variant, project))
        else:
            results[variant.name] = outcome
            shutil.rmtree(project.parent)
    with ThreadPoolExecutor(WORKERS) as pool:
        for (variant, project), outcome in zip(
            to_build, pool.map(lambda pair: built(pair[1], pair[0]), to_build), strict=True
        ):
            results[variant.name] = outcome
            shutil.rmtree(project.parent)
    return results


@pytest.fixture(scope="module")
def outcomes() -> dict[str, Outcome]:
    return run_all(HERE.parent, in_process=True)


@pytest.mark.parametrize("variant", variants(), ids=lambda v: v.name)
def test_a_blind_bad_input_is_refused_cleanly_or_published_safely(
    variant: Variant, outcomes: dict[str, Outcome]
) -> None:
    if variant.name in WRONG_ENTRIES:
        pytest.xfail(WRONG_ENTRIES[variant.name])
    outcome = outcomes[variant.name]
    assert outcome.held, f"{variant.kind} / {variant.name} ({variant.expect}): {outcome.why}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=HERE.parent)
    root = parser.parse_args().root.resolve()
    results = run_all(root, in_process=root == HERE.parent)
    kinds: dict[str, list[bool]] = {}
    for v in variants():
        outcome = results[v.name]
        kinds.setdefault(v.kind, []).append(outcome.held)
        print(f"{'held' if outcome.held else 'FAIL'}  {v.kind} / {v.name}: {outcome.why[:160]}")
    held_kinds = sum(all(h) for h in kinds.values())
    held = sum(o.held for o in results.values())
    print(f"\n{held_kinds} of {len(kinds)} kinds held; {held} of {len(results)} variants held.")


if __name__ == "__main__":
    main()
