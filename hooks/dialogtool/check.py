"""`make check`: validate all content without building the site.

Prints one `path:line:column: message` line per problem (and GitHub annotations under
GitHub Actions), then exits 1 if anything was found, else 0.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .files import unsafe_file_reason
from .load import load_content
from .problems import ContentError, Problem, display_path
from .spelling import check_spelling, hunspell_available
from .synonyms import load_synonyms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tjek indholdet i content/.")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="projektets mappe")
    parser.add_argument("--no-spelling", action="store_true", help="spring stavekontrollen over")
    args = parser.parse_args(argv)
    root: Path = args.root
    problems: list[Problem] = []
    content = None
    try:
        content = load_content(root / "content", root)
    except ContentError as error:
        problems = error.problems
    try:  # the search's synonyms (content/synonyms.yaml)
        load_synonyms(root / "content", root, content)
    except ContentError as error:
        problems += error.problems
    spelling_note = ""
    wordlist = root / "content" / "wordlist.txt"
    unsafe = unsafe_file_reason(wordlist, root / "content") if os.path.lexists(wordlist) else None
    if unsafe:
        problems.append(Problem(display_path(wordlist, root), 0, 0, unsafe))
    elif not args.no_spelling:
        if hunspell_available():  # also when other problems were found: all in one run
            problems += [
                Problem(m.path, m.line, m.column, m.message)
                for m in check_spelling(root, wordlist)
            ]
        else:
            spelling_note = (
                " (stavekontrol sprunget over: hunspell og hunspell-da er ikke installeret)"
            )
    github = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in sorted(problems):
        print(problem)
        if github:
            print(problem.github_annotation())
    if problems:
        print(f"{len(problems)} problem(er) fundet i indholdet.", file=sys.stderr)
        return 1
    print(f"Indholdet er i orden{spelling_note}.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
