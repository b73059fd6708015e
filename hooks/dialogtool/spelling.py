"""Danish spell check of the content with hunspell, reported as `path:line: ...`.

Only Danish text is checked (not ids, not `_en` translations). Domain words that the
dictionary lacks go in `content/wordlist.txt`, one per line.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .model import Content

DICTIONARY = "da_DK"
_URL = re.compile(r"\]\([^)]*\)|https?://\S+|`[^`]*`")
_MARKUP = re.compile(r"[#*_>\[\]|]|^\s*(?:[-+]|\d+\.)\s|\s[-–]\s")


@dataclass(frozen=True)
class Misspelling:
    path: str
    line: int
    word: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: ordet '{self.word}' er ikke genkendt"


def hunspell_available() -> bool:
    """True when hunspell and its Danish dictionary are installed."""
    if shutil.which("hunspell") is None:
        return False
    result = subprocess.run(
        ["hunspell", "-D"], input="", capture_output=True, text=True, check=False
    )
    return DICTIONARY in (result.stdout + result.stderr)


def danish_texts(content: Content) -> list[tuple[str, int, str]]:
    """(path, first line, text) for every Danish text a reader sees."""
    texts: list[tuple[str, int, str]] = []
    for rec in content.recommendations:
        texts += [(rec.source.path, rec.source.line, rec.title.da + "\n" + rec.text.da)]
    for theme in content.themes:
        parts = [theme.title.da, theme.owner.da, theme.intro.da]
        if theme.guiding_question:
            parts.append(theme.guiding_question.da)
        texts.append((theme.source.path, theme.source.line, "\n".join(parts)))
        for topic in theme.topics:
            first = topic.questions[0].source.line
            texts.append((theme.source.path, max(first - 2, 1), topic.title.da))
            for q in topic.questions:
                lines = [q.text.da, *(f.da for f in q.followups)]
                texts.append((q.source.path, q.source.line, "\n".join(lines)))
    for ex in content.examples:
        texts.append((ex.source.path, 1, "\n".join([ex.title.da, ex.summary.da, ex.body.da])))
    for page in content.pages.values():
        texts.append((page.source.path, page.source.line, page.intro.da))
    for meeting in content.meetings:  # meeting templates (content/meetings.yaml)
        text = f"{meeting.title.da}\n{meeting.purpose.da}"
        texts.append((meeting.source.path, meeting.source.line, text))
    return texts


def check_spelling(content: Content, root: Path, wordlist: Path) -> list[Misspelling]:
    """Every unknown word, located at the first line at or after its text's start."""
    texts = danish_texts(content)
    lines: list[tuple[str, int]] = []
    stdin = []
    for path, start, text in texts:
        for raw in text.splitlines():
            cleaned = _MARKUP.sub(" ", _URL.sub(" ", raw))
            stdin.append("^" + cleaned)
            lines.append((path, start))
    command = ["hunspell", "-a", "-d", DICTIONARY, "-i", "utf-8"]
    if wordlist.exists():
        command += ["-p", str(wordlist)]
    out = subprocess.run(
        command, input="\n".join(stdin) + "\n", capture_output=True, text=True, check=True
    ).stdout
    found: list[Misspelling] = []
    sources: dict[str, list[str]] = {}
    blocks = out.split("\n\n")
    header_and_first = blocks[0].split("\n", 1)
    blocks[0] = header_and_first[1] if len(header_and_first) > 1 else ""
    for (path, start), block in zip(lines, blocks, strict=False):
        for result in block.splitlines():
            if result[:1] in "&#" and result.strip():
                word = result.split()[1]
                file_lines = sources.setdefault(
                    path, (root / path).read_text(encoding="utf-8").splitlines()
                )
                found.append(Misspelling(path, _locate(file_lines, start, word), word))
    return sorted(set(found), key=lambda m: (m.path, m.line, m.word))


def _locate(file_lines: list[str], start: int, word: str) -> int:
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    for number in range(max(start, 1), len(file_lines) + 1):
        if pattern.search(file_lines[number - 1]):
            return number
    return start
