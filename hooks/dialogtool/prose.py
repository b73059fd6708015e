"""The one prose pipeline: what a Markdown field may not contain, found before it is shown.

Every prose field (recommendation texts, theme intros, the page intros in pages.yaml and
example bodies, Danish and English) goes through `check_prose` and is reported the same way.
The site shows a small Markdown subset (see `markup`); whatever the sanitiser would drop or
garble is refused with its place: any element outside the subset (images, tables,
horizontal rules, code blocks, headings where the field has none or written with a line
under them), links with other schemes than http, https and mailto, links without a scheme
to another host (`//host/x`), autolinks such as `<javascript:...>`, and words too long to
break. Internal links are collected and checked against the site's pages (`sitemap`) once
every page is known. Detection uses the HTML Markdown makes; the place is then found in
the source lines of the field, with character references (`&#115;`) read as what they mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from .markup import ALLOWED_TAGS, URL_SCHEMES, markdown_html
from .textgate import Reporter
from .yamlsource import Position

_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
_HEADING_LINE = re.compile(r"^[ \t]*(?:(?:>[ \t]*)*#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)")
_SETEXT_LINE = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$")
_RULE_LINE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_CODE_LINE = re.compile(r"^(?: {4}|\t|[ \t]*```|[ \t]*~~~)")
_IMAGE = re.compile(r"!\[")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}):[^<>\s]*>")
MAX_WORD = 500  # characters in one word or address: the longest real address is about 150
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_ANYWHERE = re.compile(r"^ {0,3}(?:>[ \t]*)*#{1,6}(?:[ \t]|$)")
_NESTING = ("blockquote", "ul", "ol")
MAX_NESTING = 6  # lists in lists, quotes in quotes; today's texts use one level
_NESTED_LINE = re.compile(r"^(?:[ \t]*>){2,}|^(?: {2,}|\t+)[ \t]*(?:[-*+]|\d+[.)])[ \t]")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_ELEMENT_WORDS = {
    "hr": "Vandrette streger (---, *** eller ___ på en linje for sig) vises ikke på sitet; "
    "del teksten med et tomt linjeskift eller en overskrift.",
    "pre": "Tekst rykket mindst fire mellemrum ind (eller mellem ```) bliver til en kodeblok, "
    "som sitet ikke viser; ryk teksten ud, eller skriv den som en liste.",
}


@dataclass(frozen=True)
class ProseIssue:
    """One refused construct: where to look for it in the source, and what to tell."""

    where: re.Pattern[str]
    message: str
    href: str | None = None  # an internal link, to be checked against the site's pages


@dataclass
class PendingLink:
    """An internal link found in prose, checked once every page of the site is known."""

    out: Reporter
    position: Position
    href: str
    pages: tuple[str, ...]  # the URL paths of the pages the prose is shown on


@dataclass
class ProseField:
    """A prose value and where it stands: the file's lines, from `start` to `end` (1-based)."""

    value: str
    name: str
    lines: list[str]
    start: Position
    end: Position
    out: Reporter
    pages: tuple[str, ...] = ()
    headings: bool = False  # `##` headings allowed (an example's body)


def check_prose(item: ProseField, links: list[PendingLink]) -> None:
    """Report everything in the field that the page would drop or garble; collect its
    internal links into `links`."""
    text = _without_atx_headings(item) if item.headings else item.value
    said = set()
    for pos, issue in locate(prose_issues(text, item.name, headings=item.headings), item):
        if issue.href is not None:
            links.append(PendingLink(item.out, pos, issue.href, item.pages))
        elif (pos, issue.message) not in said:  # one construct found two ways
            said.add((pos, issue.message))
            item.out.add(pos.line, pos.column, issue.message)


