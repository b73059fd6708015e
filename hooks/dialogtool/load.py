"""Read `content/` into a `Content` object, or fail with every problem found.

This module only orchestrates. Each file has its loader (questions, examples, meetings,
pages, synonyms), every file is read through `files` and so through the text gate, every
prose field through `prose.check_prose`; what needs the whole site is checked here once all
is read: that nothing takes an existing page, and that every internal link in the prose
leads to a page and an anchor the site will have (`sitemap`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .examples import EXAMPLES_DIR, load_examples
from .files import read_content_yaml, unread_files
from .meetings import meeting_templates, overfull_templates, with_question_minutes
from .model import Content, Example, Theme
from .pages import read_pages
from .problems import ContentError, FileProblems, Problem, display_path
from .prose import PendingLink
from .questions import QUESTIONS_FILE, load_questions
from .sitemap import (
    add_content_pages,
    languages,
    report_dead_link,
    reserved_names,
    written_sitemap,
)

MEETINGS_FILE = "meetings.yaml"
# Every file content/ may hold besides examples/; anything else would be silently ignored.
KNOWN_FILES = {
    QUESTIONS_FILE,
    MEETINGS_FILE,
    "pages.yaml",
    "synonyms.yaml",
    "wordlist.txt",
    "example-template.md",
}


def load_content(content_dir: Path, root: Path | None = None) -> Content:
    """Load and validate all content below `content_dir`; raise ContentError on any problem."""
    problems: list[Problem] = []
    root = root or content_dir.parent
    docs_dir = root / "docs"
    langs = languages(docs_dir) if docs_dir.is_dir() else ["da", "en"]
    reserved = reserved_names(docs_dir, root) if docs_dir.is_dir() else {}
    unread_files(content_dir, root, problems, KNOWN_FILES, EXAMPLES_DIR)
    qfile = FileProblems(problems, display_path(content_dir / QUESTIONS_FILE, root))
    questions = load_questions(content_dir, qfile, reserved, langs)
    loaded = load_examples(content_dir, root, problems, questions.loose)
    page_links: list[PendingLink] = []
    pages = read_pages(content_dir, root, problems, langs, page_links)
    meetings_path = content_dir / MEETINGS_FILE
    mfile = FileProblems(problems, display_path(meetings_path, root))
    mdoc = read_content_yaml(meetings_path, content_dir, mfile)
    # Templates are checked against the questions only once questions.yaml itself is sound:
    # an id refused there would otherwise be reported again for every template naming it.
    themes = questions.themes
    minutes = {q.id: q.minutes for theme in themes for q in theme.questions}
    meetings = meeting_templates(mdoc, mfile.path, set(minutes) if questions.sound else None)
    problems += meetings.problems
    if questions.sound and not meetings.problems:
        templates = with_question_minutes(meetings.templates, minutes)
        problems += overfull_templates(templates, mdoc)
    if questions.sound and docs_dir.is_dir():
        site = written_sitemap(docs_dir)
        add_content_pages(site, questions.recommendations, themes, loaded, langs)
        for link in (*questions.links, *loaded.links, *page_links):
            report_dead_link(link, site)
    if problems:
        raise ContentError(problems)
    themes = tuple(_with_examples(theme, loaded.examples) for theme in themes)
    page_files = sorted({page.source.path for page in pages.values()})
    sources = (qfile.path, *(e.source.path for e in loaded.examples), mfile.path, *page_files)
    templates = with_question_minutes(meetings.templates, minutes)
    return Content(questions.recommendations, themes, loaded.examples, sources, pages, templates)


def _with_examples(theme: Theme, examples: tuple[Example, ...]) -> Theme:
    return replace(theme, examples=tuple(e for e in examples if theme.id in e.themes))

