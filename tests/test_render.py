"""Rendering content to Markdown pages, without MkDocs."""

from __future__ import annotations

from dialogtool.model import Text
from dialogtool.render import inline, prose, render_site


def test_one_page_per_theme_example_and_overview(content) -> None:
    uris = {page.uri for page in render_site(content)}
    assert {"sundhed/index.md", "beskaeftigelse/index.md", "eksempler/index.md"} <= uris
    assert {f"eksempler/{e.slug}.md" for e in content.examples} <= uris
    assert "moedeark/index.md" in uris and "anbefalinger/index.md" in uris


def test_pages_know_their_source_for_edit_links(content) -> None:
    pages = {page.uri: page for page in render_site(content)}
    assert pages["sundhed/index.md"].source_path == "content/questions.yaml"
    assert pages["sundhed/index.md"].source_line == content.theme("sundhed").source.line
    assert pages["eksempler/bydelsmoedre.md"].source_path == "content/examples/bydelsmoedre.md"


def test_question_headings_carry_number_and_id(content) -> None:
    page = next(p for p in render_site(content) if p.uri == "sundhed/index.md")
    first = content.theme("sundhed").questions[0]
    assert '<span class="dq-num">1.1</span> ' in page.markdown
    assert f"{{ #{first.id} }}" in page.markdown


def test_missing_translation_falls_back_to_danish_marked_as_such() -> None:
    assert inline(Text("Hvordan?"), "en") == '<span lang="da">Hvordan?</span>'
    assert inline(Text("Hvordan?", "How?"), "en") == "How?"
    assert inline(Text("Hvordan?", "How?"), "da") == "Hvordan?"
    block = prose(Text("Tekst"), "en")
    assert 'lang="da"' in block and "available in Danish only" in block


def test_english_pages_use_english_labels(content) -> None:
    page = next(p for p in render_site(content, "en") if p.uri == "sundhed/index.md")
    assert "## Recommendations" in page.markdown
    assert "## Anbefalinger" not in page.markdown
