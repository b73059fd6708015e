"""When each file was created and last changed, read from git in one pass.

Pages show "Oprettet" and "Sidst opdateret" from their source file's history. Outside a
git checkout, or for files git does not know (a shallow clone, a new file), the build date
is used and marked as such, so the build never fails for want of history.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class FileDates:
    created: dt.date
    updated: dt.date
    from_git: bool


def file_dates(root: Path, today: dt.date | None = None) -> dict[str, FileDates]:
    """Created and updated dates for every file git knows, keyed by repository path."""
    today = today or dt.date.today()
    try:
        log = subprocess.run(
            ["git", "-C", str(root), "log", "--format=@%cs", "--name-only", "--no-renames"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    updated: dict[str, dt.date] = {}
    created: dict[str, dt.date] = {}
    day = today
    for line in log.splitlines():
        if line.startswith("@"):
            day = dt.date.fromisoformat(line[1:])
        elif line:
            updated.setdefault(line, day)  # newest commit comes first
            created[line] = day  # ... and the oldest last
    return {path: FileDates(created[path], updated[path], True) for path in updated}


def dates_for(dates: dict[str, FileDates], path: str, today: dt.date | None = None) -> FileDates:
    """The dates of `path`, or today's date marked as not from git."""
    if path in dates:
        return dates[path]
    today = today or dt.date.today()
    return FileDates(today, today, False)


def format_date(day: dt.date, lang: str) -> str:
    """18.09.2019 in Danish, as official Danish pages write it; 18 September 2019 in English."""
    if lang == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return day.strftime("%d.%m.%Y")
