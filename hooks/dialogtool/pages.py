"""Read `content/pages.yaml`: the texts editors write on the generated pages.

The pages /anbefalinger/, /eksempler/ and /moedeark/ are made from the content, but their
introductions are prose that editors change, so they live in `content/` beside the rest
(checked like it: strict YAML, the schema `schemas/pages.schema.json`, the one prose
pipeline, messages with file, line and column) and not in the code.
"""

from __future__ import annotations

from pathlib import Path

from .files import parse_content_yaml, read_content_text
from .model import PageText, Source, Text
from .problems import ContentError, FileProblems, Problem, display_path
from .prose import PendingLink, ProseField, check_prose
from .questions import shown_in
from .schema import schema_problems
from .yamlsource import YamlDocument, split_lines

PAGES_FILE = "pages.yaml"


def read_pages(
    content_dir: Path,
    root: Path,
    problems: list[Problem],
    languages: list[str] | None = None,
    links: list[PendingLink] | None = None,
) -> dict[str, PageText]:
    """The page texts by page id (anbefalinger, eksempler, moedeark); problems go to `problems`,
    internal links in the intros to `links`."""
    path = content_dir / PAGES_FILE
    shown = display_path(path, root)

    def add(line: int, column: int, message: str) -> None:
        problems.append(Problem(shown, line, column, message))

    if not path.exists() and not path.is_symlink():
        add(
            0,
            0,
            "Filen findes ikke; den rummer teksterne til siderne Anbefalinger, "
            "Eksempler og Mødeark.",
        )
        return {}
    out = FileProblems(problems, shown)
    text = read_content_text(path, content_dir, out)
    doc = None if text is None else parse_content_yaml(text, out)
    if doc is None or text is None:
        return {}
    _check_intros(doc, split_lines(text), out, languages or ["da", "en"], links)
    found = schema_problems("pages", doc, "Filen")
    for line, column, message in found:
        add(line, column, message)
    if found or not isinstance(doc.data, dict):
        return {}
    return {
        page: PageText(
            Text(fields["intro"], fields.get("intro_en")),
            Source(shown, doc.position((page,)).line),
        )
        for page, fields in doc.data.items()
    }


def _check_intros(
    doc: YamlDocument,
    lines: list[str],
    out: FileProblems,
    languages: list[str],
    links: list[PendingLink] | None,
) -> None:
    """Each intro through the prose pipeline, like every other prose field."""
    for path, (start, end) in doc.spans.items():
        value = doc.value(path)
        if len(path) != 2 or not str(path[1]).startswith("intro") or not isinstance(value, str):
            continue
        item = doc.value(path[:1])
        pages = shown_in([f"{path[0]}/"], str(path[1]), item, languages)
        field = ProseField(value, str(path[1]), lines, start, end, out, pages)
        check_prose(field, links if links is not None else [])


def load_pages(content_dir: Path, root: Path | None = None) -> dict[str, PageText]:
    """The page texts, or ContentError with every problem in the file."""
    problems: list[Problem] = []
    pages = read_pages(content_dir, root or content_dir.parent, problems)
    if problems:
        raise ContentError(problems)
    return pages
