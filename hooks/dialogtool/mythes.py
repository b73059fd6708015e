"""The MyThes thesauri Debian ships (mythes-da, mythes-en-us), read into word -> synonyms.

A MyThes file is `word|n` followed by n sense lines `(pos)|synonym|synonym ...`; marks in
parentheses say how a word relates to the headword. Only words that can stand in for the
headword are kept: narrower and broader terms, antonyms and rude words are not synonyms.
"""

from __future__ import annotations

import re
from pathlib import Path

THESAURI = {
    "da": Path("/usr/share/mythes/th_da_DK.dat"),
    "en": Path("/usr/share/mythes/th_en_US_v2.dat"),
}
PACKAGES = {"da": "mythes-da", "en": "mythes-en-us"}
# Marks whose words are not synonyms: narrower ("underbegreb"), broader ("generic term"),
# opposite ("antonym"), merely related or similar ("ill" is "sick", "green" is not), or rude.
SKIP = (
    "(underbegreb)",
    "(vulgær)",
    "(generic term)",
    "(antonym)",
    "(related term)",
    "(similar term)",
)
TERM = re.compile(r"[a-zæøåéü0-9]+( [a-zæøåéü0-9]+)*")  # schemas/synonyms.schema.json


def read_thesaurus(path: Path) -> dict[str, tuple[str, ...]]:
    """word -> its synonyms, in the thesaurus's order, from a MyThes `.dat` file."""
    lines = path.read_bytes().splitlines()
    encoding = lines[0].decode("ascii").strip() or "utf-8"
    found: dict[str, list[str]] = {}
    word, left = "", 0
    for raw in lines[1:]:
        line = raw.decode(encoding, "replace")
        if left == 0:
            head, _, count = line.rpartition("|")
            word, left = head.strip().lower(), int(count) if count.strip().isdigit() else 0
            continue
        left -= 1
        for item in line.split("|")[1:]:
            if any(mark in item for mark in SKIP):
                continue
            term = " ".join(re.sub(r"\([^)]*\)", "", item).lower().split())
            if term != word and TERM.fullmatch(term) and term not in found.setdefault(word, []):
                found[word].append(term)
    return {w: tuple(s) for w, s in found.items() if s}
