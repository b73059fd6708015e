"""Read `content/examples/`: one example per Markdown file, its English text beside it.

Every file in the folder is accounted for: a Danish example (`navn.md`), its translation
(`navn.en.md`, body only), or a problem naming the file. The file name becomes the page's
address, so it must be a slug and must not be a page the folder already has (`index` is the
overview). The fields between the `---` lines are strict YAML checked against the schema,
the body goes through the one prose pipeline, and the themes and questions it names must
exist in questions.yaml.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .files import parse_content_yaml, read_content_text
from .model import Example, Source, Text
from .problems import FileProblems, Problem, display_path
from .prose import PendingLink, ProseField, check_prose
from .schema import schema_problems
from .yamlsource import Position, YamlDocument, split_lines

EXAMPLES_DIR = "examples"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
# The folder's own page: an example named so would replace the overview /eksempler/.
FOLDER_PAGE = "index"
MAX_BODY_WORDS = 1000  # today's examples have 200-280; an example is read in a few minutes


@dataclass
class LoadedExamples:
    examples: tuple[Example, ...] = ()
    slugs: set[str] = field(default_factory=set)  # every Danish file's, loaded or not
    links: list[PendingLink] = field(default_factory=list)


def load_examples(
    content_dir: Path,
    root: Path,
    problems: list[Problem],
    known: tuple[set[str], set[str]] | None,
) -> LoadedExamples:
    folder = content_dir / EXAMPLES_DIR
    result = LoadedExamples()
    if not folder.is_dir():
        return result
    danish, english = [], []
    for path in sorted(folder.rglob("*")):
        kind = _kind(path, folder)
        if kind == "da":
            danish.append(path)
        elif kind == "en":
            english.append(path)
        elif kind is not None:
            FileProblems(problems, display_path(path, root)).add(1, 1, kind)
    slugs = [p.name.removesuffix(".md") for p in danish]
    result.slugs = set(slugs)
    for path in english:
        _check_has_original(path, slugs, root, problems)
    examples = []
    for path in danish:
        out = FileProblems(problems, display_path(path, root))
        loaded = _load_example(path, out, content_dir, result.links)
        if loaded is None:
            continue
        example, doc = loaded
        if known is not None:  # without a readable questions.yaml there is nothing to refer to
            _check_refs(doc, out, *known)
        examples.append(example)
    result.examples = tuple(examples)
    return result


def _kind(path: Path, folder: Path) -> str | None:
    """'da', 'en', None for a folder holding files, or why the file cannot be an example."""
    if path.is_dir() and not path.is_symlink():
        if path.suffix == ".md" and path.parent == folder:
            return "Det er en mappe, ikke en fil."
        if any(path.iterdir()):
            return None  # its files are named one by one
        return "En tom mappe i content/examples/; slet den."
    if path.name.startswith("."):
        return None
    if path.parent != folder:
        return (
            "Eksempler skal ligge direkte i content/examples/, ikke i en undermappe; flyt "
            "filen op i content/examples/ (filnavnet bliver sidens adresse)."
        )
    if path.suffix != ".md":
        return "Mappen content/examples/ må kun indeholde eksempler (filer, der ender på .md)."
    return "en" if path.name.endswith(".en.md") else "da"


def _check_has_original(path: Path, slugs: list[str], root: Path, problems: list[Problem]) -> None:
    """A translation whose Danish file is misnamed would be ignored: say so instead."""
    slug = path.name.removesuffix(".en.md")
    if slug in slugs:
        return
    original = display_path(path.with_name(f"{slug}.md"), root)
    close = difflib.get_close_matches(slug, slugs, n=1)
    guess = f" mente du '{close[0]}.en.md'?" if close else ""
    FileProblems(problems, display_path(path, root)).add(
        1,
        1,
        f"Der er ingen dansk fil '{original}' til denne oversættelse;{guess} En oversættelse "
        "skal hedde som den danske fil, med .en.md til sidst.",
    )


def _load_example(
    path: Path, out: FileProblems, content_dir: Path, links: list[PendingLink]
) -> tuple[Example, YamlDocument] | None:
    slug = path.name.removesuffix(".md")
    if not SLUG.match(slug):
        out.add(
            1,
            1,
            f"Filnavnet '{path.name}' bliver sidens adresse: brug kun små bogstaver a-z, tal og "
            "bindestreger (ikke æ, ø, å eller mellemrum).",
        )
    elif slug == FOLDER_PAGE:
        out.add(
            1,
            1,
            f"Filnavnet '{path.name}' ville give adressen /eksempler/, som findes allerede "
            "(oversigten over eksemplerne, siden Eksempler); giv filen et andet navn.",
        )
    text = read_content_text(path, content_dir, out)
    if text is None:
        return None
    match = FRONT_MATTER.match(text)
    if not match:
        out.add(
            1,
            1,
            "Eksemplet skal starte med felterne mellem to linjer med tre bindestreger (---).",
        )
        return None
    doc = parse_content_yaml(match.group(1) or "", out, line_offset=1)
    english = path.with_name(f"{slug}.en.md")
    has_english = english.exists() or english.is_symlink()
    head_lines = len(split_lines(text[: match.end()]))
    body = text[match.end() :]
    if not body.strip():
        out.add(head_lines, 1, "Eksemplet mangler en beskrivelse under felterne.")
        return None
    pages = (f"/eksempler/{slug}/", *(() if has_english else (f"/en/eksempler/{slug}/",)))
    _check_body(body, head_lines, out, pages, links)
    body_en = None
    if has_english:
        english_out = FileProblems(out.problems, out.path.removesuffix(".md") + ".en.md")
        body_en = read_content_text(english, content_dir, english_out)
        if body_en is not None and FRONT_MATTER.match(body_en):
            english_out.add(
                1,
                1,
                "Den engelske fil har kun selve teksten, ingen felter mellem ---; skriv "
                "title_en og summary_en i den danske fil.",
            )
        elif body_en is not None:
            _check_body(body_en, 1, english_out, (f"/en/eksempler/{slug}/",), links)
    if doc is None:
        return None
    if doc.data is None:
        out.add(2, 1, "Felterne mellem linjerne med --- er tomme.")
        return None
    found = schema_problems("example", doc, "Eksemplet")
    for line, column, message in found:
        out.add(line, column, message)
    if found:
        return None
    data = doc.data
    assert isinstance(data, dict)
    example = Example(
        slug,
        Text(data["title"], data.get("title_en")),
        Text(data["summary"], data.get("summary_en")),
        tuple(data["themes"]),
        tuple(data["target_groups"]),
        tuple(data["partners"]),
        tuple(data["questions"]),
        Text(body.strip(), (body_en or "").strip() or None),
        Source(out.path, 1),
    )
    return example, doc


def _check_body(
    body: str, first_line: int, out: FileProblems, pages: tuple[str, ...], links: list[PendingLink]
) -> None:
    """The body through the prose pipeline (with `##` headings), and its length.

    `pages`: the example's page in the body's language, and in English too when the Danish
    body is shown there for want of a translation."""
    lines = split_lines(body)
    shifted = _Shifted(out, first_line - 1)
    end = Position(len(lines), len(lines[-1]) + 1)
    check_prose(ProseField(body, "beskrivelsen", lines, Position(1, 1), end, shifted, pages,
                           headings=True), links)
    words = len(body.split())
    if words > MAX_BODY_WORDS:
        out.add(
            first_line,
            1,
            f"Beskrivelsen har {words} ord; et eksempel må højst have {MAX_BODY_WORDS:,} ord "
            "(de nuværende har 200-300). Skær ned til det vigtigste.".replace(",", "."),
        )


class _Shifted:
    """Problems in a body, whose lines count from its first line, at their line in the file."""

    def __init__(self, out: FileProblems, offset: int) -> None:
        self.out, self.offset = out, offset

    def add(self, line: int, column: int, message: str) -> None:
        self.out.add(line + self.offset, column, message)


def _check_refs(doc: YamlDocument, out: FileProblems, theme_ids: set, questions: set) -> None:
    """Every theme and question an example names must exist in questions.yaml."""
    data = doc.data
    assert isinstance(data, dict)
    checks = (
        (
            "themes",
            theme_ids,
            "temaet '{}', som ikke findes; mulige temaer: " + ", ".join(sorted(theme_ids)) + ".",
        ),
        ("questions", questions, "spørgsmålet '{}', som ikke findes i questions.yaml."),
    )
    for field_name, known, missing in checks:
        for i, name in enumerate(data[field_name]):
            if name not in known:
                pos = doc.position((field_name, i))
                message = f"Feltet '{field_name}' nævner {missing.format(name)}"
                out.add(pos.line, pos.column, message)
