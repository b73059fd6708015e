"""Read `content/pages.yaml`: the texts editors write on the generated pages.

The pages /anbefalinger/, /eksempler/ and /moedeark/ are made from the content, but their
introductions are prose that editors change, so they live in `content/` beside the rest
(checked like it: strict YAML, the schema `schemas/pages.schema.json`, messages with file,
line and column) and not in the code.
"""

from __future__ import annotations

from pathlib import Path

from .files import read_content_yaml
from .model import PageText, Source, Text
from .problems import ContentError, FileProblems, Problem, display_path
from .schema import schema_problems

PAGES_FILE = "pages.yaml"


def read_pages(content_dir: Path, root: Path, problems: list[Problem]) -> dict[str, PageText]:
    """The page texts by page id (anbefalinger, eksempler, moedeark); problems go to `problems`."""
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
    doc = read_content_yaml(path, content_dir, FileProblems(problems, shown))
    if doc is None:
        return {}
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


def load_pages(content_dir: Path, root: Path | None = None) -> dict[str, PageText]:
    """The page texts, or ContentError with every problem in the file."""
    problems: list[Problem] = []
    pages = read_pages(content_dir, root or content_dir.parent, problems)
    if problems:
        raise ContentError(problems)
    return pages
