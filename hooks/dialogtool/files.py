"""Safe reading of content files: every loader of `content/` goes through here.

A contributor's pull request can add a symbolic link to any file on the build machine, or a
file big enough to stall the build. So a content file is read only when it is a plain file
that really lies inside `content/`, is at most `MAX_FILE_BYTES`, and is UTF-8. YAML is then
parsed with `yamlsource.parse_yaml` (see `read_content_yaml`), which refuses anchors and
aliases. Messages name files relative to the repository, never a machine path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from .problems import FileProblems, Problem, display_path
from .textgate import gate_file, gate_values
from .yamlsource import YamlDocument, YamlSyntaxError, parse_yaml

# "10 MB" in README and CONTRIBUTING: room for 10,000 questions in one file (about 5 MB),
# which the benchmark builds; today's largest file is 40 kB.
MAX_FILE_BYTES = 10_000_000


class Reporter(Protocol):
    """Where problems in one file go: `problems.FileProblems` and anything with the same `add`."""

    def add(self, line: int, column: int, message: str) -> None: ...


def unsafe_file_reason(path: Path, content_dir: Path) -> str | None:
    """Why `path` must not be read as content, or None when it is a plain file in content/."""
    if path.is_symlink():
        return (
            "Filen er et symbolsk link. Indholdet skal ligge som almindelige filer i content/; "
            "kopiér filen ind i stedet."
        )
    try:
        path.resolve().relative_to(content_dir.resolve())
    except ValueError:
        return (
            "Filen ligger uden for content/ (via et symbolsk link til en mappe); flyt den ind "
            "i content/ som en almindelig fil."
        )
    if path.is_dir():
        return "Det er en mappe, ikke en fil."
    if not path.exists():
        return "Filen findes ikke."
    if not path.is_file():
        return "Det er ikke en almindelig fil."
    return None


def read_content_text(path: Path, content_dir: Path, out: Reporter) -> str | None:
    """The text of a content file, or None after reporting why it cannot be used."""
    reason = unsafe_file_reason(path, content_dir)
    if reason is not None:
        out.add(0, 0, reason)
        return None
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            out.add(
                1,
                1,
                f"Filen fylder {_megabytes(size)}; en indholdsfil må højst fylde "
                f"{_megabytes(MAX_FILE_BYTES)}. Del indholdet op, eller fjern det, der ikke "
                "hører til.",
            )
            return None
        raw = path.read_bytes()
    except OSError as error:  # the message of an OSError carries the absolute path
        out.add(0, 0, f"Filen kan ikke læses ({error.strerror or type(error).__name__}).")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        out.add(line, 0, "Filen er ikke gemt som UTF-8; gem den igen med tegnsættet UTF-8.")
        return None
    if not text.strip():
        out.add(1, 1, "Filen er tom.")
        return None
    return gate_file(text, out)


def parse_content_yaml(text: str, out: Reporter, line_offset: int = 0) -> YamlDocument | None:
    """Parse YAML text from a content file, reporting every syntax problem to `out`."""
    try:
        doc = parse_yaml(text, line_offset)
    except YamlSyntaxError as error:
        for issue in error.issues:
            out.add(issue.line, issue.column, issue.message)
        return None
    gate_values(doc, out)
    return doc


def read_content_yaml(path: Path, content_dir: Path, out: Reporter) -> YamlDocument | None:
    """A whole YAML content file, checked as above; None after reporting its problems."""
    text = read_content_text(path, content_dir, out)
    return None if text is None else parse_content_yaml(text, out)


def _megabytes(size: int) -> str:
    """A size the Danish way: "10,4 MB"."""
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def unread_files(
    content_dir: Path, root: Path, problems: list[Problem], known: set[str], folder: str
) -> None:
    """A file in content/ that nothing reads would be dropped without a word: name it."""
    if not content_dir.is_dir():
        return
    for path in sorted(content_dir.iterdir()):
        if path.name in known or path.name == folder or path.name.startswith("."):
            continue
        FileProblems(problems, display_path(path, root)).add(
            1,
            1,
            f"Filen '{path.name}' bliver ikke læst af noget og ville blive ignoreret. Indholdet "
            f"hører til i {', '.join(sorted(known - {'wordlist.txt'}))} eller i mappen "
            f"{folder}/; flyt det dertil, og slet filen.",
        )
