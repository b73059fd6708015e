"""The site's nav with the pages made from the content: themes after the front page, the
examples in the section of their overview, alphabetically in the nav's language."""

from __future__ import annotations

from collections.abc import Callable

from .collation import sorted_by
from .model import Content, Example

EXAMPLES_INDEX = "eksempler/index.md"
# Material renders the whole nav into every page, so each nav entry costs a little on every
# page: beyond this many examples the nav shows only the overview, which links to them all.
NAV_EXAMPLES_MAX = 30


def content_nav(nav: list, content: Content, lang: str) -> list:
    """Themes go right after the front page; every example joins the section of the overview,
    in alphabetical order of its title in `lang` (the i18n plugin builds once per language
    with the same nav, so the examples are put in order again each time)."""
    themes = [f"{theme.id}/index.md" for theme in content.themes]
    every = {f"eksempler/{example.slug}.md" for example in content.examples}
    examples = [f"eksempler/{e.slug}.md" for e in sorted_by(content.examples, _title(lang), lang)]
    if len(examples) > NAV_EXAMPLES_MAX:
        examples = []
    done = bool(themes) and themes[0] in nav
    result: list = []
    for entry in nav:
        result.append(_add_examples(entry, examples, every))
        if not done and (
            entry == "index.md" or (isinstance(entry, dict) and "index.md" in entry.values())
        ):
            result.extend(themes)
    return result


def _title(lang: str) -> Callable[[Example], str]:
    return lambda example: example.title.pick(lang)[0]


def _add_examples(entry: object, examples: list[str], every: set[str]) -> object:
    if isinstance(entry, dict):
        ((title, value),) = entry.items()
        if isinstance(value, list) and EXAMPLES_INDEX in value:
            return {title: [*(e for e in value if e not in every), *examples]}
    return entry
