"""Alphabetical order as a reader of each language expects it, the same on every machine.

Lists with no order of their own (examples, target groups, kinds of partner) are sorted by
the words the reader sees, in the reader's language. Numbered things (recommendations,
questions, topics) keep their numbers' order; themes keep the order the editors gave them.

- Danish: the Danish alphabet, a-z followed by æ, ø, å (Retskrivningsordbogen); ä and ö
  count as æ and ø, ü as y, other accents are ignored (é as e); case is ignored.
- English: a-z with every accent ignored and æ, ø, å read as ae, o, a; case is ignored.

Not the system's locale (`locale.strxfrm`): that would make the order depend on the machine
that builds the site.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

# Letters that are letters of their own (or read as one) before accents are stripped.
_DANISH = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "ü": "y"})
_ENGLISH = str.maketrans({"æ": "ae", "ø": "o", "ß": "ss"})


def sort_key(text: str, lang: str) -> tuple[str, str]:
    """A key that puts `text` in its place in `lang`'s alphabetical order.

    In the Danish key æ, ø, å become the three characters after z in ASCII, so they sort
    last and in that order. The text itself breaks ties, so the order is total.
    """
    folded = text.casefold().translate(_DANISH if lang == "da" else _ENGLISH)
    letters = unicodedata.normalize("NFKD", folded)
    base = "".join(c for c in letters if not unicodedata.combining(c))
    return base, text


def sorted_by(items: Iterable[T], words: Callable[[T], str], lang: str) -> list[T]:
    """`items` in alphabetical order of `words(item)` in `lang`."""
    return sorted(items, key=lambda item: sort_key(words(item), lang))
