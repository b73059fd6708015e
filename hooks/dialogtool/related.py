"""Words the text does not use, mapped to words it does use that mean the same.

Built from the thesaurus (see mythes.py) against the search index's vocabulary, so that the
search box can read a query word the index does not know ("udløber", "sick") as the text's
own words ("slutter", "illness") and say so. Only unknown words are read this way: a word the
text uses is searched as it is, so this never changes a result for a query the index already
understands. The map is split into small files by the word's first two letters, and the box
fetches one only for a word it cannot read otherwise.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable

import snowballstemmer

STEMMERS = {"da": "danish", "en": "english"}  # the Snowball stemmers Pagefind uses too
MAX_TERMS = 6


def related_words(
    thesaurus: dict[str, tuple[str, ...]], vocabulary: Iterable[str], lang: str
) -> dict[str, list[str]]:
    """word the vocabulary lacks -> up to MAX_TERMS of its synonyms a search can find.

    A synonym can be found when it is in the vocabulary, or when it is the start of a word
    with the same stem, as Pagefind matches it ("ill" finds "illness"); a phrase cannot.
    """
    stem = snowballstemmer.stemmer(STEMMERS[lang]).stemWord
    vocab = set(vocabulary)
    ordered = sorted(vocab)
    seen: dict[str, bool] = {}  # a thesaurus repeats its words: each is looked at once

    def findable(term: str) -> bool:
        if term not in seen:
            seen[term] = " " not in term and (term in vocab or _same_stem(term, ordered, stem))
        return seen[term]

    found: dict[str, list[str]] = {}
    for word, synonyms in thesaurus.items():
        if " " in word or word in vocab or len(word) < 3:
            continue
        terms = [s for s in synonyms if findable(s)][:MAX_TERMS]
        if terms:
            found[word] = terms
    return found


def _same_stem(term: str, ordered: list[str], stem) -> bool:
    """Whether a word of `ordered` (sorted) begins with `term` and has its stem."""
    i = bisect.bisect_left(ordered, term)
    longer = []
    while i < len(ordered) and ordered[i].startswith(term):
        longer.append(ordered[i])
        i += 1
    return bool(longer) and stem(term) in {stem(w) for w in longer}


def shard_key(word: str) -> str:
    """The file a word's entry is in: its first two letters as code points ("sick" -> 73-69),
    so file names stay ASCII; search.js computes the same."""
    return "-".join(f"{ord(c):x}" for c in word[:2])


def shards(related: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    """The map split by shard_key, each part sorted, so the files are reproducible."""
    parts: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for word in sorted(related):
        parts[shard_key(word)][word] = related[word]
    return dict(sorted(parts.items()))
