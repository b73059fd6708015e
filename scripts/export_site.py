"""`make export DIR=…`: the site's sources as a plain MkDocs project, see dialogtool.export.

The one thing the export takes from MkDocs rather than from `dialogtool`: the nav, made by
running the hooks' on_config as a build does, so the export lists exactly what the site does.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from mkdocs.config import load_config  # noqa: E402
from mkdocs.exceptions import Abort  # noqa: E402

from dialogtool.export import export_site, safe_destination  # noqa: E402


def site_nav(root: Path) -> list:
    """The nav of a build of `root`, with the pages the hooks generate."""
    logging.getLogger("mkdocs").setLevel(logging.WARNING)  # no i18n chatter on the terminal
    config = load_config(str(root / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    return config.nav


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path, help="mappen, eksporten skrives til (tømmes først)")
    parser.add_argument("--root", type=Path, default=ROOT, help="projektet, der eksporteres")
    args = parser.parse_args(argv)
    root, dest = args.root.resolve(), args.dest.resolve()
    if not safe_destination(root, dest):
        print(
            f"make export: {args.dest} er ikke tom og ikke en tidligere eksport; "
            "vælg en ny mappe (den tømmes, før eksporten skrives).",
            file=sys.stderr,
        )
        return 2
    try:
        pages = export_site(root, dest, site_nav(root))
    except Abort as error:  # the hook's message for content with errors
        print(error, file=sys.stderr)
        return 1
    print(f"Eksporterede {len(pages)} sider til {dest}.")
    print(f"Byg dem med: mkdocs build --strict -f {dest / 'mkdocs.yml'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
