"""Danish spell check of the content with hunspell, reported as `path:line:column: ...`.

Only Danish text is checked (not ids, list values or `_en` translations). Words are taken
from the source lines themselves, so each unknown word is reported at its own line and
column, every time it occurs. hunspell lists the unknown ones (`-L`, no suggestions, fast);
suggestions are asked for only the first `MAX_SUGGESTED` of them, as that costs a tenth of
a second per word. Domain words that the dictionary lacks go in `content/wordlist.txt`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .examples import EXAMPLES_DIR, FRONT_MATTER
from .files import read_content_text
from .yamlsource import YamlSyntaxError, parse_yaml, split_lines

DICTIONARY = "da_DK"
MAX_SUGGESTED = 10  # distinct words that get suggestions
SUGGESTION_SECONDS = 2.0  # hunspell takes 0.05-0.3 s a word; past this, no suggestions
SUGGESTIONS_PER_WORD = 3
# Keys whose values are ids or fixed choices, not prose.
NOT_PROSE = frozenset(
    {"id", "who", "themes", "target_groups", "partners", "questions", "recommendations"}
)
_NOT_WORDS = re.compile(r"\]\([^)]*\)|\]:\s*\S+|<?(?:https?|mailto):\S+|`[^`]*`|\\.")
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")  # an id in a field not listed above
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:[-.'’][^\W_]+)*")


@dataclass(frozen=True)
class Misspelling:
    path: str
    line: int
    column: int
    word: str
    suggestions: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        hint = f"; forslag: {', '.join(self.suggestions)}" if self.suggestions else ""
        return f"ordet '{self.word}' er ikke genkendt{hint}"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


@dataclass(frozen=True)
class Fragment:
    """A piece of one source line that holds Danish text, and where it starts (1-based)."""

    path: str
    line: int
    column: int
    text: str


def hunspell_available() -> bool:
    """True when hunspell and its Danish dictionary are installed."""
    if shutil.which("hunspell") is None:
        return False
    result = subprocess.run(
        ["hunspell", "-D"], input="", capture_output=True, text=True, check=False
    )
    return DICTIONARY in (result.stdout + result.stderr)


class _Ignored:
    """Problems in reading a file are the loaders' to report; spelling only skips it."""

    def add(self, line: int, column: int, message: str) -> None:
        pass


def danish_files(root: Path) -> list[str]:
    """The files holding Danish text a reader sees, whether or not the content loads."""
    content = root / "content"
    names = ["questions.yaml", "meetings.yaml", "pages.yaml"]
    examples = sorted((content / EXAMPLES_DIR).glob("*.md"))
    names += [f"{EXAMPLES_DIR}/{p.name}" for p in examples if not p.name.endswith(".en.md")]
    return [f"content/{name}" for name in names if (content / name).is_file()]


def danish_fragments(root: Path) -> list[Fragment]:
    """The source lines (or parts of them) of every Danish text a reader sees.

    Files are read through the same door as the loaders (`files.read_content_text`); a file
    that cannot be read, or whose YAML does not parse, has its problem reported by its loader.
    """
    fragments: list[Fragment] = []
    for path in danish_files(root):
        text = read_content_text(root / path, root / "content", _Ignored())
        if text is None:
            continue
        lines = split_lines(text)
        if path.endswith(".md"):
            match = FRONT_MATTER.match(text)
            front = (match.group(1) or "") if match else ""
            fragments += yaml_fragments(path, front, lines, line_offset=1)
            first = len(split_lines(text[: match.end()])) if match else 1
            fragments += [Fragment(path, n, 1, lines[n - 1]) for n in range(first, len(lines) + 1)]
        else:
            fragments += yaml_fragments(path, text, lines)
    return fragments


def yaml_fragments(path: str, text: str, lines: list[str], line_offset: int = 0) -> list[Fragment]:
    """The source of each Danish text value in a YAML text (ids and `_en` fields left out)."""
    try:
        doc = parse_yaml(text, line_offset)
    except YamlSyntaxError:
        return []
    fragments = []
    for where, (start, end) in doc.spans.items():
        keys = [step for step in where if isinstance(step, str)]
        if not keys or keys[-1] in NOT_PROSE or keys[-1].endswith("_en"):
            continue
        if _ID.match(str(_value(doc.data, where))):
            continue
        for number in range(start.line, min(end.line, len(lines)) + 1):
            line = lines[number - 1]
            first = start.column - 1 if number == start.line else 0
            last = end.column - 1 if number == end.line else len(line)
            if last > first:
                fragments.append(Fragment(path, number, first + 1, line[first:last]))
    return fragments


def _value(data: object, where: tuple) -> object:
    for step in where:
        data = data[step]  # type: ignore[index]
    return data


def check_spelling(root: Path, wordlist: Path) -> list[Misspelling]:
    """Every occurrence of every word hunspell does not know, at its own line and column."""
    places: dict[str, list[tuple[str, int, int]]] = {}
    for fragment in danish_fragments(root):
        cleaned = _NOT_WORDS.sub(lambda m: " " * len(m.group()), fragment.text)
        for match in _WORD.finditer(cleaned):
            where = (fragment.path, fragment.line, fragment.column + match.start())
            places.setdefault(match.group(), []).append(where)
    unknown = _hunspell(["-L"], list(places), wordlist).splitlines()
    unknown = [word for word in unknown if word in places]
    first_seen = sorted(unknown, key=lambda word: min(places[word]))
    suggestions = _suggestions(first_seen[:MAX_SUGGESTED], wordlist)
    found = [
        Misspelling(path, line, column, word, suggestions.get(word, ()))
        for word in unknown
        for path, line, column in places[word]
    ]
    return sorted(found, key=lambda m: (m.path, m.line, m.column))


def _hunspell(
    options: list[str], words: list[str], wordlist: Path, timeout: float | None = None
) -> str:
    command = ["hunspell", *options, "-d", DICTIONARY, "-i", "utf-8"]
    if wordlist.exists():
        command += ["-p", str(wordlist)]
    return subprocess.run(
        command,
        input="\n".join(words) + "\n",
        capture_output=True,
        text=True,
        check=True,
        timeout=timeout,
    ).stdout


def _suggestions(words: list[str], wordlist: Path) -> dict[str, tuple[str, ...]]:
    """hunspell's first suggestions for `words`, from one `-a` (ispell pipe) run."""
    if not words:
        return {}
    try:
        out = _hunspell(["-a"], [f"^{word}" for word in words], wordlist, SUGGESTION_SECONDS)
    except subprocess.TimeoutExpired:
        return {}
    found = {}
    for line in out.splitlines():
        if line.startswith("& ") and ": " in line:
            word = line.split()[1]
            found[word] = tuple(line.split(": ", 1)[1].split(", ")[:SUGGESTIONS_PER_WORD])
    return found
