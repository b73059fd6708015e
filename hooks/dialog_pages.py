"""MkDocs hook: publish the content in `content/` as pages. A thin adapter over `dialogtool`.

Loading, validation and rendering live in the `dialogtool` package, which knows nothing of
MkDocs; this module only hands its results to MkDocs' events.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from dialogtool.load import load_content
from dialogtool.problems import ContentError
from dialogtool.render import RenderedPage, render_site
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File

if TYPE_CHECKING:
    from dialogtool.model import Content
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

EXAMPLES_INDEX = "eksempler/index.md"

_content: Content | None = None
_sources: dict[str, RenderedPage] = {}


# Hooks


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and validate the content once per build, and put its pages in the nav."""
    global _content
    root = Path(config.config_file_path).parent
    try:
        _content = load_content(root / "content", root)
    except ContentError as error:
        raise Abort(f"Indholdet har fejl:\n{error}") from None
    if config.nav is not None:
        config.nav = _with_content_nav(config.nav, _content)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages; they live in memory and never in `docs/`."""
    assert _content is not None
    _sources.clear()
    for page in render_site(_content, config.theme.get("language", "da")):
        file = File.generated(config, page.uri, content=page.markdown)
        # edit_uri is relative to docs/ in the repository; the source lives beside it.
        file.edit_uri = f"../{page.source_path}"
        files.append(file)
        _sources[page.uri] = page
    return files


def on_pre_page(page: Page, config: MkDocsConfig, files: Files) -> Page:
    """Point a generated page's edit link at the content file it was made from."""
    if page.file.src_uri in _sources and page.edit_url:
        page.edit_url = _normalised(page.edit_url)
    return page


# Helpers


def _with_content_nav(nav: list, content: Content) -> list:
    """Themes go right after the front page; every example joins the section of the overview."""
    themes = [f"{theme.id}/index.md" for theme in content.themes]
    examples = [f"eksempler/{example.slug}.md" for example in content.examples]
    result: list = []
    for entry in nav:
        result.append(_add_examples(entry, examples))
        if entry == "index.md" or (isinstance(entry, dict) and "index.md" in entry.values()):
            result.extend(themes)
    return result


def _add_examples(entry: object, examples: list[str]) -> object:
    if isinstance(entry, dict):
        (title, value), = entry.items()
        if isinstance(value, list) and EXAMPLES_INDEX in value:
            return {title: [*value, *examples]}
    return entry


def _normalised(url: str) -> str:
    """`.../edit/main/docs/../content/x.yaml` becomes `.../edit/main/content/x.yaml`."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=posixpath.normpath(parts.path)))
