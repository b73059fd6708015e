"""Order on the built site: numbered things by number, unordered lists alphabetically in the
reader's language (Danish: a-z, then æ, ø, å; English: a-z, accents ignored)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, soup
from dialogtool.collation import sort_key

DANISH_ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå"
PREFIXES = {"da": "", "en": "en/"}


def alphabetical(texts: list[str], lang: str) -> bool:
    """Checked letter by letter against the alphabet itself, not with the site's own key."""
    alphabet = DANISH_ALPHABET if lang == "da" else DANISH_ALPHABET[:26]

    def key(text: str) -> list[int]:
        return [alphabet.index(c) for c in text.casefold() if c in alphabet]

    return [key(t) for t in texts] == sorted(key(t) for t in texts)


def test_the_content_lists_recommendations_out_of_order_somewhere() -> None:
    """What the next test guards against is really in the content file."""
    data = yaml.safe_load((ROOT / "content/questions.yaml").read_text(encoding="utf-8"))
    number = {r["id"]: n for n, r in enumerate(data["recommendations"], start=1)}
    listed = [
        [number[r] for r in q["recommendations"]]
        for theme in data["themes"]
        for topic in theme["topics"]
        for q in topic["questions"]
    ]
    assert any(numbers != sorted(numbers) for numbers in listed)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_question_s_recommendations_are_in_number_order(site: Path, content, lang: str) -> None:
    for theme in content.themes:
        html = soup(site / PREFIXES[lang] / theme.id / "index.html")
        for block in html.select(".dq-question"):
            numbers = [
                int(re.search(r"(\d+):", a.get_text()).group(1))
                for a in block.select(".dq-serves a")
            ]
            assert numbers == sorted(numbers), block.h3.get_text(" ", strip=True)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_examples_are_listed_alphabetically_in_the_page_s_language(
    site: Path, content, lang: str
) -> None:
    prefix = PREFIXES[lang]
    overview = soup(site / prefix / "eksempler" / "index.html")
    titles = overview.select(".dq-example-card h3 a:not(.headerlink)")
    cards = [a.get_text(strip=True) for a in titles]
    assert sorted(cards) == sorted(e.title.pick(lang)[0] for e in content.examples)
    assert alphabetical(cards, lang), cards
    nav = [
        a.get_text(strip=True)
        for a in overview.select(".md-nav--primary a.md-nav__link[href$='/']")
        if a.get_text(strip=True) in cards
    ]
    assert nav == cards, "the menu lists the examples in the same order"
    for theme in content.themes:
        page = soup(site / prefix / theme.id / "index.html")
        listed = [a.get_text(strip=True) for a in page.select("#eksempler + ul > li > a")]
        assert len(listed) == len(theme.examples) > 1
        assert alphabetical(listed, lang), listed
    recommendations = soup(site / prefix / "anbefalinger" / "index.html")
    for heading in recommendations.select("h3[id$='-eksempler']"):
        listed = [a.get_text(strip=True) for a in heading.find_next("ul").select("a")]
        assert alphabetical(listed, lang), listed


@pytest.mark.parametrize("lang", ["da", "en"])
def test_filter_choices_are_alphabetical_in_the_page_s_language(site: Path, lang: str) -> None:
    html = soup(site / PREFIXES[lang] / "eksempler" / "index.html")
    for select in ("#dq-f-maalgruppe", "#dq-f-partner"):
        shown = [o.get_text() for o in html.select(f"{select} option[value]") if o["value"]]
        assert len(shown) > 3
        assert alphabetical(shown, lang), shown


def test_danish_order_puts_ae_oe_aa_after_z_and_english_reads_them_as_letters() -> None:
    words = ["Åben", "Zone", "Ældre", "Øst", "ende", "Éclair", "Abe"]
    assert sorted(words, key=lambda w: sort_key(w, "da")) == [
        "Abe",
        "Éclair",
        "ende",
        "Zone",
        "Ældre",
        "Øst",
        "Åben",
    ]
    assert sorted(words, key=lambda w: sort_key(w, "en")) == [
        "Abe",
        "Åben",
        "Ældre",
        "Éclair",
        "ende",
        "Øst",
        "Zone",
    ]
