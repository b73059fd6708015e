"""Read `content/synonyms.yaml`: the words people type, mapped to the words in the text.

Checked like the rest of the content (strict YAML, `schemas/synonyms.schema.json`), with
Danish `path:line:col: besked` problems. A missing file means no synonyms, not an error.
Given the content, a `means` word is also checked for what would make the synonym hurt or do
nothing: a stop word ("og" is in nearly every text, so the synonym would join most results;
the lists are lunr's, shipped with MkDocs) or a word found nowhere in that language's texts.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .files import read_content_yaml
from .problems import ContentError, FileProblems, Problem, display_path
from .schema import schema_problems

if TYPE_CHECKING:
    from .model import Content

SYNONYMS_FILE = "synonyms.yaml"


@dataclass(frozen=True)
class Synonym:
    """Texts containing one of `means` are also found by a search for one of `words`."""

    words: tuple[str, ...]
    means: tuple[str, ...]
    lang: str = "da"


def load_synonyms(
    content_dir: Path, root: Path | None = None, content: Content | None = None
) -> tuple[Synonym, ...]:
    """The synonyms in `content_dir/synonyms.yaml`; raise ContentError on any problem.

    With `content`, every `means` word must also be a word the search can use (see above).
    """
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
    synonyms = tuple(
        Synonym(tuple(item["words"]), tuple(item["means"]), item.get("lang", "da"))
        for item in doc.data["synonyms"]
    )
    if content is not None:
        words: dict[str, frozenset[str]] = {}
        for n, synonym in enumerate(synonyms):
            if synonym.lang not in words:
                words[synonym.lang] = content_words(content, synonym.lang)
            for m, term in enumerate(synonym.means):
                why = means_problem(term, synonym.lang, words[synonym.lang])
                if why:
                    pos = doc.position(("synonyms", n, "means", m))
                    problems.append(Problem(shown, pos.line, pos.column, why))
        if problems:
            raise ContentError(problems)
    return synonyms


_WORD = re.compile(r"\w+")


def means_problem(term: str, lang: str, words: frozenset[str]) -> str | None:
    """Why `term` cannot be a synonym's `means` (a stop word, or in no text), or None."""
    language = "dansk" if lang == "da" else "engelsk"
    for word in term.split():
        if word in stop_words(lang):
            return (
                f"Ordet '{word}' i 'means' er et almindeligt småord ({language}), som står i "
                "næsten alle tekster: synonymet ville hæfte sig på de fleste søgeresultater. "
                "Skriv et ord, der siger noget om emnet."
            )
        if not any(word in token for token in words):
            return (
                f"Ordet '{word}' i 'means' står ikke i nogen af de {language}e tekster, så "
                "synonymet finder intet. Skriv et ord, der står i spørgsmålene, anbefalingerne "
                "eller eksemplerne."
            )
    return None


def content_words(content: Content, lang: str) -> frozenset[str]:
    """Every word of the texts the search indexes in `lang`, in lower case."""
    from .search_index import content_records, record_words  # the search's own view

    return frozenset(
        token.lower()
        for record in content_records(content, lang)
        for word in record_words(record)
        for token in _WORD.findall(word)
    )


@cache
def stop_words(lang: str) -> frozenset[str]:
    """lunr's stop words for `lang` (Danish from lunr-languages, English from lunr itself)."""
    spec = importlib.util.find_spec("mkdocs")  # found, not imported: that takes seconds
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    folder = Path(spec.submodule_search_locations[0]) / "contrib" / "search"
    source = (
        folder / "lunr-language" / f"lunr.{lang}.js"
        if lang != "en"
        else folder / "templates" / "search" / "lunr.js"
    )
    if not source.exists():
        return frozenset()
    text = source.read_text(encoding="utf-8")
    match = re.search(r"generateStopWordFilter\((?:'([^']*)'\.split|\[([^\]]*)\])", text)
    if not match:
        return frozenset()
    if match.group(1) is not None:
        return frozenset(match.group(1).split())
    return frozenset(re.findall(r"'([^']+)'", match.group(2)))
