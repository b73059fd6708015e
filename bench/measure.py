"""Measurements for bench/run.py: builds in child processes, page weight, `mkdocs serve` rebuild.

Nothing here imports MkDocs or the project's hooks: every build runs in a fresh child
process, so its wall time and peak RSS (from os.wait4) are the build's alone.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
PROJECT_PARTS = ("content", "docs", "hooks", "schemas", "overrides", "mkdocs.yml")
MKDOCS = str(Path(sys.executable).with_name("mkdocs"))
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}


def copy_project(dest: Path, source: Path | None = None) -> Path:
    """The parts of the project a build needs, without caches (default: from ROOT)."""
    source = source or ROOT
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = source / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


# Builds


@dataclass
class BuildRun:
    wall_s: float
    cpu_s: float  # user + system time of the build process
    max_rss_mb: float
    returncode: int
    strict: bool
    log_tail: str = ""


def build(project: Path, site: Path, strict: bool = True, log: Path | None = None) -> BuildRun:
    """One `mkdocs build` in a fresh child; peak RSS is that child's own (os.wait4)."""
    cmd = [MKDOCS, "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    if not strict:
        cmd.append("--no-strict")  # else the config's own `strict:` applies
    log = log or project / "build.log"
    with log.open("w", encoding="utf-8") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=ENV, cwd=project)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:])
    cpu = usage.ru_utime + usage.ru_stime
    return BuildRun(wall, cpu, usage.ru_maxrss / 1024, proc.returncode, strict, tail)


def build_checked(project: Path, site: Path, strict: bool) -> BuildRun:
    """A build that must succeed: strict as configured, or once more without --strict."""
    run = build(project, site, strict)
    if run.returncode != 0 and strict:
        print(f"    strict build of {project.name} failed, retrying without --strict:\n"
              f"{run.log_tail}", file=sys.stderr)
        run = build(project, site, strict=False)
    if run.returncode != 0:
        raise SystemExit(f"bench: build of {project} failed:\n{run.log_tail}")
    return run


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def count_pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html"))


def prepare_baseline(hook_project: Path, baseline_project: Path) -> dict:
    """Run bench/baseline.py in a child: write the hook's pages as real files, time our layer."""
    out = subprocess.run(
        [sys.executable, str(BENCH / "baseline.py"), str(hook_project), str(baseline_project)],
        capture_output=True, text=True, env=ENV, check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"bench: preparing the baseline failed:\n{out.stderr}")
    return json.loads(out.stdout)


def summary(runs: list[BuildRun]) -> dict:
    walls = [r.wall_s for r in runs]
    return {
        "median_s": statistics.median(walls),
        "min_s": min(walls),
        "max_s": max(walls),
        "runs_s": walls,
        "cpu_median_s": statistics.median(r.cpu_s for r in runs),
        "peak_rss_mb": max(r.max_rss_mb for r in runs),
        "strict": all(r.strict for r in runs),
    }


# Page weight


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []
        self.config: str | None = None
        self._in_config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        rel = a.get("rel", "").lower().split()
        if tag == "link" and "stylesheet" in rel and a.get("href"):
            self.found.append(("css", a["href"]))
        elif tag == "link" and ("icon" in rel or "preload" in rel) and a.get("href"):
            self.found.append(("other", a["href"]))
        elif tag == "script" and a.get("src"):
            self.found.append(("js", a["src"]))
        elif tag == "script" and a.get("id") == "__config":
            self._in_config = True

    def handle_data(self, data: str) -> None:
        if self._in_config:
            self.config = (self.config or "") + data

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_config = False


@dataclass
class Asset:
    kind: str
    url: str
    raw: int
    gzip: int
    note: str = ""


def _weigh(site: Path, url_path: str, kind: str, note: str = "") -> Asset:
    rel = url_path.lstrip("/")
    file = site / rel
    if url_path.endswith("/") or file.is_dir():
        file = file / "index.html"
    if not file.is_file():
        return Asset(kind, url_path, 0, 0, "MISSING")
    data = file.read_bytes()
    return Asset(kind, url_path, len(data), len(gzip.compress(data, 9, mtime=0)), note)


