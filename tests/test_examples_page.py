"""/eksempler/ and the example pages as a newcomer meets them: tags as chips, a filter that
also trims the table of contents and can be reset, edit links to the page's own text, and
an example's own headings as real page headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build_site, soup
from test_content_errors import EXAMPLE

BODY_HEADING = "## Hvad gør man?"


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_tags_are_chips_in_a_row(browser, server: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="da-DK")
    page = context.new_page()
    page.goto(f"{server}/eksempler/")
    tags = page.eval_on_selector_all(
        ".dq-example-card:first-of-type .dq-tags li",
        """els => els.map(li => {
             const box = li.getBoundingClientRect(), style = getComputedStyle(li);
             return {top: box.top, width: box.width, list: style.listStyleType,
                     display: style.display, card: li.closest(".dq-example-card")
                       .getBoundingClientRect().width};
           })""",
    )
    context.close()
    assert len(tags) >= 4
    assert all(t["list"] == "none" for t in tags), "no bullets"
    assert all(t["width"] < t["card"] * 0.8 for t in tags), "a tag is a chip, not a full bar"
    rows = {round(t["top"]) for t in tags}
    assert len(rows) <= (len(tags) + 1) // 2, f"{len(tags)} tags on {len(rows)} rows"


@pytest.mark.browser
def test_footer_links_sit_in_one_row(page, server: str) -> None:
    page.goto(f"{server}/")
    links = page.eval_on_selector_all(
        ".dq-footer-links li",
        "els => els.map(li => [getComputedStyle(li).listStyleType,"
        " li.getBoundingClientRect().top])",
    )
    assert len(links) == 2
    assert {style for style, _ in links} == {"none"}
    assert round(links[0][1]) == round(links[1][1]), "the links stand side by side"


def visible_toc(page) -> list[str]:
    return page.eval_on_selector_all(
        ".md-sidebar--secondary .md-nav a.md-nav__link",
        "els => els.filter(a => a.checkVisibility()).map(a => a.textContent.trim())",
    )


def visible_cards(page) -> list[str]:
    return page.eval_on_selector_all(
        ".dq-example-card",
        "els => els.filter(c => !c.hidden).map(c => c.querySelector('h3 a').textContent.trim())",
    )


@pytest.mark.browser
def test_filter_hides_the_examples_it_hides_from_the_table_of_contents(
    page, server: str, content
) -> None:
    examples = content.examples
    group = next(g for g in examples[0].target_groups)
    nothing = next(
        (t.id, g)
        for t in content.themes
        for g in {g for e in examples for g in e.target_groups}
        if not any(t.id in e.themes and g in e.target_groups for e in examples)
    )
    page.goto(f"{server}/eksempler/")
    assert len(visible_toc(page)) == len(examples)
    page.select_option("#dq-f-maalgruppe", group)
    shown = visible_cards(page)
    assert 0 < len(shown) < len(examples)
    assert sorted(visible_toc(page)) == sorted(shown)

    page.goto(f"{server}/eksempler/?tema={nothing[0]}&maalgruppe={nothing[1]}")
    assert visible_cards(page) == []
    assert visible_toc(page) == [], "the table of contents lists examples that are hidden"


@pytest.mark.browser
@pytest.mark.parametrize(("prefix", "label"), [("", "Nulstil filtre"), ("/en", "Reset filters")])
def test_reset_button_clears_every_filter(
    page, server: str, content, prefix: str, label: str
) -> None:
    example = content.examples[0]
    query = f"tema={example.themes[0]}&partner={example.partners[0]}"
    page.goto(f"{server}{prefix}/eksempler/?{query}")
    assert len(visible_cards(page)) < len(content.examples)
    page.get_by_role("button", name=label).click()
    values = page.eval_on_selector_all("#dq-filter select", "els => els.map(s => s.value)")
    assert values == ["", "", ""]
    assert len(visible_cards(page)) == len(content.examples)
    assert len(visible_toc(page)) == len(content.examples)
    assert "?" not in page.url


@pytest.mark.parametrize(
    ("name", "source"),
    [  # the file that holds most of what the page shows
        ("anbefalinger", "content/questions.yaml"),
        ("eksempler", "content/pages.yaml"),
        ("moedeark", "content/meetings.yaml"),
        ("en/anbefalinger", "content/questions.yaml"),
        ("en/moedeark", "content/meetings.yaml"),
    ],
)
def test_pages_made_from_content_edit_the_file_their_content_is_in(
    site: Path, content, name: str, source: str
) -> None:
    html = soup(site / name / "index.html")
    assert html.select_one('a[rel="edit"]')["href"].endswith(f"/edit/main/{source}")
    if not name.startswith("en/"):
        intro = " ".join(content.pages[name].intro.da.split())
        assert intro in " ".join(html.select_one("article").get_text(" ").split())


def test_an_english_example_page_edits_its_english_file(site: Path, content) -> None:
    for example in content.examples:
        for prefix, suffix in (("", ".md"), ("en/", ".en.md" if example.body.en else ".md")):
            html = soup(site / prefix / "eksempler" / example.slug / "index.html")
            href = html.select_one('a[rel="edit"]')["href"]
            assert href.endswith(f"/edit/main/content/examples/{example.slug}{suffix}"), href
    assert any(example.body.en for example in content.examples)


def test_example_body_headings_are_page_headings_with_ids(site: Path) -> None:
    for page, heading, anchor in [
        ("eksempler/bydelsmoedre/index.html", "Hvad gør man?", "hvad-gør-man"),
        ("en/eksempler/bydelsmoedre/index.html", "What do you do?", "what-do-you-do"),
    ]:
        html = soup(site / page)
        article = html.select_one("article")
        h2 = {h.get("id"): h.get_text().replace("¶", "").strip() for h in article.select("h2")}
        assert h2.get(anchor) == heading, h2
        assert "spoergsmaal" in h2, "the generated section sits beside them, as an h2"
        assert not article.select("h4")
        toc = [a["href"] for a in html.select(".md-sidebar--secondary a.md-nav__link")]
        assert f"#{anchor}" in toc and "#spoergsmaal" in toc, toc


def test_headings_in_an_example_stay_text(project: Path, tmp_path: Path) -> None:
    path = project / EXAMPLE
    text = path.read_text(encoding="utf-8")
    assert text.count(BODY_HEADING) == 1
    # (a javascript: link is refused when the content is loaded: tests/test_hardening.py)
    payload = '## <b onclick="x()">Fed</b> [klik](https://example.org/) { #kapret }'
    path.write_text(text.replace(BODY_HEADING, payload), encoding="utf-8")
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    article = soup(tmp_path / "site/eksempler/bydelsmoedre/index.html").select_one("article")
    heading = next(h for h in article.select("h2") if "Fed" in h.get_text())
    assert '<b onclick="x()">Fed</b>' in heading.get_text()
    assert "{ #kapret }" in heading.get_text()
    assert not article.select("b, [onclick], #kapret, a[href^=javascript]")


def test_body_sections_split_at_headings_outside_code() -> None:
    from dialogtool.markup import body_sections

    text = (
        "Indledning.\n\n## Hvad gør man?\n\nTekst.\n\n```\n## ikke en overskrift\n```\n\n"
        "### Under\n\nMere. ##"
    )
    assert body_sections(text) == [
        (2, None, "Indledning."),
        (2, "Hvad gør man?", "Tekst.\n\n```\n## ikke en overskrift\n```"),
        (3, "Under", "Mere. ##"),
    ]
    assert body_sections("# Øverst\n\ntekst")[0][:2] == (2, "Øverst"), "h1 is the page title"
