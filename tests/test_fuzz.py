"""Property tests: any mutation of the real content is published whole or refused cleanly.

Hypothesis mutates copies of `content/` in many ways (lines deleted or duplicated, values
replaced by wrong types, YAML specials, odd Unicode or very long texts, files cut short),
and with the classes of content integrity: invisible and bidirectional characters, merge
conflict markers, deep nesting, file names that would take an existing page, and internal
links (live and dead) in prose.
Either the check passes and every question, recommendation and example is on the site,
or it fails with `path:line:column: message` lines and no traceback, within a time bound.

`make test` runs the short profile; `make fuzz` runs the long one (HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conftest import MKDOCS, ROOT, copy_project, dead_internal_links
from dialogtool import check
from dialogtool.load import load_content
from dialogtool.render import render_site

settings.register_profile(
    "short",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("fuzz", parent=settings.get_profile("short"), max_examples=1500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "short"))
BUILDS = {"short": 3, "fuzz": 60}.get(os.environ.get("HYPOTHESIS_PROFILE", "short"), 3)

TIME_BOUND = 10  # seconds for one check; the alias bomb ran past 120 before it was refused
BUILD_TIME_BOUND = 120
MESSAGE_LINE = re.compile(r"^content/[\w./-]+:\d+:\d+: \S")
CONTENT_FILES = sorted(
    p.relative_to(ROOT).as_posix()
    for p in (ROOT / "content").rglob("*")
    if p.is_file() and p.suffix in (".yaml", ".md") and p.name != "example-template.md"
)
YAML_SPECIALS = [
    "",
    "~",
    "null",
    "true",
    "false",
    "yes",
    "no",
    "0",
    "-1",
    "1e9",
    ".nan",
    "0x1F",
    "[]",
    "{}",
    "[a, b]",
    "{a: 1}",
    "&a x",
    "*a",
    "<<: {a: 1}",
    "!!python/object/apply:os.system [ls]",
    "!!binary aGVq",
    "'",
    '"',
    "'uafsluttet",
    '"uafsluttet',
    "|",
    ">-",
    "- punkt",
    "? nøgle",
    ": kolon",
    "tekst: med kolon",
    "tekst #kommentar",
    "#",
    "%YAML 1.1",
    "---",
    "...",
    "@",
    "`",
    "{{ jinja }}",
    "{% raw %}",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![billede](x.png)",
    "# Overskrift",
    "| a | b |\n| - | - |",
]
ODD_CHARACTERS = [
    "\u202e",
    "\u200b",
    "\ufeff",
    "\x00",
    "\x07",
    "\x85",
    "\u2028",
    "\u2029",
    "e\u0301",
    "\U0001f469\u200d\U0001f469\u200d\U0001f467",
    "\t",
    "\r",
    "\r\n",
    "\\",
    "ÿ",
    "ǅ",
    "ﬁ",
    "İ",
    "ß",
    "\U00010348",
    "\ue000",
    "\u200c",
    "\u2066",
    "\u00ad",
    "\u061c",
    "\U000e0001",
    "a\u030a",
]
CONFLICT_MARKERS = ["<<<<<<< HEAD", "=======", ">>>>>>> main", "||||||| base"]
# Names whose page the site already has, and a few that are free.
PAGE_NAMES = ["index", "om-vaerktoejet", "anbefalinger", "eksempler", "moedeark", "en",
              "assets", "search", "pagefind", "pdf", "fonts", "nyt-eksempel"]
LINK_TARGETS = [
    "../findes-ikke/", "findes-ikke.md", "#findes-ikke", "../../sundhed/#findes-ikke",
    "../../sundhed/#sundhed-faelles-maal", "../../anbefalinger/", "../bydelsmoedre/",
    "/findes-ikke/", "//eksempel.dk/x", "java&#115;cript:alert(1)", "../../moedeark/#tema=x",
    "https://eksempel.dk/", "mailto:a@b.dk", "#", "?x=1", "../../en/sundhed/",
]

links = st.builds(lambda target: f"[et link]({target})", st.sampled_from(LINK_TARGETS))
texts = st.one_of(
    st.sampled_from(YAML_SPECIALS),
    links,
    st.integers(1, 1500).map(lambda n: "[" * n + "x" + "]" * n),
    st.lists(st.sampled_from(ODD_CHARACTERS + list("aæøå ,.:#-'\"")), max_size=30).map("".join),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    st.integers(1, 8000).map(lambda n: "ord " * n),
)


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, str, bytes]:
    """(file, kind of mutation, the file's new content) for one random change."""
    name = draw(st.sampled_from(CONTENT_FILES))
    text = (ROOT / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    n = draw(st.integers(0, len(lines) - 1))
    kind = draw(
        st.sampled_from(
            [
                "delete",
                "duplicate",
                "value",
                "insert",
                "splice",
                "truncate",
                "indent",
                "swap",
                "latin-1",
                "conflict",
                "nesting",
                "rename",
            ]
        )
    )
    line = lines[n]
    if kind == "delete":
        del lines[n]
    elif kind == "duplicate":
        lines.insert(n, line)
    elif kind == "value":
        key, sep, _ = line.partition(": ")
        lines[n] = f"{key}{sep or ': '}{draw(texts)}"
    elif kind == "insert":
        indent = line[: len(line) - len(line.lstrip())]
        lines.insert(n, indent + draw(texts))
    elif kind == "splice":
        at = draw(st.integers(0, len(line)))
        lines[n] = line[:at] + draw(texts) + line[at + draw(st.integers(0, 5)) :]
    elif kind == "truncate":
        return name, kind, text[: draw(st.integers(0, len(text)))].encode()
    elif kind == "latin-1":
        return name, kind, text.encode("latin-1", errors="replace")
    elif kind == "conflict":
        lines.insert(n, draw(st.sampled_from(CONFLICT_MARKERS)))
    elif kind == "nesting":
        depth = draw(st.integers(1, 1500))
        key, sep, _ = line.partition(": ")
        lines[n] = f"{key}{sep or ': '}" + "[" * depth + "]" * depth
    elif kind == "rename":  # the file moves to a name that may take an existing page
        example = (ROOT / "content/examples/bydelsmoedre.md").read_bytes()
        return f"content/examples/{draw(st.sampled_from(PAGE_NAMES))}.md", kind, example
    elif kind == "indent":
        lines[n] = " " * draw(st.integers(0, 9)) + line.lstrip()
    else:
        m = draw(st.integers(0, len(lines) - 1))
        lines[n], lines[m] = lines[m], lines[n]
    return name, kind, "\n".join(lines).encode()


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: the bound a contributor's check must keep."""

    def stop(*_: object) -> None:
        raise TimeoutError(f"Kontrollen brugte mere end {seconds} s.")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _run_check(project: Path, *options: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with time_limit(TIME_BOUND), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = check.main(["--root", str(project), *options])
    return code, out.getvalue()


def assert_refused_cleanly(code: int, stdout: str) -> None:
    assert code == 1
    lines = stdout.splitlines()
    assert lines, "a failing check must say what is wrong"
    bad = [line for line in lines if not MESSAGE_LINE.match(line)]
    assert not bad, bad


@given(mutations())
def test_a_mutated_content_is_published_whole_or_refused_with_its_place(
    mutation: tuple[str, str, str],
) -> None:
    name, kind, data = mutation
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        shutil.copytree(ROOT / "content", project / "content")
        (project / name).write_bytes(data)
        code, stdout = _run_check(project)
        event(f"{kind}: {'refused' if code else 'published'}")
        if code != 0:
            assert_refused_cleanly(code, stdout)
            return
        content = load_content(project / "content", project)
        for lang in ("da", "en"):
            pages = {page.uri: page.markdown for page in render_site(content, lang)}
            for theme in content.themes:
                for question in theme.questions:
                    assert question.id in pages[f"{theme.id}/index.md"]
            for recommendation in content.recommendations:
                assert recommendation.id in pages["anbefalinger/index.md"]
            for example in content.examples:
                assert f"eksempler/{example.slug}.md" in pages


@settings(max_examples=BUILDS)
@given(mutations())
def test_a_mutated_content_builds_whole_or_stops_the_build_with_its_place(
    mutation: tuple[str, str, str],
) -> None:
    name, kind, data = mutation
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        (project / name).write_bytes(data)
        code, stdout = _run_check(project, "--no-spelling")  # the build checks no spelling
        try:
            result = subprocess.run(
                [
                    MKDOCS,
                    "build",
                    "--strict",
                    "-f",
                    str(project / "mkdocs.yml"),
                    "-d",
                    str(Path(tmp) / "site"),
                ],
                capture_output=True,
                text=True,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                timeout=BUILD_TIME_BOUND,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise AssertionError(f"Bygget brugte mere end {BUILD_TIME_BOUND} s.") from error
        output = result.stdout + result.stderr
        event(f"{kind}: {'refused' if code else 'published'}")
        assert "Traceback" not in output
        if code != 0:
            assert_refused_cleanly(code, stdout)
            assert result.returncode != 0
            assert stdout.splitlines()[0] in output
            return
        assert result.returncode == 0, output
        content = load_content(project / "content", project)
        site = Path(tmp) / "site"
        for prefix in ("", "en/"):
            for theme in content.themes:
                html = (site / prefix / theme.id / "index.html").read_text(encoding="utf-8")
                assert all(f'id="{q.id}"' in html for q in theme.questions)
            for example in content.examples:
                assert (site / prefix / "eksempler" / example.slug / "index.html").exists()
            html = (site / prefix / "anbefalinger" / "index.html").read_text(encoding="utf-8")
            assert all(f'id="{r.id}"' in html for r in content.recommendations)
        assert not dead_internal_links(site)
