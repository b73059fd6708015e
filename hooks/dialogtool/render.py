"""Render the content into Markdown pages, one string per page, through Jinja templates.

The output is ordinary Markdown (with a little HTML for structure), so any static site
generator that reads Markdown can publish it; MkDocs is one of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from .handout import handout_data, template_fragment
from .labels import LABELS
from .markup import md_text, prose_html
from .model import Content, Text

TEMPLATES = Path(__file__).parent / "templates"


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
    pages.append(
        RenderedPage(
            "anbefalinger/index.md",
            env.get_template("recommendations.md.j2").render(ctx),
            questions_path,
        )
    )
    pages.append(
        RenderedPage(
            "eksempler/index.md", env.get_template("examples.md.j2").render(ctx), questions_path
        )
    )
    pages.append(
        RenderedPage(
            "moedeark/index.md",
            env.get_template("handout.md.j2").render(ctx, handout=handout_data(content, lang)),
            questions_path,
        )
    )
    example_template = env.get_template("example.md.j2")
    pages.extend(
        RenderedPage(
            f"eksempler/{example.slug}.md",
            example_template.render(ctx, example=example),
            example.source.path,
        )
        for example in content.examples
    )
    return pages


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
