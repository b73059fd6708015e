"""The page for a missing address: in the reader's language, with ways onward. One file serves
every missing address (GitHub Pages answers with /404.html), so the browser tests serve it for
made-up addresses the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import soup


def test_the_404_page_speaks_danish_and_english_and_links_onward(site: Path, content) -> None:
    html = soup(site / "404.html")
    assert "Not found" not in html.get_text(), "Material's English-only text"
    danish, english = html.select_one('section[lang="da"]'), html.select_one('section[lang="en"]')
    assert danish.h1.get_text() == "Siden findes ikke"
    assert english.h1.get_text() == "Page not found"
    hrefs = [a["href"] for a in danish.select("a")]
    for theme in content.themes:
        assert f"/{theme.id}/" in hrefs, theme.id
    for path in ("/anbefalinger/", "/eksempler/", "/moedeark/"):
        assert path in hrefs
        assert f"/en{path}" in [a["href"] for a in english.select("a")]
    assert danish.select_one("button[data-dq-search-open]")
    for href in hrefs:
        target = site / href.strip("/.") / "index.html"
        assert target.is_file(), href


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "texts"),
    [
        ("/findes-ikke/", ("Siden findes ikke", "Søg på sitet")),
        ("/en/no-such-page/", ("Page not found", "Search the site")),
    ],
)
def test_a_missing_address_shows_its_language_and_opens_the_search(
    page, server: str, site: Path, path: str, texts: tuple[str, str]
) -> None:
    heading, search = texts
    body = (site / "404.html").read_text(encoding="utf-8")
    page.route(
        f"{server}{path}",
        lambda route: route.fulfill(status=404, body=body, content_type="text/html"),
    )
    page.goto(server + path)
    headings = page.eval_on_selector_all(
        "article h1", "els => els.filter(h => h.checkVisibility()).map(h => h.textContent)"
    )
    assert headings == [heading]
    first = page.locator("article section:visible a").first
    first.click()
    page.wait_for_url(lambda url: url != server + path)
    assert page.title(), "the first link leads to a page"
    page.go_back()
    page.get_by_role("button", name=search).click()
    page.wait_for_function("document.activeElement.matches('.dq-search__input')")
