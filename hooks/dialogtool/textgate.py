"""The one door every content text goes through, before anything is parsed or shown.

A contributor cannot see what is wrong with text copied from a word processor, a chat or a
merge gone half right, so the gate refuses it with its place instead of publishing it:

- Unicode is normalised to NFC, so "å" typed as "a" plus a combining ring is the letter å.
- Lines that are merge-conflict markers from git (`<<<<<<<`, `=======`, `>>>>>>>`) are
  found before YAML is parsed, which would otherwise blame the indentation of the next line.
- Format characters (Unicode category Cf: zero-width spaces and joiners, a byte-order mark
  in mid-text, the soft hyphen, bidirectional controls that reorder text on screen) are
  refused with the character's name, code and column. None of them can be seen in GitHub's
  editor; the soft hyphen is refused too (the browser hyphenates Danish itself, and a soft
  hyphen splits the word for the search and the spelling check).
- A text value that is empty once white space and invisible characters are removed is
  refused where it stands, instead of becoming an empty heading.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from .yamlsource import YamlDocument

CONFLICT_MARKER = re.compile(r"^(<{7}|\|{7}|={7}|>{7})(?:[ \t].*)?[ \t]*$")
# Format characters, control characters (NUL and the like; a tab is YAML's own business) and
# the Unicode line and paragraph separators, which Markdown and YAML read differently.
INVISIBLE = frozenset({"Cf", "Cc", "Zl", "Zp"})
MAX_FORMAT_REPORTS = 20  # per file: a pasted text can hold hundreds of them


class Reporter(Protocol):
    def add(self, line: int, column: int, message: str) -> None: ...


def gate_file(text: str, out: Reporter) -> str | None:
    """The file's text in NFC, or None when it holds conflict markers (nothing to parse).

    Invisible characters are reported, then left out of the text returned, so the rest of
    the file is still checked in the same run (and YAML does not report them a second time).
    """
    text = unicodedata.normalize("NFC", text)
    lines = text.split("\n")  # as editors and GitHub count lines; U+2028 is reported below
    markers = [
        (n, line) for n, line in enumerate(lines, 1) if CONFLICT_MARKER.match(line.rstrip("\r"))
    ]
    for number, line in markers:
        out.add(
            number,
            1,
            f"Linjen '{line.strip()[:40]}' er en konfliktmarkering fra git: to ændringer af "
            "samme sted er ikke flettet færdigt. Behold den rigtige tekst, og slet linjerne "
            "med <<<<<<<, ======= og >>>>>>>.",
        )
    # The distinct characters first (a set is built in C): a file of 10,000 questions has a
    # few hundred, so only a file that holds an invisible one is scanned position by position.
    bad = {char for char in set(text) if _invisible(char)}
    reported = 0
    for number, line in enumerate(lines, 1) if bad else ():
        for column, char in enumerate(line, 1):
            if char in bad:
                reported += 1
                if reported <= MAX_FORMAT_REPORTS:
                    out.add(number, column, format_character_message(char))
    if reported > MAX_FORMAT_REPORTS:
        out.add(1, 1, f"... og {reported - MAX_FORMAT_REPORTS} usynlige tegn mere i filen.")
    if markers:
        return None
    return "".join(ch for ch in text if ch not in bad) if reported else text


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in INVISIBLE and char not in "\t\r\n"


def format_character_message(char: str) -> str:
    name = unicodedata.name(char, _CONTROL_NAMES.get(char, "et styretegn"))
    return (
        f"Det usynlige tegn U+{ord(char):04X} ({name}) er ikke tilladt i teksten: det kan "
        "ikke ses i editoren, men ændrer, hvordan teksten vises, søges og staves. Slet det "
        "(det kommer ofte med, når tekst kopieres fra et andet program)."
    )


_CONTROL_NAMES = {"\x00": "NULL", "\x7f": "DELETE"}


def is_blank(text: str) -> bool:
    """True when nothing visible is left once white space and format characters go."""
    return all(ch.isspace() or unicodedata.category(ch) in INVISIBLE for ch in text)


def gate_values(doc: YamlDocument, out: Reporter) -> None:
    """Refuse every text value in `doc` that is blank (its place: where the value starts)."""
    for path, (start, _end) in doc.spans.items():
        value = doc.value(path)
        if isinstance(value, str) and is_blank(value):
            out.add(
                start.line,
                start.column,
                f"Feltet '{_field(path)}' er tomt: det rummer kun mellemrum eller usynlige "
                "tegn. Skriv teksten, eller slet feltet, hvis det er valgfrit.",
            )


def _field(path: tuple) -> str:
    return next((str(step) for step in reversed(path) if isinstance(step, str)), "teksten")
