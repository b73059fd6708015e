"""Synonym candidates for `content/synonyms.yaml`, from the Danish thesaurus (mythes-da).

`make synonyms` lists, for the words of the Danish content, the thesaurus's synonyms that
neither `synonyms.yaml` nor the text has yet, as entries an editor can copy into
`synonyms.yaml`. Nothing is added to the search by itself: an editor decides (see
CONTRIBUTING.md, "Find synonymer med ordbogen").

    PYTHONPATH=hooks python -m dialogtool.thesaurus [--root DIR] [--output FILE]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .load import load_content
from .mythes import THESAURI, read_thesaurus
from .problems import ContentError
from .search_index import WORD, Lexicon, content_records, record_words, stop_words
from .synonyms import Synonym, load_synonyms, means_problem

THESAURUS = THESAURI["da"]


@dataclass(frozen=True)
class Candidate:
    """Thesaurus synonyms (`words`) for a word of the text (`means`), and how often it occurs."""

    means: str
    words: tuple[str, ...]
    count: int


def candidates(texts: list[str], synonyms: tuple[Synonym, ...],
               thesaurus: dict[str, tuple[str, ...]],
               lexicon: Lexicon | None = None) -> list[Candidate]:
    """For each word of `texts` (or its dictionary form) the thesaurus knows, its synonyms
    that are neither in `synonyms` nor in the texts; most frequent words first."""
    counts = Counter(m.group(0).lower() for text in texts for m in WORD.finditer(text))
    stop = set(stop_words("da"))
    taken = {t for s in synonyms if s.lang == "da" for t in (*s.words, *s.means)}
    if lexicon is not None:
        lexicon.learn(counts)
    by_form: dict[str, int] = Counter()
    for word, n in counts.items():
        forms = {word, *(lexicon.lemmas(word) if lexicon else ())}
        for form in forms:
            if form in thesaurus and form not in stop and len(form) >= 3:
                by_form[form] += n
    found = []
    text_words = frozenset(counts)
    for form, n in by_form.items():
        if means_problem(form, "da", text_words):
            continue  # synonyms.yaml would refuse it (a dictionary form the text never has)
        new = tuple(w for w in thesaurus[form] if w not in taken and w not in counts)
        if new:
            found.append(Candidate(form, new, n))
    return sorted(found, key=lambda c: (-c.count, c.means))


def as_yaml(found: list[Candidate]) -> str:
    """Entries in the form of `synonyms.yaml`, each with how often its word is in the text."""
    lines = ["# Forslag fra den danske synonymordbog (mythes-da): kopiér de linjer, du vil",
             "# bruge, ind under `synonyms:` i content/synonyms.yaml, og slet de ord, der ikke",
             "# passer. Ordene i `words` er dem, folk kan skrive; `means` står i teksten.", ""]
    for c in found:
        lines += [f"  # '{c.means}' står {c.count} gang{'e' if c.count != 1 else ''} i teksten",
                  f"  - words: [{', '.join(c.words)}]", f"    means: [{c.means}]"]
    return "\n".join(lines) + "\n"


def danish_texts(root: Path) -> list[str]:
    content = load_content(root / "content", root)
    return [" ".join(record_words(r)) for r in content_records(content, "da")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Synonymforslag fra synonymordbogen")
    parser.add_argument("--root", type=Path, default=Path.cwd())
    parser.add_argument("--output", type=Path, help="skriv forslagene hertil (standard: skærmen)")
    args = parser.parse_args(argv)
    if not THESAURUS.exists():
        print(f"Synonymordbogen {THESAURUS} findes ikke: installér pakken mythes-da.",
              file=sys.stderr)
        return 2
    try:
        texts = danish_texts(args.root)
        synonyms = load_synonyms(args.root / "content", args.root)
    except ContentError as error:
        print(f"Indholdet har fejl:\n{error}", file=sys.stderr)
        return 1
    found = candidates(texts, synonyms, read_thesaurus(THESAURUS), Lexicon.from_hunspell())
    text = as_yaml(found)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        print(f"{len(found)} forslag skrevet til {args.output}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
