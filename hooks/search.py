"""MkDocs hook: index the finished site for search with Pagefind. A thin adapter.

What goes into the index, and the Danish words added to it, is decided by
`dialogtool.search_index`; this module only finds the content and the built site. It runs
after the i18n plugin has built every language, so one Pagefind run writes an index per
language (Danish pages search the Danish one, `/en/` pages the English one). A hook of its
own, not part of dialog_pages.py, so the benchmark's baseline (which replaces the page
hook with plain files) indexes the same way and build times stay comparable.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority

from dialogtool.cache import cached_content
from dialogtool.mythes import PACKAGES, THESAURI, one_word_thesaurus
from dialogtool.problems import ContentError
from dialogtool.search_index import (
    Lexicon,
    SearchBuild,
    built_pages,
    content_records,
    covered_urls,
    suggestions,
    write_index,
)
from dialogtool.synonyms import load_synonyms

log = logging.getLogger("mkdocs.hooks.search")

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


_lexicon: Lexicon | None = None  # hunspell-da, looked up once per process
_lexicon_checked = False
_thesauri: dict[str, dict[str, tuple[str, ...]]] = {}  # mythes-da, mythes-en-us, read once


def _thesaurus(lang: str) -> dict[str, tuple[str, ...]]:
    """The language's thesaurus; without it, unknown query words are simply not matched."""
    if lang not in _thesauri:
        path = THESAURI.get(lang)
        if path is None or not path.exists():
            log.info("Søgning: synonymordbogen til %s findes ikke; ukendte ord i en søgning "
                     "læses ikke som tekstens egne (installér %s).", lang, PACKAGES.get(lang, "?"))
            _thesauri[lang] = {}
        else:
            _thesauri[lang] = one_word_thesaurus(path)
    return _thesauri[lang]


@event_priority(-150)  # after the i18n plugin (-100), which builds the other languages
def on_post_build(config: MkDocsConfig) -> None:
    """Index every language of the finished site into `site/pagefind/`."""
    global _lexicon, _lexicon_checked
    i18n = config.plugins.get("i18n")
    if i18n is not None and i18n.building:  # a language pass run by the i18n plugin
        return
    root = Path(config.config_file_path).parent
    try:
        _, content = cached_content(root)
        synonyms = load_synonyms(root / "content", root, content)
    except ContentError as error:
        raise Abort(f"Indholdet har fejl:\n{error}") from None
    if not _lexicon_checked:
        _lexicon, _lexicon_checked = Lexicon.from_hunspell(), True
    languages = list(i18n.build_languages) if i18n is not None else [
        config.theme.get("language", "da")]
    site_dir = Path(config.site_dir)
    records = [r for lang in languages for r in content_records(content, lang)]
    pages = built_pages(site_dir, covered_urls(content, languages))
    suggest = {lang: suggestions(content, lang) for lang in languages}
    thesauri = {lang: _thesaurus(lang) for lang in languages}
    write_index(SearchBuild(records, pages, _lexicon, synonyms, suggest, thesauri), site_dir)
