"""The English edition in English: target groups and partners get English words from the
schema (Danish, marked lang="da", where one is missing), and permalinks an English tooltip."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, build_site, soup
from dialogtool.enums import ENUM_FIELDS, enum_labels
from test_content_errors import EXAMPLE, edit, only

SCHEMA = ROOT / "schemas" / "example.schema.json"


def english_words() -> dict[str, str]:
    return {v: t.en for field in ENUM_FIELDS for v, t in enum_labels(field).items() if t.en}


def test_every_fixed_value_has_english_words_beside_the_danish() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for field in ENUM_FIELDS:
        items = schema["properties"][field]["items"]
        assert set(items["x-labels-en"]) == set(items["enum"]), field
        assert all(items["x-labels-en"].values())


def test_a_wrong_value_gets_the_same_danish_message(project: Path) -> None:
    line = edit(project, EXAMPLE, "target_groups: [kvinder,", "target_groups: [kvindr,")
    problem = only(project)
    assert (problem.path, problem.line) == (EXAMPLE, line)
    assert problem.message.startswith(
        "Feltet 'target_groups' i eksemplet skal være en af: alle beboere, børn og familier,"
    )
    assert problem.message.endswith("(står: 'kvindr').")


def test_english_pages_name_groups_and_partners_in_english(site: Path, content) -> None:
    english = english_words()
    danish_only = set(english) - set(english.values())
    overview = soup(site / "en/eksempler/index.html")
    tags = [li.get_text() for li in overview.select(".dq-tags li:not([data-facet=tema])")]
    options = [
        o.get_text() for o in overview.select("#dq-filter select:not([name=tema]) option[value]")
    ]
    example = soup(site / "en/eksempler/bydelsmoedre/index.html").select_one(".dq-facts")
    facts = [w.strip() for dd in example.select("dd")[1:] for w in dd.get_text().split(",")]
    links = [a.get_text() for a in soup(site / "en/sundhed/index.html").select(".dq-group-links a")]
    options = [o for o in options if o != "All"]
    for shown in (tags, options, facts, links):
        assert shown
        assert not [w for w in shown if w in danish_only], shown
        assert all(w in english.values() for w in shown), shown
    danish = soup(site / "eksempler/index.html").select(".dq-tags li[data-facet=maalgruppe]")
    assert {li.get_text() for li in danish} <= set(english), "the Danish edition stays Danish"


def test_a_missing_english_word_shows_the_danish_one_marked(project: Path, tmp_path: Path) -> None:
    edit(project, "schemas/example.schema.json", '"kvinder": "women",', "")
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    overview = soup(site / "en/eksempler/index.html")
    tags = [li for li in overview.select(".dq-tags li") if li.get_text() == "kvinder"]
    option = overview.select_one('#dq-f-maalgruppe option[value="kvinder"]')
    facts = soup(site / "en/eksempler/bydelsmoedre/index.html").select_one(".dq-facts")
    assert tags and all(li.get("lang") == "da" for li in tags)
    assert option.get_text() == "kvinder" and option.get("lang") == "da"
    assert facts.select_one('span[lang="da"]').get_text() == "kvinder"
    assert not soup(site / "eksempler/index.html").select(".dq-tags li[lang]")


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("sundhed/index.html", "Link til dette afsnit"),
        ("en/sundhed/index.html", "Link to this section"),
        ("en/index.html", "Link to this section"),
        ("en/eksempler/bydelsmoedre/index.html", "Link to this section"),
    ],
)
def test_permalinks_are_titled_in_the_page_s_language(site: Path, page: str, title: str) -> None:
    links = soup(site / page).select("a.headerlink")
    assert links
    assert {a["title"] for a in links} == {title}


def test_the_english_edition_calls_the_meeting_handout_one_thing(site: Path) -> None:
    """"Meeting handout", never "meeting sheet": in every English page's text and title, and in
    the words the handout builder gets for its messages and printout."""
    sheet = re.compile(r"\bsheets?\b", re.IGNORECASE)
    pages = sorted((site / "en").rglob("*.html"))
    assert len(pages) > 10
    found = []
    for path in pages:
        html = soup(path)
        for hidden in html(["script", "style"]):
            hidden.decompose()
        attributes = [
            str(value)
            for tag in html.find_all(True)
            for value in (tag.get("title"), tag.get("aria-label"))
            if value
        ]
        text = " ".join([html.get_text(" "), *attributes])
        found += [f"{path.relative_to(site)}: {m.group(0)}" for m in sheet.finditer(text)]
    data = soup(site / "en/moedeark/index.html").select_one("#dq-handout-data")
    builder = json.loads(data.string)
    found += [f"label {k}" for k, v in builder["labels"].items() if sheet.search(v)]
    assert not found, found
    assert "Meeting handout" in soup(site / "en/index.html").get_text()