def page_weight(site: Path, page: str) -> dict:
    """Bytes a browser fetches for `page` ('/', '/sundhed/'): eager assets, Material's lazy ones."""
    base = "http://site" + page
    html_asset = _weigh(site, page, "html")
    parser = _Assets()
    parser.feed((site / page.lstrip("/") / "index.html").read_text(encoding="utf-8"))
    eager, other, external = [html_asset], [], []
    seen = set()
    for kind, href in parser.found:
        url = urlsplit(urljoin(base, href))
        if url.netloc != "site":
            external.append(href)
            continue
        if url.path in seen:
            continue
        seen.add(url.path)
        asset = _weigh(site, url.path, kind)
        (eager if kind in ("css", "js") else other).append(asset)
    lazy = []
    # Search (Pagefind) is fetched only when the box is first used, by docs/javascripts/
    # search.js with import(); what the first query really costs is measured in Chromium
    # by bench/search.py. Listed here: the engine and our word list.
    root = urljoin(base, "/")
    for rel, note in (("pagefind/pagefind.js", "search engine, import() on first use of the box"),
                      ("pagefind/dq-words.da.json", "search word list, on first use of the box")):
        path = urlsplit(urljoin(root, rel)).path
        if (site / path.lstrip("/")).is_file():
            lazy.append(_weigh(site, path, "js" if rel.endswith(".js") else "json", note))
    return {
        "page": page,
        "eager": [asdict(a) for a in eager],
        "eager_raw": sum(a.raw for a in eager),
        "eager_gzip": sum(a.gzip for a in eager),
        "other": [asdict(a) for a in other],
        "lazy": [asdict(a) for a in lazy],
        "lazy_raw": sum(a.raw for a in lazy),
        "lazy_gzip": sum(a.gzip for a in lazy),
        "external": external,
    }


def search_index_bytes(site: Path) -> int:
    """Bytes of the search index on disk (Pagefind's directory, all languages)."""
    return dir_size(site / "pagefind") if (site / "pagefind").is_dir() else 0


# mkdocs serve rebuild


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 5) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError, TimeoutError):
        return None


_QUESTION_TEXT = re.compile(r"^(\s+)text: (.+)$")


def _sundhed_question_line(lines: list[str]) -> int:
    """Index of the first question text of the theme `sundhed` in questions.yaml."""
    in_theme = in_questions = False
    for i, line in enumerate(lines):
        if re.match(r"^\s*- id: sundhed\s*$", line):
            in_theme = True
        elif in_theme and re.match(r"^\s*- id: ", line) and not in_questions:
            continue
        elif in_theme and re.match(r"^\s+questions:\s*$", line):
            in_questions = True
        elif in_questions and _QUESTION_TEXT.match(line) and not re.search(r": [>|]", line):
            return i
    raise SystemExit("bench: found no question text of the theme 'sundhed' in questions.yaml")


@dataclass
class RebuildResult:
    times_s: list[float] = field(default_factory=list)
    startup_s: float = 0.0
    timeouts: int = 0
    port: int = 0

    @property
    def median_s(self) -> float | None:
        return statistics.median(self.times_s) if self.times_s else None


def serve_rebuild(project: Path, repeats: int = 5, timeout: float = 30.0) -> RebuildResult:
    """Time from editing questions.yaml until /sundhed/ served by `mkdocs serve` shows the edit."""
    port = free_port()
    result = RebuildResult(port=port)
    questions = project / "content" / "questions.yaml"
    lines = questions.read_text(encoding="utf-8").splitlines(keepends=True)
    target = _sundhed_question_line(lines)
    indent, original = _QUESTION_TEXT.match(lines[target].rstrip("\n")).groups()
    url = f"http://127.0.0.1:{port}/sundhed/"
    log = (project / "serve.log").open("w", encoding="utf-8")
    cmd = [MKDOCS, "serve", "-f", str(project / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"]
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=log, stderr=subprocess.STDOUT, env=ENV, cwd=project, start_new_session=True
    )
    try:
        while (html := _get(url)) is None or original.split()[0] not in html:
            if proc.poll() is not None:
                log_text = (project / "serve.log").read_text(encoding="utf-8")
                raise SystemExit("bench: mkdocs serve exited:\n" + log_text)
            if time.perf_counter() - start > 180:
                raise SystemExit("bench: mkdocs serve did not start within 180 s")
            time.sleep(0.1)
        result.startup_s = time.perf_counter() - start
        time.sleep(1.0)  # let the watcher settle after the first build
        for i in range(repeats):
            word = f"benchord{chr(97 + i)}{os.getpid() % 1000}x{int(time.time()) % 10000}"
            words = original.split()
            words[-1] = word + "?"
            changed = lines.copy()
            changed[target] = f"{indent}text: {' '.join(words)}\n"
            t0 = time.perf_counter()
            questions.write_text("".join(changed), encoding="utf-8")
            while True:
                html = _get(url, timeout=timeout)
                elapsed = time.perf_counter() - t0
                if html is not None and word in html:
                    result.times_s.append(elapsed)
                    break
                if elapsed > timeout:
                    result.timeouts += 1
                    break
                time.sleep(0.05)
            time.sleep(1.0)
    finally:
        _stop(proc)
        log.close()
        questions.write_text("".join(lines), encoding="utf-8")
    return result


def _stop(proc: subprocess.Popen) -> None:
    """End the server we started (its own session, so its id is its process group)."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass
