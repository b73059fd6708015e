"""What a prose field may not contain, found before the sanitiser would silently drop it.

The site shows a small Markdown subset (see `markup`). Images, links with other schemes
than http, https and mailto, tables, and headings in the short fields would vanish or turn
into stray characters on the page, so each one is refused with its place in the file.
Detection uses the Markdown that the page is made from; the place is then found in the
source lines of the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from .markup import URL_SCHEMES, markdown_html
from .yamlsource import Position

_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
_HEADING_LINE = re.compile(r"^[ \t]*(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)")
_IMAGE = re.compile(r"!\[")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")


@dataclass(frozen=True)
class ProseIssue:
    """One refused construct: where to look for it in the source, and what to tell."""

    where: re.Pattern[str]
    message: str


def prose_issues(text: str, field: str, *, headings: bool) -> list[ProseIssue]:
    """Everything in `text` that the page would drop or garble, in source order per kind."""
    found = _Elements()
    found.feed(markdown_html(text))
    issues = [
        ProseIssue(
            _IMAGE,
            "Billeder understøttes ikke i teksterne: de kan ikke tjekkes for alternativ tekst "
            "og ophav, og de ville forsvinde uden et ord. Fjern billedet, eller link til det "
            "med [tekst](https://...).",
        )
        for _ in range(found.images)
    ]
    for href in found.hrefs:
        scheme = urlsplit(_CONTROL.sub("", href)).scheme.lower()
        if scheme and scheme not in URL_SCHEMES:
            shown = href if len(href) <= 60 else href[:59] + "…"
            issues.append(
                ProseIssue(
                    re.compile(re.escape(href)),
                    f"Linket til '{shown}' bruger en adresse, der ikke er tilladt; "
                    "brug https://, http:// eller mailto:.",
                )
            )
    if not headings:
        issues += [
            ProseIssue(
                _HEADING_LINE,
                f"Overskrifter er ikke tilladt i feltet '{field}' (kun korte afsnit, lister og "
                "links); skriv overskriften som en almindelig sætning.",
            )
            for _ in range(found.headings)
        ]
    issues += [
        ProseIssue(
            _TABLE_RULE,
            "Tabeller vises ikke på sitet (de ville stå som lodrette streger); skriv indholdet "
            "som en liste eller som almindelige sætninger.",
        )
        for line in text.splitlines()
        if _TABLE_RULE.match(line)
    ]
    return issues


def locate(
    issues: list[ProseIssue], lines: list[str], start: Position, end: Position
) -> list[tuple[Position, str]]:
    """The place of each issue within the source lines `start`..`end` (1-based).

    The n-th issue with the same pattern goes to its n-th match; one not found (Markdown
    can change a text a little) goes to the start of the field.
    """
    located, used = [], {}
    for issue in issues:
        matches = _matches(issue.where, lines, start, end)
        n = used.get(issue.where.pattern, 0)
        used[issue.where.pattern] = n + 1
        located.append((matches[n] if n < len(matches) else start, issue.message))
    return located


def _matches(
    pattern: re.Pattern[str], lines: list[str], start: Position, end: Position
) -> list[Position]:
    found = []
    for number in range(start.line, min(end.line, len(lines)) + 1):
        line = lines[number - 1]
        first = start.column - 1 if number == start.line else 0
        if pattern in (_HEADING_LINE, _TABLE_RULE):  # whole lines: point at their first sign
            segment = line[first:]
            if pattern.match(segment):
                found.append(Position(number, first + len(segment) - len(segment.lstrip()) + 1))
            continue
        found += [Position(number, m.start() + 1) for m in pattern.finditer(line, first)]
    return found


class _Elements(HTMLParser):
    """Counts the images and headings in rendered Markdown and collects its link targets."""

    def __init__(self) -> None:
        super().__init__()
        self.images, self.headings, self.hrefs = 0, 0, []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings += 1
        elif tag == "a":
            self.hrefs += [value for name, value in attrs if name == "href" and value]
