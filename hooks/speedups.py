"""MkDocs hook: make two third-party build steps linear instead of quadratic.

Separate from dialog_pages.py because it generates nothing: it only replaces two private
methods of Material's search plugin and of mkdocs-static-i18n with equivalent, faster code
(the same search index comes out). Each patch checks that the method it replaces still
exists and otherwise does nothing, so an upgrade cannot break the build, only lose the
speed-up; `make bench` shows when that happens. Both are worth reporting upstream.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _index_search_toc_lookup()
    _linear_i18n_search_dedup()
    return config


def _index_search_toc_lookup() -> None:
    """Let Material's search find a heading's toc entry in a dict instead of a linear scan.

    `SearchIndex._find_toc_by_id` walks the page's whole toc for every heading: quadratic
    on a theme page with thousands of questions. Same result (the first entry with the id,
    in document order). Does nothing if Material renames the method.
    """
    try:
        from material.plugins.search.plugin import SearchIndex
    except ImportError:
        return
    original = getattr(SearchIndex, "_find_toc_by_id", None)
    if original is None or getattr(original, "dialog_indexed", False):
        return
    last: dict = {"toc": None, "index": {}}

    def find_toc_by_id(self: object, toc: list, id: str) -> object:
        if last["toc"] is not toc:
            index: dict = {}
            stack = list(reversed(list(toc)))
            while stack:
                item = stack.pop()
                index.setdefault(item.id, item)
                stack.extend(reversed(item.children))
            last.update(toc=toc, index=index)
        return last["index"].get(id)

    find_toc_by_id.dialog_indexed = True  # type: ignore[attr-defined]
    SearchIndex._find_toc_by_id = find_toc_by_id  # type: ignore[method-assign]


def _linear_i18n_search_dedup() -> None:
    """Make mkdocs-static-i18n's removal of duplicate search entries linear instead of quadratic.

    `reconfigure_search_duplicates` compares every default-language entry with every entry
    of the other languages (and removes with list.remove): minutes for 10,000 questions.
    This gives the same result, including the original's quirk that, after removing a
    match, the entry right after it is not looked at for the same default entry.
    """
    try:
        from mkdocs_static_i18n.reconfigure import ExtendedPlugin
    except ImportError:
        return
    original = getattr(ExtendedPlugin, "reconfigure_search_duplicates", None)
    if original is None or getattr(original, "dialog_linear", False):
        return

    def reconfigure_search_duplicates(self: object, entries: list) -> None:
        prefixes = tuple(f"{lang}/" for lang in self.build_languages)  # type: ignore[attr-defined]
        defaults = [e for e in entries if not e["location"].startswith(prefixes)]
        targets = [e for e in entries if e["location"].startswith(prefixes)]
        following = list(range(1, len(targets) + 1))  # next live target, as a linked list
        preceding = list(range(-1, len(targets) - 1))
        by_content: dict[tuple, list[int]] = {}
        for i, entry in enumerate(targets):
            by_content.setdefault((entry["title"], entry["text"]), []).append(i)
        removed: set[int] = set()
        for default in defaults:
            skipped = -1
            for i in by_content.get((default["title"], default["text"]), ()):
                if i in removed or i == skipped:
                    continue
                if not targets[i]["location"].endswith(default["location"]):
                    continue
                removed.add(i)
                skipped = following[i]
                if following[i] < len(targets):
                    preceding[following[i]] = preceding[i]
                if preceding[i] >= 0:
                    following[preceding[i]] = following[i]
        gone = {id(targets[i]) for i in removed}
        entries[:] = [e for e in entries if id(e) not in gone]

    reconfigure_search_duplicates.dialog_linear = True  # type: ignore[attr-defined]
    ExtendedPlugin.reconfigure_search_duplicates = reconfigure_search_duplicates  # type: ignore[method-assign]
