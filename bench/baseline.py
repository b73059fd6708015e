"""Make the no-hook baseline of a project copy: `baseline.py HOOK_PROJECT BASELINE_PROJECT`.

Run in a child process by bench/run.py (so the project's modules are imported fresh, from
the copy). It
- loads the copy's mkdocs.yml with MkDocs' own loader and runs the hooks' `on_config`,
  which gives the nav exactly as the hook inserts it;
- times our content layer: `load_content` (read + validate) and `render_site`;
- writes every rendered page as a real Markdown file into BASELINE_PROJECT/docs/;
- writes BASELINE_PROJECT/mkdocs.yml: the same file without `hooks:`, with the nav spelled out.
Prints a JSON summary on stdout.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def _top_level_blocks(text: str) -> list[tuple[str | None, list[str]]]:
    """mkdocs.yml split into (top-level key, lines) blocks; comments stay with what follows."""
    blocks: list[tuple[str | None, list[str]]] = [(None, [])]
    pending: list[str] = []
    for line in text.splitlines(keepends=True):
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if match:
            blocks.append((match.group(1), [*pending, line]))
            pending = []
        elif line.startswith("#") or not line.strip():
            pending.append(line)
        else:
            blocks[-1][1].extend([*pending, line])
            pending = []
    blocks[-1][1].extend(pending)
    return blocks


def _nav_pages(entries: object) -> set[str]:
    if isinstance(entries, list):
        return set().union(*(_nav_pages(e) for e in entries)) if entries else set()
    if isinstance(entries, dict):
        return set().union(*(_nav_pages(v) for v in entries.values()))
    return {entries} if isinstance(entries, str) else set()


def baseline_config(text: str, nav: list | None, unlisted: list[str]) -> str:
    """mkdocs.yml without `hooks:`, with the nav the hook makes and its unlisted pages."""
    import yaml

    out, not_in_nav = [], ""
    for key, lines in _top_level_blocks(text):
        if key in ("hooks", "nav"):
            continue
        if key == "not_in_nav":
            not_in_nav = yaml.safe_load("".join(lines)).get("not_in_nav") or ""
            continue
        out.extend(lines)
    if nav is not None:
        out.append("\n# nav written out by bench/baseline.py: what the hook would insert\n")
        out.append(yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False))
        # Pages the hook publishes outside the nav (it marks them NOT_IN_NAV, or the hook
        # build warns too): the same here, so a strict baseline build passes when the hook's does.
        patterns = [line for line in not_in_nav.splitlines() if line.strip()]
        patterns += [f"/{uri}" for uri in unlisted]
        if patterns:
            out.append("not_in_nav: |\n" + "".join(f"  {line.strip()}\n" for line in patterns))
    return "".join(out)


def main(hook_project: Path, baseline_project: Path) -> dict:
    sys.path.insert(0, str(hook_project / "hooks"))
    from mkdocs.config import load_config

    config = load_config(config_file=str(hook_project / "mkdocs.yml"))
    for hook in config.hooks.values():
        if hasattr(hook, "on_config"):
            config = hook.on_config(config) or config
    nav = config.nav

    from dialogtool.load import load_content
    from dialogtool.render import render_site

    t0 = time.perf_counter()
    content = load_content(hook_project / "content", hook_project)
    t1 = time.perf_counter()
    pages = render_site(content, config.theme.get("language", "da"))
    t2 = time.perf_counter()

    docs = baseline_project / "docs"
    for page in pages:
        path = docs / page.uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.markdown, encoding="utf-8")
    source = (hook_project / "mkdocs.yml").read_text(encoding="utf-8")
    in_nav = _nav_pages(nav) if nav is not None else set()
    unlisted = [p.uri for p in pages if p.uri not in in_nav]
    (baseline_project / "mkdocs.yml").write_text(
        baseline_config(source, nav, unlisted), encoding="utf-8"
    )

    def count(entries: object) -> int:
        if isinstance(entries, list):
            return sum(count(e) for e in entries)
        if isinstance(entries, dict):
            return sum(count(v) if isinstance(v, list) else 1 for v in entries.values())
        return 1

    return {
        "load_s": t1 - t0,
        "render_s": t2 - t1,
        "pages": len(pages),
        "markdown_bytes": sum(len(p.markdown.encode()) for p in pages),
        "nav_entries": count(nav) if nav is not None else None,
        "pages_not_in_nav": len(unlisted),
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
