"""The pages and ids the site will have, known before it is built.

Two checks need them. Page names: a content file must not take a page the site already has
(a written page in `docs/`, a generated page, a folder of the theme or the search, another
language's edition). Links: prose is rendered as finished HTML (`markdown="0"`), so MkDocs'
own link validation never sees it; every internal link and anchor in it is checked here,
against the pages of the language it is shown in, with the page it is shown on as its base.
The tests check the same links again in the built HTML, and that every id listed here is
really on its page.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urljoin, urlsplit

from pymdownx.slugs import slugify

if TYPE_CHECKING:
    from .examples import LoadedExamples
    from .model import Recommendation, Theme
    from .prose import PendingLink

# Generated from content/ in every language: the overview pages (see render.py).
GENERATED_PAGES = {"anbefalinger": "siden Anbefalinger", "eksempler": "siden Eksempler",
                   "moedeark": "siden Mødeark"}
# Folders the built site has beside the pages: Material's assets and search, the search
# index (Pagefind) and the printed PDFs (`make pdf`).
SITE_FOLDERS = ("assets", "search", "pagefind", "pdf")
DEFAULT_LANGUAGE = "da"
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_ATTR_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")
_HTML_ID = re.compile(r"""\bid=["']([^"']+)["']""")
_TAG = re.compile(r"<[^>]+>")
_MD_MARKS = re.compile(r"\\(.)|[*_`]")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_STATE = "="  # /moedeark/#q=...&tema=...: the meeting kit's state, not an anchor


@cache
def _slug():  # type: ignore[no-untyped-def]
    return slugify(case="lower")


def heading_ids(markdown: str) -> set[str]:
    """The ids MkDocs gives the headings of a Markdown page (toc extension, as configured in
    mkdocs.yml: pymdownx slugify, lower case), plus explicit `{ #id }` and `id="..."`."""
    ids: set[str] = set(_HTML_ID.findall(markdown))
    fence = None
    for line in markdown.splitlines():
        opening = _FENCE.match(line)
        if opening and (fence is None or opening.group(1)[0] == fence):
            fence = None if fence else opening.group(1)[0]
            continue
        match = _ATX.match(line) if fence is None else None
        if not match:
            continue
        text = match.group(1)
        explicit = _ATTR_ID.search(text)
        if explicit:
            ids.add(explicit.group(1))
            continue
        ids.add(_unique(heading_slug(text), ids))
    return ids


def heading_slug(text: str) -> str:
    """The id of a heading with this Markdown text."""
    plain = html.unescape(_TAG.sub("", _MD_MARKS.sub(lambda m: m.group(1) or "", text)))
    return _slug()(" ".join(plain.split()), "-")


def _unique(slug: str, taken: set[str]) -> str:
    if slug not in taken:
        return slug
    n = 1
    while f"{slug}_{n}" in taken:
        n += 1
    return f"{slug}_{n}"


@dataclass
class SiteMap:
    """Every page by its URL path ("/", "/sundhed/", "/en/eksempler/x/") with its ids.

    `ids` None: the page exists but its ids are not known here (any anchor is accepted).
    """

    pages: dict[str, set[str] | None] = field(default_factory=dict)
    files: set[str] = field(default_factory=set)
    app_pages: set[str] = field(default_factory=set)  # pages whose fragment is app state

    def add(self, path: str, ids: set[str] | None = None) -> None:
        known = self.pages.get(path, set())
        self.pages[path] = None if ids is None or known is None else known | ids

    def dead(self, href: str, base: str) -> str | None:
        """Why the internal link `href` on the page `base` leads nowhere, or None."""
        target = urlsplit(urljoin(f"https://site{base}", href))
        path = unquote(target.path)
        if path.endswith("/index.html"):
            path = path.removesuffix("index.html")
        if path in self.files:
            return None
        if path not in self.pages and path + "/" in self.pages:
            path += "/"
        if path not in self.pages:
            return f"siden {path} findes ikke"
        fragment = unquote(target.fragment)
        ids = self.pages[path]
        if not fragment or ids is None:
            return None
        if path in self.app_pages and _STATE in fragment:
            return None
        if fragment not in ids:
            return f"siden {path} har ikke afsnittet #{fragment}"
        return None


def languages(docs_dir: Path) -> list[str]:
    """The site's languages: the default one, and each `name.<lang>.md` suffix in docs/."""
    found = {p.suffixes[-2][1:] for p in docs_dir.rglob("*.md") if len(p.suffixes) >= 2}
    return [DEFAULT_LANGUAGE, *sorted(lang for lang in found if re.fullmatch(r"[a-z]{2}", lang))]


