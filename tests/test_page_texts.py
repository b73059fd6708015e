"""The pages' own texts live in content/pages.yaml, checked like the rest of the content."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, soup
from dialogtool.labels import LABELS
from dialogtool.pages import load_pages
from dialogtool.problems import ContentError
from test_content_errors import edit, only

PAGES = "content/pages.yaml"


def test_the_texts_are_content_not_code(content) -> None:
    assert set(content.pages) == {"anbefalinger", "eksempler", "moedeark"}
    assert all(page.intro.da and page.intro.en for page in content.pages.values())
    moved = {"recommendations_intro", "examples_intro", "handout_intro"}
    leftovers = [key for words in LABELS.values() for key in words if key in moved]
    assert not leftovers, f"page texts still in labels.py: {leftovers}"


@pytest.mark.parametrize(
    ("page", "lang", "path"),
    [
        ("anbefalinger", "da", "anbefalinger/index.html"),
        ("anbefalinger", "en", "en/anbefalinger/index.html"),
        ("eksempler", "en", "en/eksempler/index.html"),
        ("moedeark", "da", "moedeark/index.html"),
    ],
)
def test_the_pages_show_their_text(site: Path, content, page: str, lang: str, path: str) -> None:
    text, actual = content.pages[page].intro.pick(lang)
    assert actual == lang
    article = " ".join(soup(site / path).select_one("article").get_text(" ").split())
    assert " ".join(text.split()) in article


def test_a_missing_text_is_reported_with_file_line_and_column(project: Path) -> None:
    line = edit(project, PAGES, "eksempler:\n  intro: >-", "eksempler:\n  intr: >-")
    found = sorted(str(p) for p in _problems(project))
    assert found == [
        f"{PAGES}:{line}:1: Siden 'eksempler' mangler feltet 'intro'.",
        f"{PAGES}:{line + 1}:3: Siden 'eksempler' har et ukendt felt 'intr'. Tjek stavningen; "
        "tilladte felter er: intro, intro_en.",
    ]


def test_text_that_is_not_text_is_refused(project: Path) -> None:
    line = edit(project, PAGES, "moedeark:\n  intro: >-", "moedeark:\n  intro: 42\n  x: >-")
    assert line
    problems = {p.message for p in _problems(project)}
    message = "Feltet 'intro' i siden 'moedeark' skal være tekst, men er et tal (42)."
    assert any(m.startswith(message) for m in problems), problems


def test_a_missing_file_is_named(project: Path) -> None:
    (project / PAGES).unlink()
    problem = only(project)
    assert problem.path == PAGES
    assert problem.message.startswith("Filen findes ikke")


def _problems(project: Path):
    with pytest.raises(ContentError) as caught:
        load_pages(project / "content", project)
    return caught.value.problems


def test_an_independent_validator_and_editors_know_the_schema() -> None:
    from test_check import CHECK_JSONSCHEMA

    pages = ROOT / PAGES
    assert pages.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../schemas/pages.schema.json"
    )
    result = subprocess.run(
        [CHECK_JSONSCHEMA, "--schemafile", str(ROOT / "schemas/pages.schema.json"), str(pages)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
