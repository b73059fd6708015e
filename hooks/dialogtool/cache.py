"""The content loaded once per change, shared by everything in one process.

Both hooks of a build need the content (the pages and the search index), and the i18n plugin
runs the page hook once per language; `mkdocs serve` must load again after an edit. Keyed by
the name, size and mtime of every file the content is read from.
"""

from __future__ import annotations

from pathlib import Path

from .load import load_content
from .model import Content

_loaded: dict[Path, tuple[tuple, Content]] = {}


def content_stamp(root: Path) -> tuple:
    """Name, size and mtime of every file in content/ and schemas/."""
    files = sorted(p for d in ("content", "schemas") for p in (root / d).rglob("*") if p.is_file())
    return tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in files)


def cached_content(root: Path) -> tuple[tuple, Content]:
    """(stamp, content) of the project at `root`, loaded again only when a file changed.

    Raises ContentError like `load_content`; nothing is kept then, so a fix loads at once.
    """
    key = root.resolve()
    stamp = content_stamp(key)
    hit = _loaded.get(key)
    if hit is None or hit[0] != stamp:
        hit = _loaded[key] = (stamp, load_content(key / "content", key))
    return hit
