"""Make the no-hook baseline of a project copy: `baseline.py HOOK_PROJECT BASELINE_PROJECT`.

Run in a child process by bench/run.py (so the project's modules are imported fresh, from
the copy). It
- loads the copy's mkdocs.yml with MkDocs' own loader and runs the hooks' `on_config`,
  which gives the nav exactly as the hook inserts it;
- times our content layer: `load_content` (read + validate) and `render_site` (once per
  language the build makes: with mkdocs-static-i18n the hook runs once per language);
- writes every rendered page as a real Markdown file into BASELINE_PROJECT/baseline_docs/, a
  copy of docs/ that the baseline's mkdocs.yml names as its docs_dir (other
  languages as the i18n plugin expects them: `x.en.md`, or `en/x.md` for `folder`);
- writes BASELINE_PROJECT/mkdocs.yml: the same file without the hooks that add pages (those
  with `on_files`; other hooks stay), with the nav spelled out.
Prints a JSON summary on stdout.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
BASELINE_DOCS = "baseline_docs"


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


def baseline_config(text: str, nav: list | None, unlisted: list[str], hooks: list[str]) -> str:
    """mkdocs.yml without the page-making hooks, with their nav and their unlisted pages."""
    import yaml

    out = [f"docs_dir: {BASELINE_DOCS}  # bench/baseline.py: written and generated pages\n"]
    not_in_nav = ""
    for key, lines in _top_level_blocks(text):
        if key == "hooks":
            if hooks:
                out.append("# hooks that make no pages stay in the baseline (bench/baseline.py)\n")
                out.append(yaml.safe_dump({"hooks": hooks}, sort_keys=False))
            continue
        if key in ("nav", "docs_dir"):
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


def _languages(config) -> tuple[list[str], str, str]:
    """(languages built, default language, docs structure): one pass per language with
    mkdocs-static-i18n, else just the theme's language."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        lang = config.theme.get("language", "da")
        return [lang], lang, "suffix"
    return list(i18n.build_languages), i18n.default_language, i18n.config.docs_structure


def _source_path(uri: str, lang: str, default: str, structure: str) -> str:
    """Where a page in `lang` lives in docs/ for the i18n plugin (the default needs no marker)."""
    if lang == default:
        return uri
    if structure == "folder":
        return f"{lang}/{uri}"
    return f"{uri.removesuffix('.md')}.{lang}.md"


def main(hook_project: Path, baseline_project: Path) -> dict:
    sys.path.insert(0, str(hook_project / "hooks"))
    from mkdocs.config import load_config

    # The nav as the build sees it: run every plugin's and hook's on_config, as `build` does.
    config = load_config(config_file=str(hook_project / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    nav = config.nav
    languages, default, structure = _languages(config)

    from dialogtool.load import load_content
    from dialogtool.render import render_site

    t0 = time.perf_counter()
    content = load_content(hook_project / "content", hook_project)
    t1 = time.perf_counter()
    rendered = {lang: render_site(content, lang) for lang in languages}
    t2 = time.perf_counter()

    # The pages go into a docs folder of their own: docs/ stays as the contributors wrote it,
    # so the content check (which refuses a theme taking the address of a page in docs/)
    # sees the same project in the baseline as in the hook build.
    docs = baseline_project / BASELINE_DOCS
    shutil.copytree(baseline_project / "docs", docs, dirs_exist_ok=True)
    written = []
    for lang, pages in rendered.items():
        for page in pages:
            rel = _source_path(page.uri, lang, default, structure)
            path = docs / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page.markdown, encoding="utf-8")
            written.append((page.uri, rel))
    source = (hook_project / "mkdocs.yml").read_text(encoding="utf-8")
    in_nav = _nav_pages(nav) if nav is not None else set()
    unlisted = sorted({rel for uri, rel in written if uri not in in_nav})
    # A hook that adds files (on_files) is what the baseline replaces with real files; other
    # hooks (e.g. speed-ups of third-party code) are part of the build either way.
    kept = [name for name, hook in config.hooks.items() if not hasattr(hook, "on_files")]
    (baseline_project / "mkdocs.yml").write_text(
        baseline_config(source, nav, unlisted, kept), encoding="utf-8"
    )

    def count(entries: object) -> int:
        if isinstance(entries, list):
            return sum(count(e) for e in entries)
        if isinstance(entries, dict):
            return sum(count(v) if isinstance(v, list) else 1 for v in entries.values())
        return 1

    default_pages = rendered[languages[0]] if default not in rendered else rendered[default]
    return {
        "load_s": t1 - t0,
        "render_s": t2 - t1,
        "languages": languages,
        "pages": len(default_pages),
        "pages_all_languages": len(written),
        "markdown_bytes": sum(len(p.markdown.encode()) for ps in rendered.values() for p in ps),
        "nav_entries": count(nav) if nav is not None else None,
        "pages_not_in_nav": len({uri for uri, _ in written if uri not in in_nav}),
        "hooks_kept": kept,
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
