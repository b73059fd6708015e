"""Read `content/synonyms.yaml`: the words people type, mapped to the words in the text.

Checked like the rest of the content (strict YAML, `schemas/synonyms.schema.json`), with
Danish `path:line:col: besked` problems. A missing file means no synonyms, not an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .files import read_content_yaml
from .problems import ContentError, FileProblems, Problem, display_path
from .schema import schema_problems

SYNONYMS_FILE = "synonyms.yaml"


@dataclass(frozen=True)
class Synonym:
    """Texts containing one of `means` are also found by a search for one of `words`."""

    words: tuple[str, ...]
    means: tuple[str, ...]
    lang: str = "da"


def load_synonyms(content_dir: Path, root: Path | None = None) -> tuple[Synonym, ...]:
    """The synonyms in `content_dir/synonyms.yaml`; raise ContentError on any problem."""
    path = content_dir / SYNONYMS_FILE
    if not path.exists() and not path.is_symlink():
        return ()
    shown = display_path(path, root or content_dir.parent)
    problems: list[Problem] = []
    doc = read_content_yaml(path, content_dir, FileProblems(problems, shown))
    if doc is None:
        raise ContentError(problems)
    found = schema_problems("synonyms", doc, "Filen")
    if found:
        raise ContentError([Problem(shown, line, column, msg) for line, column, msg in found])
    return tuple(
        Synonym(tuple(item["words"]), tuple(item["means"]), item.get("lang", "da"))
        for item in doc.data["synonyms"]
    )
