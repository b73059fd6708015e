"""Read `content/pages.yaml`: the texts editors write on the generated pages.

The pages /anbefalinger/, /eksempler/ and /moedeark/ are made from the content, but their
introductions are prose that editors change, so they live in `content/` beside the rest
(checked like it: strict YAML, the schema `schemas/pages.schema.json`, messages with file,
line and column) and not in the code.
"""

from __future__ import annotations

from pathlib import Path

from .model import PageText, Source, Text
from .problems import ContentError, Problem, display_path
from .schema import schema_problems
from .yamlsource import YamlSyntaxError, parse_yaml

PAGES_FILE = "pages.yaml"


def read_pages(content_dir: Path, root: Path, problems: list[Problem]) -> dict[str, PageText]:
    """The page texts by page id (anbefalinger, eksempler, moedeark); problems go to `problems`."""
    path = content_dir / PAGES_FILE
    shown = display_path(path, root)

    def add(line: int, column: int, message: str) -> None:
        problems.append(Problem(shown, line, column, message))

    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        add(
            0,
            0,
            "Filen findes ikke; den rummer teksterne til siderne Anbefalinger, "
            "Eksempler og Mødeark.",
        )
        return {}
    except UnicodeDecodeError:
        add(0, 0, "Filen er ikke gemt som UTF-8; gem den igen med tegnsættet UTF-8.")
        return {}
    try:
        doc = parse_yaml(text)
    except YamlSyntaxError as error:
        for issue in error.issues:
            add(issue.line, issue.column, issue.message)
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
