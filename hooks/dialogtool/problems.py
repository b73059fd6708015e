"""Content problems reported to contributors: one Danish line each, with file, line and column."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one place; line and column are 1-based.

    A problem with the whole file (its name, its kind) is given at 1:1: GitHub shows an
    annotation on a pull request's diff only at a line, and a contributor looks there first.
    """

    path: str
    line: int
    column: int
    message: str

    def __post_init__(self) -> None:
        if self.line < 1:
            object.__setattr__(self, "line", 1)
            object.__setattr__(self, "column", 1)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {_one_line(self.message)}"

    def github_annotation(self) -> str:
        """The workflow command that shows the problem on a pull request's diff."""
        message = _one_line(self.message).replace("%", "%25")
        return f"::error file={self.path},line={self.line},col={self.column}::{message}"


def _one_line(message: str) -> str:
    """Control characters and line breaks from the content shown as escapes (`\\x08`), so a
    problem stays on one line and nothing invisible reaches the terminal."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp")
        else ch
        for ch in message
    )


class FileProblems:
    """Collects the problems of one file into a shared list, with its path filled in."""

    def __init__(self, problems: list[Problem], path: str) -> None:
        self.problems, self.path = problems, path

    def add(self, line: int, column: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, column, message))


class ContentError(Exception):
    """Raised with every problem found, so a contributor fixes them all in one round."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def display_path(path: Path, root: Path | None) -> str:
    """Paths relative to the project, as a contributor sees them in the repository.

    The file itself is not resolved: a symbolic link is named by where it stands, and a
    path outside the project is shown by its name alone, never as a machine path.
    """
    if root is None:
        return path.name if path.is_absolute() else path.as_posix()
    plain = (Path(os.path.normpath(path.absolute())), Path(os.path.normpath(root.absolute())))
    for candidate, base in (plain, (path.parent.resolve() / path.name, root.resolve())):
        try:
            return candidate.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.name
