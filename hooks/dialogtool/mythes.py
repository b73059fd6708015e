"""The MyThes thesauri Debian ships (mythes-da, mythes-en-us), read into word -> synonyms.

A MyThes file is `word|n` followed by n sense lines `(pos)|synonym|synonym ...`; marks in
parentheses say how a word relates to the headword. Only words that can stand in for the
headword are kept: narrower and broader terms, antonyms and rude words are not synonyms.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tempfile
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
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n")
    lines = body.decode(head.decode("ascii").strip() or "utf-8", "replace").splitlines()
    found: dict[str, tuple[str, ...]] = {}
    i = 0
    while i < len(lines):
        entry, _, count = lines[i].rpartition("|")
        n = int(count) if count.strip().isdigit() else 0
        word, terms = entry.strip().lower(), []
        for line in lines[i + 1 : i + 1 + n]:
            for item in line.split("|")[1:]:
                if "(" in item and any(mark in item for mark in SKIP):
                    continue
                plain = re.sub(r"\([^)]*\)", "", item) if "(" in item else item
                term = " ".join(plain.lower().split())
                if term != word and term not in terms and TERM.fullmatch(term):
                    terms.append(term)
        if terms:
            found[word] = tuple(terms)
        i += 1 + n
    return found


def one_word_thesaurus(path: Path, cache_dir: Path | None = None) -> dict[str, tuple[str, ...]]:
    """single_words(read_thesaurus(path)), kept in a cache file: parsing the English file
    takes seconds a build, loading the cache a tenth of one. The cache is keyed by the file
    (size, time) and by this module's source, so a new thesaurus or rule reads it again."""
    stat = path.stat()
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    folder = cache_dir or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    name = f"{path.stem}-{stat.st_size}-{stat.st_mtime_ns}-{code}.pickle"
    cache = folder / "dialogvaerktoejet" / name
    try:
        return pickle.loads(cache.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    found = single_words(read_thesaurus(path))
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache.parent, delete=False) as tmp:
            tmp.write(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
        Path(tmp.name).replace(cache)  # whole or not at all, when builds run side by side
    except OSError:
        pass  # a read-only home: parse each time
    return found


def single_words(thesaurus: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The entries a one-word query can use: one-word headwords and their one-word synonyms."""
    found = {}
    for word, synonyms in thesaurus.items():
        if " " not in word:
            kept = tuple(s for s in synonyms if " " not in s)
            if kept:
                found[word] = kept
    return found
