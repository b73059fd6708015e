"""`make i18n-status`: list every text that has no English translation yet.

The English edition shows the Danish text in those places, marked lang="da"; this report
tells translators where to work. It always exits 0: a missing translation is not an error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from .load import load_content
from .model import Content, Text


def untranslated(content: Content) -> Iterator[tuple[str, int, str]]:
    """(path, line, what) for each content text without English."""

    def check(text: Text | None, path: str, line: int, what: str) -> Iterator[tuple[str, int, str]]:
        if text is not None and not text.translated:
            yield path, line, what

    for rec in content.recommendations:
        yield from check(
            rec.title, rec.source.path, rec.source.line, f"anbefaling '{rec.id}': title"
        )
        yield from check(rec.text, rec.source.path, rec.source.line, f"anbefaling '{rec.id}': text")
    for theme in content.themes:
        where = (theme.source.path, theme.source.line)
        for field in ("title", "owner", "guiding_question", "intro"):
            yield from check(getattr(theme, field), *where, f"tema '{theme.id}': {field}")
        for topic in theme.topics:
            yield from check(topic.title, *where, f"tema '{theme.id}', emne {topic.number}: title")
            for q in topic.questions:
                qwhere = (q.source.path, q.source.line)
                yield from check(q.text, *qwhere, f"spørgsmål '{q.id}': text")
                if any(not f.translated for f in q.followups):
                    yield *qwhere, f"spørgsmål '{q.id}': followups"
    for meeting in content.meetings:
        where = (meeting.source.path, meeting.source.line)
        for field in ("title", "purpose"):
            what = f"mødeskabelon '{meeting.id}': {field}"
            yield from check(getattr(meeting, field), *where, what)
    for ex in content.examples:
        for field in ("title", "summary"):
            yield from check(
                getattr(ex, field), ex.source.path, 1, f"eksempel '{ex.slug}': {field}"
            )
        if not ex.body.translated:
            yield (
                ex.source.path,
                1,
                f"eksempel '{ex.slug}': beskrivelse (skrives i {ex.slug}.en.md)",
            )


def untranslated_pages(content: Content) -> Iterator[tuple[str, int, str]]:
    for name, page in content.pages.items():
        if not page.intro.translated:
            yield page.source.path, page.source.line, f"side '{name}': intro"


def untranslated_docs(docs: Path, root: Path) -> Iterator[tuple[str, int, str]]:
    for page in sorted(docs.rglob("*.md")):
        if page.name.endswith(".en.md"):
            continue
        if not page.with_name(page.name.removesuffix(".md") + ".en.md").exists():
            yield page.relative_to(root).as_posix(), 1, "side uden engelsk udgave (.en.md)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Vis tekster uden engelsk oversættelse.")
    parser.add_argument("--root", type=Path, default=Path.cwd())
    root: Path = parser.parse_args(argv).root
    content = load_content(root / "content", root)
    missing = [
        *untranslated(content),
        *untranslated_pages(content),
        *untranslated_docs(root / "docs", root),
    ]
    for path, line, what in missing:
        print(f"{path}:{line}: {what} mangler engelsk")
    print(f"{len(missing)} tekst(er) uden engelsk oversættelse.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
