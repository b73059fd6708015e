"""The English edition, untranslated fallbacks, page dates and owner, and example filters."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest

from conftest import ROOT, soup
from test_content_errors import edit

PAGES = ["", "sundhed/", "eksempler/", "eksempler/bydelsmoedre/", "moedeark/", "om-vaerktoejet/"]


@pytest.mark.parametrize("path", PAGES)
def test_each_page_has_an_english_twin_and_the_switcher_links_both_ways(
    site: Path, path: str
) -> None:
    danish = soup(site / path / "index.html")
    english = soup(site / "en" / path / "index.html")
    assert danish.html["lang"] == "da" and english.html["lang"] == "en"
    base = "http://site/"
    da_links = {
        a["hreflang"]: urljoin(base + path, a["href"]) for a in danish.select("a[hreflang]")
    }
    en_links = {
        a["hreflang"]: urljoin(f"{base}en/{path}", a["href"]) for a in english.select("a[hreflang]")
    }
    assert da_links == {"da": base + path, "en": f"{base}en/{path}"}
    assert en_links == da_links


def test_english_theme_page_is_in_english(site: Path, content) -> None:
    page = soup(site / "en" / "sundhed" / "index.html").select_one("article")
    theme = content.theme("sundhed")
    assert page.h1.get_text().startswith(theme.title.en)
    assert theme.questions[0].text.en in page.get_text(" ")
    assert "Recommendations" in page.get_text()


def test_translated_example_body_is_english(site: Path, content) -> None:
    example = next(e for e in content.examples if e.body.translated)
    article = soup(site / "en" / "eksempler" / example.slug / "index.html").select_one("article")
    assert article.select_one('.dq-prose[lang="en"]') is not None
    assert not article.select('[lang="da"]')


def test_untranslated_texts_are_shown_in_danish_marked_and_listed(
    project: Path, tmp_path: Path, content
) -> None:
    from conftest import build_site

    example = content.examples[0]
    (project / "content" / "examples" / f"{example.slug}.en.md").unlink()
    edit(
        project,
        "content/questions.yaml",
        "            text_en: What shared goals do we have for the residents' health in the "
        "housing area?\n",
        "",
    )
    assert build_site(project, tmp_path / "site").returncode == 0
    heading = soup(tmp_path / "site/en/sundhed/index.html").find(id="sundhed-faelles-maal")
    span = heading.select_one('span[lang="da"]')
    assert span.get_text() == "Hvilke fælles mål har vi for beboernes sundhed i boligområdet?"
    page = tmp_path / "site" / "en" / "eksempler" / example.slug / "index.html"
    fallback = soup(page).select_one('article .dq-prose[lang="da"]')
    assert "available in Danish only" in fallback.get_text()
    assert " ".join(example.body.da.split()[:5]) in " ".join(fallback.get_text().split())
    result = subprocess.run(
        [sys.executable, "-m", "dialogtool.i18n_status", "--root", str(project)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "hooks")},
        check=True,
    )
    assert "spørgsmål 'sundhed-faelles-maal': text mangler engelsk" in result.stdout
    assert f"eksempel '{example.slug}': beskrivelse" in result.stdout


def test_every_page_shows_dates_and_owner(site: Path) -> None:
    for page in site.rglob("*.html"):
        if page.name == "404.html":
            continue
        info = soup(page).select_one(".dq-page-info")
        assert info is not None, page
        text = " ".join(info.get_text(" ").split())
        if page.relative_to(site).parts[0] == "en":
            assert re.search(r"Created: \d{1,2} [A-Z][a-z]+ \d{4} \| Last updated: \d", text), page
            assert "Page owner: KL and BL" in text
        else:
            assert re.search(r"Oprettet: \d\d\.\d\d\.\d{4} \| Sidst opdateret: \d\d\.", text), page
            assert "Sideansvarlig: KL og BL" in text


def test_dates_fall_back_to_the_build_date_outside_git(project: Path, tmp_path: Path) -> None:
    from conftest import build_site

    assert not (project / ".git").exists()
    env_free = build_site(project, tmp_path / "site")
    assert env_free.returncode == 0, env_free.stderr
    info = soup(tmp_path / "site/sundhed/index.html").select_one(".dq-page-info").get_text()
    assert "(byggedato)" in info


@pytest.mark.browser
def test_example_filters_find_employment_examples_for_young_people(
    page, server: str, content
) -> None:
    expected = sorted(
        e.title.da
        for e in content.examples
        if "beskaeftigelse" in e.themes and "unge" in e.target_groups
    )
    assert len(expected) >= 2
    page.goto(f"{server}/beskaeftigelse/")
    page.click(".dq-group-links a:text-is('unge')")
    page.wait_for_url("**/eksempler/**")
    page.wait_for_selector(".dq-filter:not([hidden]) .dq-filter-status:not(:empty)")
    titles = page.eval_on_selector_all(
        ".dq-example-card:not([hidden]) h3 a:not(.headerlink)",
        "els => els.map(e => e.textContent.trim())",
    )
    assert sorted(titles) == expected
    assert page.input_value("#dq-f-maalgruppe") == "unge"
    page.select_option("#dq-f-tema", "")
    assert "tema=" not in page.url and "maalgruppe=unge" in page.url
    shown = page.eval_on_selector_all(".dq-example-card:not([hidden])", "els => els.length")
    assert shown == sum("unge" in e.target_groups for e in content.examples)
