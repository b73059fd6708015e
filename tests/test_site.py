"""The real built site: pages, ids, nav, search index, language and third-party requests."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, soup


def test_strict_build_has_no_warnings(build) -> None:
    assert build.returncode == 0, build.stderr
    output = build.stdout + build.stderr
    assert "WARNING" not in output
    assert "MkDocs 2.0" not in output, "NO_MKDOCS_2_WARNING should keep the output clean"


@pytest.mark.parametrize("theme_id", ["sundhed", "beskaeftigelse"])
def test_theme_page_has_every_question_in_order_with_ids_and_permalinks(
    site: Path, content, theme_id: str
) -> None:
    theme = content.theme(theme_id)
    page = soup(site / theme_id / "index.html")
    article = page.select_one("article")
    ids_in_page = [h["id"] for h in article.select(".dq-question h3[id]")]
    assert ids_in_page == [q.id for q in theme.questions]
    for q in theme.questions:
        heading = article.find(id=q.id)
        assert q.text.da in heading.get_text(" ", strip=True)
        assert heading.get_text().startswith(q.number + " ")
        assert heading.select_one(f'a.headerlink[href="#{q.id}"]') is not None
        block_text = heading.find_parent(class_="dq-question").get_text(" ", strip=True)
        for followup in q.followups:
            assert followup.da in block_text
    for rec in theme.recommendations:
        heading = article.find(id=rec.id)
        assert heading is not None and rec.title.da in heading.get_text()
        assert heading.select_one("a.headerlink") is not None
    topics = [h.get_text(" ", strip=True) for h in article.select("h2")]
    for topic in theme.topics:
        assert any(t.startswith(f"{topic.number} {topic.title.da}") for t in topics)


@pytest.mark.parametrize("theme_id", ["sundhed", "beskaeftigelse"])
def test_theme_page_links_to_its_examples(site: Path, content, theme_id: str) -> None:
    theme = content.theme(theme_id)
    article = soup(site / theme_id / "index.html").select_one("article")
    hrefs = {a["href"] for a in article.select("a[href]")}
    assert theme.examples
    for example in theme.examples:
        assert f"../eksempler/{example.slug}/" in hrefs


def test_every_example_has_a_page_and_is_in_the_overview(site: Path, content) -> None:
    overview = soup(site / "eksempler" / "index.html").select_one("article")
    overview_links = {a["href"] for a in overview.select("a[href]")}
    assert len(content.examples) >= 8
    for example in content.examples:
        page = soup(site / "eksempler" / example.slug / "index.html")
        assert page.select_one("article h1").get_text(strip=True).startswith(example.title.da)
        assert f"{example.slug}/" in overview_links
        first_words = " ".join(example.body.da.split()[:6])
        assert first_words in " ".join(page.select_one("article").get_text(" ").split())


def test_every_recommendation_is_published(site: Path, content) -> None:
    page = soup(site / "anbefalinger" / "index.html")
    assert len(content.recommendations) >= 7
    for rec in content.recommendations:
        assert page.find(id=rec.id) is not None


def test_nav_lists_themes_examples_and_docs(site: Path, content) -> None:
    nav = soup(site / "index.html").select_one("nav.md-nav--primary")
    hrefs = {a["href"].rstrip("/") for a in nav.select("a[href]")}
    expected = [t.id for t in content.themes] + [f"eksempler/{e.slug}" for e in content.examples]
    expected += ["anbefalinger", "moedeark", "saadan-bruger-du-vaerktoejet", "om-vaerktoejet"]
    for target in expected:
        assert target in hrefs, target


def test_search_index_is_pagefind_per_language_and_material_search_is_gone(site: Path) -> None:
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert set(entry["languages"]) == {"da", "en"}
    assert all(lang["page_count"] >= 60 for lang in entry["languages"].values())
    assert not (site / "search" / "search_index.json").exists()
    for page in (site / "index.html", site / "en" / "sundhed" / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert "lunr" not in html and 'name="search"' not in html
        assert 'data-md-component="search"' not in html
        assert html.count("dq-search__input") == 1


def test_search_words_hold_the_question_words_and_their_danish_forms(site: Path) -> None:
    words = json.loads((site / "pagefind" / "dq-words.da.json").read_text(encoding="utf-8"))
    vocab = set(words["words"])
    assert {"jobcentret", "jobcenter", "bestyrelse", "arbejdsløse", "gdpr"} <= vocab
    assert ["Sundhed", "/sundhed/"] in words["suggest"]


def test_pages_are_danish_and_english_under_en(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    english = [p for p in pages if p.relative_to(site).parts[0] == "en"]
    assert len(english) >= 10
    for page in pages:
        assert soup(page).html["lang"] == ("en" if page in english else "da"), page


def test_heading_anchors_keep_danish_letters(site: Path) -> None:
    ids = [h["id"] for h in soup(site / "sundhed" / "index.html").select("h2[id]")]
    assert any("fælles-mål" in i for i in ids), ids


def test_no_third_party_urls_are_loaded(site: Path) -> None:
    for page in site.rglob("*.html"):
        html = soup(page)
        urls = [el["src"] for el in html.select("[src]")]
        urls += [el["href"] for el in html.select("link[href]") if el.get("rel") != ["canonical"]]
        for url in urls:
            assert not urlsplit(url).netloc, f"{page}: {url}"
        text = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
        assert html.select_one(".md-source") is None, "repo_url makes Material call GitHub's API"


def test_no_generated_file_is_written_into_docs(build) -> None:
    docs = Path(__file__).resolve().parents[1] / "docs"
    assert not (docs / "sundhed").exists() and not (docs / "eksempler").exists()


def test_edit_links_open_the_content_files(site: Path) -> None:
    def edit_href(path: str) -> str:
        return soup(site / path).select_one('a[rel="edit"]')["href"]

    assert edit_href("sundhed/index.html").endswith("/edit/main/content/questions.yaml")
    assert edit_href("eksempler/bydelsmoedre/index.html").endswith(
        "/edit/main/content/examples/bydelsmoedre.md"
    )
    assert edit_href("om-vaerktoejet/index.html").endswith("/edit/main/docs/om-vaerktoejet.md")
    assert re.match(r"https://github\.com/[^/]+/[^/]+/edit/", edit_href("index.html"))


def test_handout_lists_every_question_without_javascript(site: Path, content) -> None:
    form = soup(site / "moedeark" / "index.html").select_one("form#dq-handout")
    boxes = form.select('input[type="checkbox"][name="q"]')
    assert [b["value"] for b in boxes] == [q.id for t in content.themes for q in t.questions]
    for box in boxes:
        label = form.select_one(f'label[for="{box["id"]}"]')
        question = content.question_index[box["value"]][1]
        assert label.get_text() == f"{question.number} {question.text.da}"  # as theme pages
    assert form.get("method") is None  # the choice goes in the fragment, never the query


def test_theme_pages_link_to_pdfs_only_when_they_exist(site: Path) -> None:
    for theme_id in ("sundhed", "beskaeftigelse"):
        links = soup(site / theme_id / "index.html").select("a[data-pdf]")
        exists = (ROOT / "build" / "pdf" / f"{theme_id}.pdf").exists()
        assert bool(links) == exists
        assert exists == (site / "pdf" / f"{theme_id}.pdf").exists()


def test_footer_links_to_the_accessibility_statement(site: Path) -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    statement = re.search(r"accessibility_statement: (\S+)", config).group(1)
    for page in ("index.html", "en/index.html", "sundhed/index.html"):
        footer = soup(site / page).select_one("footer")
        assert footer.select_one(f'a[href="{statement}"]') is not None


def test_the_404_page_is_the_danish_one(site: Path) -> None:
    page = soup(site / "404.html")
    assert page.html["lang"] == "da"
    assert not (site / "en" / "404.html").exists()
