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

from .examples import EXAMPLES_DIR, LoadedExamples, load_examples
from .files import read_content_yaml
from .meetings import meeting_templates, overfull_templates, with_question_minutes
from .model import Content, Example, Recommendation, Theme
from .pages import read_pages
from .problems import ContentError, FileProblems, Problem, display_path
from .prose import PendingLink
from .questions import QUESTIONS_FILE, load_questions
from .sitemap import (
    SiteMap,
    heading_ids,
    heading_slug,
    languages,
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
    _check_inventory(content_dir, root, problems)
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
            _check_link(link, site)
    if problems:
        raise ContentError(problems)
    themes = tuple(_with_examples(theme, loaded.examples) for theme in themes)
    page_files = sorted({page.source.path for page in pages.values()})
    sources = (qfile.path, *(e.source.path for e in loaded.examples), mfile.path, *page_files)
    templates = with_question_minutes(meetings.templates, minutes)
    return Content(questions.recommendations, themes, loaded.examples, sources, pages, templates)


def _check_inventory(content_dir: Path, root: Path, problems: list[Problem]) -> None:
    """A file in content/ that nothing reads would be dropped without a word: name it."""
    if not content_dir.is_dir():
        return
    for path in sorted(content_dir.iterdir()):
        if path.name in KNOWN_FILES or path.name == EXAMPLES_DIR or path.name.startswith("."):
            continue
        FileProblems(problems, display_path(path, root)).add(
            1,
            1,
            f"Filen '{path.name}' bliver ikke læst af noget og ville blive ignoreret. Indholdet "
            f"hører til i {', '.join(sorted(KNOWN_FILES - {'wordlist.txt'}))} eller i mappen "
            "examples/; flyt det dertil, og slet filen.",
        )


def add_content_pages(
    site: SiteMap,
    recommendations: tuple[Recommendation, ...],
    themes: tuple[Theme, ...],
    examples: LoadedExamples,
    langs: list[str],
) -> None:
    """The generated pages with their ids (see the templates; the tests compare the result
    with the built site). An example that failed to load is a page with unknown ids."""
    bodies = {e.slug: e.body for e in examples.examples}
    for lang in langs:
        prefix = "/" if lang == langs[0] else f"/{lang}/"
        for theme in themes:
            ids = {q.id for q in theme.questions} | {r.id for r in theme.recommendations}
            ids |= {"anbefalinger", "eksempler"}
            ids |= {heading_slug(f"{t.number} {t.title.pick(lang)[0]}") for t in theme.topics}
            site.add(f"{prefix}{theme.id}/", ids)
        site.add(f"{prefix}anbefalinger/", {r.id for r in recommendations})
        site.add(f"{prefix}eksempler/", set())
        handout = {"dq-h-templates", "dq-h-agenda", "dq-h-choose"}
        site.add(f"{prefix}moedeark/", handout | {f"dq-h-{t.id}" for t in themes})
        site.app_pages.add(f"{prefix}moedeark/")
        for slug in examples.slugs:
            body = bodies.get(slug)
            ids = None if body is None else heading_ids(body.pick(lang)[0]) | {"spoergsmaal"}
            site.add(f"{prefix}eksempler/{slug}/", ids)


def _check_link(link: PendingLink, site: SiteMap) -> None:
    if link.href.split("#")[0].split("?")[0].endswith(".md"):
        link.out.add(
            link.position.line,
            link.position.column,
            f"Linket til '{link.href}' peger på en fil; i teksterne skal et link pege på sidens "
            "adresse, fx ../eksempler/bydelsmoedre/ eller ../sundhed/#sundhed-faelles-maal.",
        )
        return
    for page in link.pages:
        why = site.dead(link.href, page)
        if why:
            link.out.add(
                link.position.line,
                link.position.column,
                f"Linket til '{link.href}' fører ingen steder hen: {why} (linket står på "
                f"siden {page}). Ret adressen, eller fjern linket.",
            )
            return


def _with_examples(theme: Theme, examples: tuple[Example, ...]) -> Theme:
    return replace(theme, examples=tuple(e for e in examples if theme.id in e.themes))

