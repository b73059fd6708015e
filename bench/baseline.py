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


def baseline_config(text: str, nav: list | None) -> str:
    import yaml

    out = []
    for key, lines in _top_level_blocks(text):
        if key == "hooks":
            continue
        if key == "nav":
            continue
        out.extend(lines)
    if nav is not None:
        out.append("\n# nav written out by bench/baseline.py: what the hook would insert\n")
        out.append(yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False))
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
    (baseline_project / "mkdocs.yml").write_text(baseline_config(source, nav), encoding="utf-8")

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
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