def _without_atx_headings(item: ProseField) -> str:
    """The body with its `##` heading lines blanked (they become page headings, see
    `markup.body_sections`); a `#` heading is refused, as `#` is the page's own title."""
    lines, fence = [], None
    for n, line in enumerate(item.value.split("\n")):
        opening = _FENCE.match(line)
        if opening and (fence is None or opening.group(1)[0] == fence):
            fence = None if fence else opening.group(1)[0]
        heading = _ATX.match(line) if fence is None else None
        if heading and len(heading.group(1)) == 1:
            item.out.add(
                item.start.line + n,
                1,
                "En overskrift med ét # er sidens titel, som kommer fra feltet 'title'; skriv "
                "overskrifterne i beskrivelsen med ## (og ### under dem).",
            )
        lines.append("" if heading else line)
    return "\n".join(lines)


def prose_issues(text: str, field: str, *, headings: bool) -> list[ProseIssue]:
    """Everything in `text` that the page would drop or garble, in source order per kind."""
    found = _Elements()
    found.feed(markdown_html(text))
    issues = []
    for tag in found.dropped:
        issues.append(_dropped(tag, field, headings))
    for href in found.hrefs:
        issues.append(_link_issue(href))
    lines = text.splitlines()
    # The site's Markdown has no tables: a table stays a paragraph of pipes, so look for its rule.
    issues += [_dropped("table", field, headings) for line in lines if _TABLE_RULE.match(line)]
    # A line of = or - under a text is a heading in GitHub's preview (CommonMark) even where
    # the site's Markdown keeps it as text (under a paragraph of several lines): those too.
    underlines = sum(
        1
        for before, line in zip(["", *lines], lines, strict=False)
        if _SETEXT_LINE.match(line) and before.strip() and not _RULE_LINE.match(line)
    )
    atx = sum(1 for line in lines if _ATX_ANYWHERE.match(line))
    rendered = sum(1 for tag in found.dropped if re.fullmatch(r"h[1-6]", tag))
    issues += [_dropped("h1", field, headings)] * max(0, underlines - (rendered - atx))
    if found.deepest > MAX_NESTING:
        issues.append(
            ProseIssue(
                _NESTED_LINE,
                f"Lister og citater (>) er lagt {found.deepest} niveauer inden i hinanden her; "
                f"højst {MAX_NESTING} kan læses på skærmen og i udskriften. Skriv det mere fladt.",
            )
        )
    for match in _AUTOLINK.finditer(text):
        if match.group(1).lower() not in URL_SCHEMES:
            issues.append(_unsafe(match.group(0), re.compile(re.escape(match.group(0)))))
    for match in _LONG_WORD.finditer(text):
        issues.append(
            ProseIssue(
                re.compile(re.escape(match.group(0)[:80])),
                f"Et ord eller en adresse på {len(match.group(0))} tegn uden mellemrum (højst "
                f"{MAX_WORD}) kan ikke brydes på skærmen eller i udskriften; link med en kort "
                "tekst, [tekst](https://...), eller del ordet.",
            )
        )
    return issues


def _dropped(tag: str, field: str, headings: bool) -> ProseIssue:
    if tag == "img":
        return ProseIssue(
            _IMAGE,
            "Billeder understøttes ikke i teksterne: de kan ikke tjekkes for alternativ tekst "
            "og ophav, og de ville forsvinde uden et ord. Fjern billedet, eller link til det "
            "med [tekst](https://...).",
        )
    if tag == "table":
        return ProseIssue(
            _TABLE_RULE,
            "Tabeller vises ikke på sitet (de ville stå som lodrette streger); skriv indholdet "
            "som en liste eller som almindelige sætninger.",
        )
    if re.fullmatch(r"h[1-6]", tag):
        if headings:
            return ProseIssue(
                _SETEXT_LINE,
                "En overskrift med en streg under (=== eller ---) bliver ikke en af sidens "
                "overskrifter; skriv den som en linje, der starter med ##.",
            )
        return ProseIssue(
            _HEADING_LINE,
            f"Overskrifter er ikke tilladt i feltet '{field}' (kun korte afsnit, lister og "
            "links); skriv overskriften som en almindelig sætning.",
        )
    if tag in _ELEMENT_WORDS:
        return ProseIssue(_RULE_LINE if tag == "hr" else _CODE_LINE, _ELEMENT_WORDS[tag])
    return ProseIssue(
        re.compile(r"\S"), f"Markdown-elementet <{tag}> vises ikke på sitet; skriv det om."
    )