def written_pages(docs_dir: Path) -> dict[str, dict[str, Path]]:
    """Per language, the written pages in docs/ by URL path relative to the language root."""
    langs = languages(docs_dir)
    result: dict[str, dict[str, Path]] = {lang: {} for lang in langs}
    for path in sorted(docs_dir.rglob("*.md")):
        relative = path.relative_to(docs_dir).as_posix()
        lang = DEFAULT_LANGUAGE
        for other in langs[1:]:
            if relative.endswith(f".{other}.md"):
                lang, relative = other, relative.removesuffix(f".{other}.md") + ".md"
        stem = relative.removesuffix(".md")
        url = "" if stem == "index" else stem.removesuffix("/index") + "/"
        result[lang][url] = path
    for lang in langs[1:]:  # the i18n plugin falls back to the default language's page
        for url, path in result[DEFAULT_LANGUAGE].items():
            result[lang].setdefault(url, path)
    return result


def reserved_names(docs_dir: Path, root: Path) -> dict[str, str]:
    """Top-level names in the site that content may not take, with what holds each."""
    reserved = dict(GENERATED_PAGES)
    for url, path in written_pages(docs_dir)[DEFAULT_LANGUAGE].items():
        if url:
            reserved.setdefault(url.split("/")[0], _shown(path, root))
    for entry in sorted(docs_dir.iterdir()):
        if entry.is_dir():
            reserved.setdefault(entry.name, f"mappen {_shown(entry, root)}")
    for lang in languages(docs_dir)[1:]:
        reserved[lang] = f"den {'engelske' if lang == 'en' else lang} udgave af sitet"
    for name in SITE_FOLDERS:
        reserved.setdefault(name, "en mappe, som bygget af sitet bruger")
    return reserved


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def written_sitemap(docs_dir: Path) -> SiteMap:
    """The written pages with their ids, and the files beside them, in every language."""
    site = SiteMap()
    for lang, pages in written_pages(docs_dir).items():
        prefix = "/" if lang == DEFAULT_LANGUAGE else f"/{lang}/"
        for url, path in pages.items():
            site.add(prefix + url, heading_ids(path.read_text(encoding="utf-8")))
    for path in docs_dir.rglob("*"):
        if path.is_file() and path.suffix != ".md":
            site.files.add("/" + path.relative_to(docs_dir).as_posix())
    return site


def add_content_pages(
    site: SiteMap,
    recommendations: tuple[Recommendation, ...],
    themes: tuple[Theme, ...],
    examples: LoadedExamples,
    langs: list[str],
) -> None:
    """The generated pages with their ids (see the templates; the tests compare the result
    with the built site). An example that failed to load is a page with unknown ids."""
    bodies = {e.slug: e.body for e in examples.examples}
    for lang in langs:
        prefix = "/" if lang == langs[0] else f"/{lang}/"
        for theme in themes:
            ids = {q.id for q in theme.questions} | {r.id for r in theme.recommendations}
            ids |= {"anbefalinger", "eksempler"}
            ids |= {heading_slug(f"{t.number} {t.title.pick(lang)[0]}") for t in theme.topics}
            site.add(f"{prefix}{theme.id}/", ids)
        site.add(f"{prefix}anbefalinger/", {r.id for r in recommendations})
        site.add(f"{prefix}eksempler/", set())
        handout = {"dq-h-templates", "dq-h-agenda", "dq-h-choose"}
        site.add(f"{prefix}moedeark/", handout | {f"dq-h-{t.id}" for t in themes})
        site.app_pages.add(f"{prefix}moedeark/")
        for slug in examples.slugs:
            body = bodies.get(slug)
            ids = None if body is None else heading_ids(body.pick(lang)[0]) | {"spoergsmaal"}
            site.add(f"{prefix}eksempler/{slug}/", ids)


def report_dead_link(link: PendingLink, site: SiteMap) -> None:
    """Report `link` at its place when it leads to no page or anchor from a page it is on."""
    if link.href.split("#")[0].split("?")[0].endswith(".md"):
        link.out.add(
            link.position.line,
            link.position.column,
            f"Linket til '{link.href}' peger på en fil; i teksterne skal et link pege på sidens "
            "adresse, fx ../eksempler/bydelsmoedre/ eller ../sundhed/#sundhed-faelles-maal.",
        )
        return
    for page in link.pages:
        why = site.dead(link.href, page)
        if why:
            link.out.add(
                link.position.line,
                link.position.column,
                f"Linket til '{link.href}' fører ingen steder hen: {why} (linket står på "
                f"siden {page}). Ret adressen, eller fjern linket.",
            )
            return
