"""sitemap.xml on the built site: every page in both languages, with hreflang alternates."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import ROOT, SITE_URL
from dialogtool.history import file_dates

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def _sitemap(site: Path) -> dict[str, ET.Element]:
    root = ET.parse(site / "sitemap.xml").getroot()
    return {url.findtext("s:loc", namespaces=NS): url for url in root.findall("s:url", NS)}


def _page_urls(site: Path) -> set[str]:
    """The address of every HTML page the build wrote (not the 404 page)."""
    urls = set()
    for page in site.rglob("index.html"):
        relative = page.parent.relative_to(site).as_posix()
        urls.add(SITE_URL if relative == "." else f"{SITE_URL}{relative}/")
    return urls


def test_sitemap_lists_every_page_in_both_languages(site: Path, content) -> None:
    listed = _sitemap(site)
    pages = _page_urls(site)
    assert set(listed) == pages
    for theme in content.themes:  # generated pages, not only docs/ pages
        assert f"{SITE_URL}{theme.id}/" in listed
        assert f"{SITE_URL}en/{theme.id}/" in listed
    for example in content.examples:
        assert f"{SITE_URL}en/eksempler/{example.slug}/" in listed
    assert f"{SITE_URL}moedeark/" in listed


def test_every_sitemap_entry_names_itself_and_its_twin_with_hreflang(site: Path) -> None:
    for loc, url in _sitemap(site).items():
        links = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("x:link", NS)
            if link.get("rel") == "alternate"
        }
        danish = loc.replace(f"{SITE_URL}en/", SITE_URL)
        english = danish.replace(SITE_URL, f"{SITE_URL}en/", 1)
        assert links == {"da": danish, "en": english}, loc


def test_sitemap_lastmod_is_the_source_file_s_last_change(site: Path) -> None:
    dates = file_dates(ROOT)
    listed = _sitemap(site)
    expected = {
        f"{SITE_URL}sundhed/": "content/questions.yaml",
        f"{SITE_URL}en/om-vaerktoejet/": "docs/om-vaerktoejet.en.md",
    }
    for loc, source in expected.items():
        assert listed[loc].findtext("s:lastmod", namespaces=NS) == str(dates[source].updated)