def _link_issue(href: str) -> ProseIssue:
    where = _source_pattern(href)
    cleaned = _CONTROL.sub("", href)
    scheme = urlsplit(cleaned).scheme.lower()
    if scheme:
        return ProseIssue(where, "", href="") if scheme in URL_SCHEMES else _unsafe(href, where)
    if cleaned.replace("\\", "/").startswith("//"):
        return ProseIssue(
            where,
            f"Linket til '{_shown(href)}' mangler https: i starten. Et link til et andet site "
            "skal starte med https:// (eller http://).",
        )
    return ProseIssue(where, "", href=href)


def _unsafe(href: str, where: re.Pattern[str]) -> ProseIssue:
    return ProseIssue(
        where,
        f"Linket til '{_shown(href)}' bruger en adresse, der ikke er tilladt; "
        "brug https://, http:// eller mailto:.",
    )


def _shown(href: str) -> str:
    return href if len(href) <= 60 else href[:59] + "…"


def _source_pattern(href: str) -> re.Pattern[str]:
    """`href` as it may stand in Markdown: each character as itself, a character reference
    (`&#115;`, `&#x73;`, `&amp;`) or a backslash escape."""
    parts = []
    for char in href[:200]:
        code = ord(char)
        forms = [re.escape(char), f"&#0*{code};", f"&#[xX]0*{code:x};"]
        if char == "&":
            forms.append("&amp;")
        if not char.isalnum():
            forms.append(re.escape("\\" + char))
        parts.append("(?:" + "|".join(forms) + ")")
    return re.compile("".join(parts), re.I)


def locate(issues: list[ProseIssue], item: ProseField) -> list[tuple[Position, ProseIssue]]:
    """The place of each issue within the field's source lines.

    The n-th issue with the same pattern goes to its n-th match; one not found (Markdown
    can change a text a little) goes to the start of the field.
    """
    located, used = [], {}
    for issue in issues:
        if issue.href == "":  # an external link with an allowed scheme
            continue
        matches = _matches(issue.where, item.lines, item.start, item.end)
        n = used.get(issue.where.pattern, 0)
        used[issue.where.pattern] = n + 1
        located.append((matches[n] if n < len(matches) else item.start, issue))
    return located


def _matches(
    pattern: re.Pattern[str], lines: list[str], start: Position, end: Position
) -> list[Position]:
    found = []
    whole_lines = pattern in (
        _HEADING_LINE, _TABLE_RULE, _SETEXT_LINE, _RULE_LINE, _CODE_LINE, _NESTED_LINE
    )
    for number in range(start.line, min(end.line, len(lines)) + 1):
        line = lines[number - 1]
        first = start.column - 1 if number == start.line else 0
        if whole_lines:  # point at their first sign
            segment = line[first:]
            if pattern.match(segment):
                found.append(Position(number, first + len(segment) - len(segment.lstrip()) + 1))
            continue
        found += [Position(number, m.start() + 1) for m in pattern.finditer(line, first)]
    return found


class _Elements(HTMLParser):
    """The elements the sanitiser would drop (once per table), and the link targets."""

    def __init__(self) -> None:
        super().__init__()
        self.dropped: list[str] = []
        self.hrefs: list[str] = []
        self.depth = self.deepest = 0

    def handle_endtag(self, tag: str) -> None:
        if tag in _NESTING:
            self.depth -= 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _NESTING:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)
        if tag == "a":
            self.hrefs += [value for name, value in attrs if name == "href" and value]
        if tag in ("thead", "tbody", "tr", "th", "td"):  # the table says it once
            return
        if tag not in ALLOWED_TAGS or re.fullmatch(r"h[1-6]", tag):
            self.dropped.append(tag)
