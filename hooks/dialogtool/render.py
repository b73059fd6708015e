"""Render the content into Markdown pages, one string per page, through Jinja templates.

The output is ordinary Markdown (with a little HTML for structure), so any static site
generator that reads Markdown can publish it; MkDocs is one of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

import jinja2
from markupsafe import Markup, escape

from .collation import sorted_by
from .enums import enum_text
from .handout import handout_data, template_fragment
from .labels import LABELS
from .markup import body_sections, md_text, prose_html
from .model import Content, Example, Text

TEMPLATES = Path(__file__).parent / "templates"
T = TypeVar("T")


@dataclass(frozen=True)
class RenderedPage:
    """A page to publish: its Markdown source path, text and the file a reader would edit."""

    uri: str
    markdown: str
    source_path: str
    source_line: int = 1
    owner: Text | None = None


def render_site(
    content: Content, lang: str = "da", pdfs: frozenset[str] = frozenset()
) -> list[RenderedPage]:
    """Every generated page of the site in one language.

    `pdfs` names the themes whose ready-made PDF is published, so only those get a link.
    """
    env = _environment()
    ctx = {"content": content, "lang": lang, "L": LABELS[lang], "pdfs": pdfs}
    questions_path = content.source_files[0] if content.source_files else "content/questions.yaml"
    pages = [
        RenderedPage(
            f"{theme.id}/index.md",
            env.get_template("theme.md.j2").render(ctx, theme=theme),
            theme.source.path,
            theme.source.line,
            theme.owner,
        )
        for theme in content.themes
    ]
    # Editing starts in the file that holds most of what the page shows: the recommendations
    # and the meeting templates; the examples overview's own text is its intro (pages.yaml),
    # as each example is a file of its own.
    intro = content.pages.get("eksempler")
    for uri, template, name, source in (
        (
            "anbefalinger/index.md",
            "recommendations.md.j2",
            "anbefalinger",
            content.recommendations[0].source if content.recommendations else None,
        ),
        ("eksempler/index.md", "examples.md.j2", "eksempler", intro.source if intro else None),
        (
            "moedeark/index.md",
            "handout.md.j2",
            "moedeark",
            content.meetings[0].source if content.meetings else None,
        ),
    ):
        where = (source.path, source.line) if source else (questions_path, 1)
        extra = {"handout": handout_data(content, lang)} if name == "moedeark" else {}
        markdown = env.get_template(template).render(ctx, **extra)
        pages.append(RenderedPage(uri, markdown, *where))
    example_template = env.get_template("example.md.j2")
    pages.extend(
        RenderedPage(
            f"eksempler/{example.slug}.md",
            example_template.render(ctx, example=example),
            _example_file(example, lang),
        )
        for example in content.examples
    )
    return pages


def _example_file(example: Example, lang: str) -> str:
    """The file a reader of the page in `lang` edits: the translation when there is one
    (its title is in the Danish file's front matter, its body in `<slug>.en.md`)."""
    if lang != "da" and example.body.pick(lang)[1] == lang:
        return example.source.path.removesuffix(".md") + f".{lang}.md"
    return example.source.path


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        # Compiled templates are kept in the user's temp directory (checked against the
        # source, so never stale): compiling them is a third of a small build's overhead.
        bytecode_cache=jinja2.FileSystemBytecodeCache(),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(inline=inline, prose=prose, plain=plain, md=md, fragment=template_fragment)
    env.filters.update(term=term, term_words=term_words, term_lang=term_lang, sections=sections)
    env.filters.update(by_title=by_title, terms_sorted=terms_sorted)
    return env


def md(value: str) -> Markup:
    """Plain text escaped for Markdown."""
    return Markup(md_text(value))


def inline(text: Text, lang: str) -> Markup:
    """A plain-text field inside a Markdown line, marked lang="da" when it falls back."""
    value, actual = text.pick(lang)
    shown = md_text(value)
    if actual != lang:
        return Markup(f'<span lang="{actual}">{shown}</span>')
    return Markup(shown)


def plain(text: Text, lang: str) -> Markup:
    """A plain-text field inside HTML."""
    value, actual = text.pick(lang)
    if actual != lang:
        return Markup(f'<span lang="{actual}">{escape(value)}</span>')
    return escape(value)


def prose(text: Text, lang: str, css: str = "dq-prose") -> Markup:
    """A prose field as a sanitised HTML block, with a note when it is shown untranslated."""
    value, actual = text.pick(lang)
    note = ""
    if actual != lang:
        note = f'<p class="dq-untranslated">{escape(LABELS[lang]["danish_only"])}</p>\n'
    return Markup(
        f'<div class="{css}" lang="{actual}" markdown="0">\n{note}{prose_html(value)}\n</div>'
    )


def term(value: str, field: str, lang: str) -> Markup:
    """A fixed value of an example (target group, partner) in `lang`, inside HTML."""
    return plain(enum_text(field, value), lang)


def term_words(value: str, field: str, lang: str) -> str:
    """The value's words in `lang` (Danish when there are none), for an element of its own."""
    return enum_text(field, value).pick(lang)[0]


def term_lang(value: str, field: str, lang: str) -> Markup:
    """` lang="da"` for that element when its words fall back to Danish, else nothing."""
    actual = enum_text(field, value).pick(lang)[1]
    return Markup(f' lang="{actual}"') if actual != lang else Markup("")


def by_title(items: Iterable[T], lang: str) -> list[T]:
    """Examples (anything with a `title`) in alphabetical order of their title in `lang`."""
    return sorted_by(items, lambda item: item.title.pick(lang)[0], lang)


def terms_sorted(values: Iterable[str], field: str, lang: str) -> list[str]:
    """Distinct fixed values of `field` in alphabetical order of their words in `lang`."""
    return sorted_by(dict.fromkeys(values), lambda value: term_words(value, field, lang), lang)


@dataclass(frozen=True)
class Section:
    """A part of an example's body: its Markdown heading (escaped text) and its prose."""

    heading: Markup | None
    level: int
    html: Markup


def sections(text: Text, lang: str) -> list[Section]:
    """The body split at its headings, which become real page headings (with ids and a place
    in the table of contents) while their words stay escaped text; the rest is prose."""
    value, actual = text.pick(lang)
    result = []
    for number, (level, title, part) in enumerate(body_sections(value)):
        heading = None
        if title is not None:
            heading = Markup(md_text(title))
            if actual != lang:
                heading = Markup(f'<span lang="{actual}">{heading}</span>')
        note = ""
        if number == 0 and actual != lang:
            note = f'<p class="dq-untranslated">{escape(LABELS[lang]["danish_only"])}</p>\n'
        html = ""
        if part.strip() or note:
            html = (
                f'<div class="dq-prose" lang="{actual}" markdown="0">\n'
                f"{note}{prose_html(part) if part.strip() else ''}\n</div>"
            )
        result.append(Section(heading, level, Markup(html)))
    return result
