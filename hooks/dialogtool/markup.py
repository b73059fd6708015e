"""Turn contributors' text into safe HTML or Markdown: content is data, never markup.

Prose fields (introductions, recommendations, example bodies) allow a small Markdown subset:
paragraphs, lists, emphasis, links and subheadings. Raw HTML is shown as text, and the
result passes through the nh3 sanitiser as a second line of defence. Plain-text fields
(question texts, titles) are escaped for Markdown so no character of theirs becomes syntax.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import markdown
import nh3

ALLOWED_TAGS = {"p", "em", "strong", "a", "ul", "ol", "li", "br", "code", "blockquote", "h3", "h4"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")


def _markdown() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    # Raw HTML in content is shown as text instead of being passed through.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


_MD = _markdown()


@lru_cache(maxsize=4096)  # each language pass renders the untranslated texts again
def prose_html(text: str, heading_offset: int = 2) -> str:
    """Render a prose field's Markdown subset to sanitised HTML.

    Headings move down by `heading_offset` levels (## becomes h4 by default) so they sit
    below the page's own headings in the document outline.
    """
    rendered = re.sub(
        r"<(/?)h([1-6])>",
        lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + heading_offset, 4)}>",
        markdown_html(text),
    )
    return nh3.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener",
    )


def markdown_html(text: str) -> str:
    """The Markdown subset as HTML before sanitising: what `prose` checks for losses."""
    _MD.reset()
    return _MD.convert(text)


def md_text(text: str) -> str:
    """Escape plain text for use inside generated Markdown (headings, list items)."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(" ".join(text.split()), quote=False))


_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def body_sections(text: str) -> list[tuple[int, str | None, str]]:
    """Split Markdown at its ATX headings (`## Hvad gør man?`), outside code fences.

    Returns (level, heading text or None, Markdown below it) per part, the first part being
    what comes before any heading. Levels start at 2: the page's own title is the h1. The
    heading text is returned as plain text, for the caller to escape.
    """
    parts: list[tuple[int, str | None, str]] = []
    level, title, lines = 2, None, []
    fence = None
    for line in text.splitlines():
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence = opening.group(1)[0]
        elif fence is not None and opening and opening.group(1)[0] == fence:
            fence = None
        match = _HEADING.match(line) if fence is None else None
        if match and match.group(2).strip():
            parts.append((level, title, "\n".join(lines).strip("\n")))
            level, title, lines = max(len(match.group(1)), 2), match.group(2).strip(), []
        else:
            lines.append(line)
    parts.append((level, title, "\n".join(lines).strip("\n")))
    return [part for part in parts if part[1] is not None or part[2].strip()]
