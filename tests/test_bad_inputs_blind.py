"""Every entry of `tests/bad_inputs_blind.yaml`: refused cleanly, or published whole and safe.

The list was written by someone who had seen neither the checks nor their tests (see its
header); it is never edited here. Each variant is applied to a scratch copy of the project:

- `refused`: `make check` exits non-zero, with no traceback, and names the variant's file
  with a line (`path:line:col: besked`).
- `safe` / `either`: refused as above, or the strict build succeeds and none of the
  `forbid` strings appears in any built HTML page.

The check runs for every variant; the build only where the check lets the variant through.
All variants run in a thread pool (each is its own process), so the file costs about as much
as a handful of builds. `python tests/test_bad_inputs_blind.py [--root DIR]` prints the
tally for the project at DIR (e.g. an older commit checked out with `git worktree add`).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).resolve().parent
LIST = HERE / "bad_inputs_blind.yaml"
PROJECT_PARTS = ("content", "docs", "hooks", "schemas", "overrides", "mkdocs.yml")
MKDOCS = str(Path(sys.executable).with_name("mkdocs"))
TIMEOUT = 120
WORKERS = 2

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
            change = {k: v[k] for k in ("replace", "append", "create", "create_bytes_hex") if k in v}
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
        assert value["find"] in text, f"{variant.name}: the text to replace is not in {variant.file}"
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


def run_variant(root: Path, variant: Variant) -> Outcome:
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        for part in PROJECT_PARTS:
            src = root / part
            if src.is_dir():
                shutil.copytree(src, project / part, ignore=shutil.ignore_patterns("__pycache__"))
            elif src.exists():
                shutil.copy2(src, project / part)
        apply(project, variant)
        check = subprocess.run(
            [sys.executable, "-m", "dialogtool.check", "--root", str(project), "--no-spelling"],
            capture_output=True,
            text=True,
            env=_env(project),
            timeout=TIMEOUT,
            check=False,
        )
        said = check.stdout + check.stderr
        if "Traceback" in said:
            return Outcome(False, "traceback from the check")
        if check.returncode != 0:
            if named_with_a_line(check.stdout, variant.file):
                return Outcome(True, "refused by the check")
            return Outcome(False, f"refused without naming {variant.file} and a line: {said!r}")
        if variant.expect == "refused":
            return Outcome(False, "accepted by the check")
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


def run_all(root: Path) -> dict[str, Outcome]:
    todo = variants()
    with ThreadPoolExecutor(WORKERS) as pool:
        results = pool.map(lambda v: run_variant(root, v), todo)
        return {v.name: outcome for v, outcome in zip(todo, results, strict=True)}


@pytest.fixture(scope="module")
def outcomes() -> dict[str, Outcome]:
    return run_all(Path(os.environ.get("BLIND_ROOT", HERE.parent)))


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
    results = run_all(root)
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
