"""MkDocs hook: publish the content in `content/` as pages. A thin adapter over `dialogtool`.

Loading, validation and rendering live in the `dialogtool` package, which knows nothing of
MkDocs; this module only hands its results to MkDocs' events.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

from dialogtool.cache import cached_content
from dialogtool.history import FileDates, dates_for, file_dates, format_date
from dialogtool.labels import LABELS
from dialogtool.nav import EXAMPLES_INDEX, NAV_EXAMPLES_MAX, content_nav
from dialogtool.problems import ContentError
from dialogtool.render import RenderedPage, render_site

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

    from dialogtool.model import Content

PDF_DIR = "build/pdf"  # where `make pdf` leaves the printed PDFs for the next build

_content: Content | None = None
_sources: dict[str, RenderedPage] = {}
_dates: dict[str, FileDates] = {}
_docs_prefix = "docs/"
_stamp: tuple = ()  # what _dates were read for (dialogtool.cache.content_stamp)


# Hooks


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and validate the content once per build, and put its pages in the nav."""
    global _content, _docs_prefix, _stamp
    root = Path(config.config_file_path).parent
    try:
        stamp, _content = cached_content(root)
    except ContentError as error:
        raise Abort(f"Indholdet har fejl:\n{error}") from None
    if stamp != _stamp:  # the i18n plugin calls on_config once per language
        _dates.clear()
        _dates.update(file_dates(root))
        _stamp = stamp
    lang, default = _languages(config)
    if config.nav is not None:
        config.nav = content_nav(config.nav, _content, lang or default)
    _set_permalink_title(config, lang)
    if lang not in (None, default):  # None: the i18n plugin has not set up the first pass yet
        # Each language pass writes into the same site_dir: keep the default 404 page.
        config.theme.static_templates.discard("404.html")
    _docs_prefix = Path(config.docs_dir).resolve().relative_to(root.resolve()).as_posix() + "/"
    return config


@event_priority(-200)  # after the i18n plugin, which only knows files in docs/
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages in the language being built; they never touch `docs/`."""
    assert _content is not None
    _sources.clear()
    lang, default = _languages(config)
    prefix = "" if lang == default else f"{lang}/"
    pdf_dir = Path(config.config_file_path).parent / PDF_DIR
    pdfs = sorted(pdf_dir.glob("*.pdf")) if pdf_dir.is_dir() and not prefix else []
    for pdf in pdfs:
        files.append(File.generated(config, f"pdf/{pdf.name}", abs_src_path=str(pdf)))
    taken = {f.dest_uri: _origin(f) for f in files}
    clashes = []
    for page in render_site(_content, lang, frozenset(p.stem for p in pdfs)):
        unlisted = (
            page.uri.startswith("eksempler/")
            and page.uri != EXAMPLES_INDEX
            and (len(_content.examples) > NAV_EXAMPLES_MAX)
        )
        inclusion = InclusionLevel.NOT_IN_NAV if unlisted else InclusionLevel.UNDEFINED
        file = File.generated(config, page.uri, content=page.markdown, inclusion=inclusion)
        file.dest_uri = prefix + file.dest_uri
        if file.dest_uri in taken or files.get_file_from_path(page.uri) is not None:
            clashes.append(f"{file.dest_uri}: {taken.get(file.dest_uri)} og {page.source_path}")
        taken[file.dest_uri] = page.source_path
        # edit_uri is relative to docs/ in the repository; the source lives beside it.
        file.edit_uri = f"../{page.source_path}"
        _as_translation(file, lang, default, _languages_built(config))
        files.append(file)
        _sources[page.uri] = page
    if clashes:  # MkDocs itself only logs this at INFO level, and keeps one of them
        raise Abort(
            "To kilder laver den samme side, og den ene ville overskrive den anden:\n"
            + "\n".join(f"  {clash}" for clash in clashes)
            + "\nGiv den ene et andet navn."
        )
    _register_for_sitemap(files, config)
    return files


def _origin(file: File) -> str:
    """Where a page comes from, as the contributor finds it in the repository."""
    return _docs_prefix + file.src_uri if not file.generated_by else str(file.generated_by)


def on_pre_page(page: Page, config: MkDocsConfig, files: Files) -> Page:
    """Point a generated page's edit link at the content file it was made from, and give
    the sitemap (rendered before any page) the date its source last changed."""
    source = _sources.get(page.file.src_uri)
    if source is not None and page.edit_url:
        page.edit_url = _normalised(page.edit_url)
    path = source.source_path if source else _docs_prefix + page.file.src_uri
    page.update_date = dates_for(_dates, path).updated.isoformat()
    return page


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    """Give every page its dates and owner, as `dq_page` for overrides/main.html.

    Not in page.meta: Material's nav template takes a slow path (several failed lookups)
    for every nav item whose page has any meta, and it renders the whole nav on every page.
    """
    lang, _ = _languages(config)
    source = _sources.get(page.file.src_uri)
    path = source.source_path if source else _docs_prefix + page.file.src_uri
    dates = dates_for(_dates, path)
    owner = page.meta.get("owner")
    if owner is None and source is not None and source.owner is not None:
        owner = source.owner.pick(lang)[0]
    context["dq_page"] = {
        "created": format_date(dates.created, lang),
        "updated": format_date(dates.updated, lang),
        "dates_from_git": dates.from_git,
        "owner": owner,
    }
    return context


# Helpers


def _languages(config: MkDocsConfig) -> tuple[str, str]:
    """The language of this build pass and the default one (the i18n plugin runs one pass each)."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        language = config.theme.get("language", "da")
        return language, language
    return i18n.current_language, i18n.default_language


def _set_permalink_title(config: MkDocsConfig, lang: str | None) -> None:
    """The headings' permalink tooltip in the language being built (mkdocs.yml has one)."""
    toc = config.mdx_configs.get("toc")
    if toc is not None and lang in LABELS:
        toc["permalink_title"] = LABELS[lang]["permalink_title"]


def _languages_built(config: MkDocsConfig) -> list[str]:
    i18n = config.plugins.get("i18n")
    return list(i18n.build_languages) if i18n is not None else []


class _Alternate:
    """What the language switcher and the sitemap need of a page in another language: its
    URL (no `page`, so the i18n plugin's sitemap template builds it from site_url)."""

    page = None

    def __init__(self, url: str) -> None:
        self.url = url


def _register_for_sitemap(files: Files, config: MkDocsConfig) -> None:
    """Let the i18n plugin's sitemap.xml list the generated pages too.

    The plugin fills its per-language store (the sitemap template's `i18n_alternates`) in
    its own on_files, before this hook has added any page; it refreshes the store the same
    way for the pages Material's blog plugin generates later.
    """
    i18n = config.plugins.get("i18n")
    store = getattr(i18n, "i18n_files_per_language", None)
    if isinstance(store, dict):
        store[i18n.current_language] = files.documentation_pages()


def _as_translation(file: File, lang: str, default: str, languages: list[str]) -> None:
    """Tell the i18n plugin's language switcher where this page lives in each language."""
    base = file.dest_uri.removeprefix(f"{lang}/") if lang != default else file.dest_uri
    base_url = base.removesuffix("index.html")
    file.locale = lang  # type: ignore[attr-defined]
    file.locale_alternate_of = lang  # type: ignore[attr-defined]
    file.alternates = {  # type: ignore[attr-defined]
        other: _Alternate(base_url if other == default else f"{other}/{base_url}")
        for other in languages
    }


def _normalised(url: str) -> str:
    """`.../edit/main/docs/../content/x.yaml` becomes `.../edit/main/content/x.yaml`."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=posixpath.normpath(parts.path)))
