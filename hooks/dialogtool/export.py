"""`make export`: the site's sources as a plain MkDocs project that needs none of our hooks.

The build normally makes the theme, recommendation, example and handout pages in memory
(hooks/dialog_pages.py). If the hooks can no longer run (Material reaches end of life on
5 May 2027; its successor Zensical ignores hooks), this export is the way off them: every
generated page written as Markdown in both languages (`navn.md` and `navn.en.md`, as the
written pages already are for mkdocs-static-i18n), each page's dates, owner and edit link in
its front matter, the assets and theme overrides, and a `mkdocs.yml` without `hooks:`. Plain
MkDocs + Material builds it with `--strict` into the same pages.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import yaml

from .history import FileDates, dates_for, file_dates
from .load import load_content
from .model import Content
from .problems import ContentError
from .render import render_site

# Kept in step with hooks/dialog_pages.py: where `make pdf` leaves its PDFs, and how many
# examples the nav lists before it shows only the overview.
PDF_DIR = "build/pdf"
NAV_EXAMPLES_MAX = 30
EXAMPLES_INDEX = "eksempler/index.md"
# mkdocs.yml keys that only make sense with the hooks and the content/ folder beside them.
DROPPED_KEYS = ("hooks", "watch")
EXPORT_HEADER = (
    "# Eksporteret af `make export`: samme site uden hooks. De genererede sider i docs/ er\n"
    "# lavet ud fra content/; ret dér og eksportér igen i stedet for at rette her.\n"
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*):")


@dataclass(frozen=True)
class SiteConfig:
    """What the export needs to know from mkdocs.yml."""

    text: str
    edit_uri: str
    owners: dict[str, str]  # language -> default page owner
    languages: tuple[str, ...]  # default first
    nav: list


def read_config(path: Path) -> SiteConfig:
    """Read mkdocs.yml; its `!!python/...` tags (the slugify function) are kept as text."""
    text = path.read_text(encoding="utf-8")
    data = yaml.load(text, Loader=_TagTolerantLoader) or {}
    extra = data.get("extra") or {}
    default = (data.get("theme") or {}).get("language", "da")
    languages = [default]
    for plugin in data.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            for language in plugin["i18n"].get("languages") or []:
                if language.get("locale") not in languages and language.get("build", True):
                    languages.append(language["locale"])
    owners = {lang: extra.get(f"owner_{lang}") or extra.get("owner", "") for lang in languages}
    owners[default] = extra.get("owner", "")
    return SiteConfig(text, data.get("edit_uri", ""), owners, tuple(languages), data["nav"])


class _TagTolerantLoader(yaml.SafeLoader):
    """A safe loader that reads any `!!python/...` value as None instead of running it."""


_TagTolerantLoader.add_multi_constructor(
    "tag:yaml.org,2002:python/", lambda loader, suffix, node: None
)


def export_site(root: Path, dest: Path) -> list[Path]:
    """Write the exported project into `dest` (emptied first); return the Markdown files."""
    config = read_config(root / "mkdocs.yml")
    content = load_content(root / "content", root)
    dates = file_dates(root)
    if dest.exists():
        shutil.rmtree(dest)
    docs = dest / "docs"
    shutil.copytree(root / "overrides", dest / "overrides", ignore=_ignored)
    written: list[Path] = []
    for source in sorted((root / "docs").rglob("*")):
        target = docs / source.relative_to(root / "docs")
        if source.is_dir() or _ignored(str(source.parent), [source.name]):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix != ".md":
            shutil.copy2(source, target)
            continue
        lang = _language_of(source.name, config.languages)
        repo_path = source.relative_to(root).as_posix()
        meta = _page_meta(
            dates_for(dates, repo_path),
            config.owners[lang],
            urljoin(config.edit_uri, source.relative_to(root / "docs").as_posix()),
        )
        target.write_text(with_front_matter(source.read_text(encoding="utf-8"), meta), "utf-8")
        written.append(target)
    pdfs = sorted((root / PDF_DIR).glob("*.pdf")) if (root / PDF_DIR).is_dir() else []
    for pdf in pdfs:
        (docs / "pdf").mkdir(parents=True, exist_ok=True)
        shutil.copy2(pdf, docs / "pdf" / pdf.name)
    default = config.languages[0]
    for lang in config.languages:
        for page in render_site(content, lang, frozenset(p.stem for p in pdfs)):
            name = page.uri if lang == default else page.uri.removesuffix(".md") + f".{lang}.md"
            owner = page.owner.pick(lang)[0] if page.owner is not None else config.owners[lang]
            meta = _page_meta(
                dates_for(dates, page.source_path),
                owner,
                urljoin(config.edit_uri, f"../{page.source_path}"),
            )
            target = docs / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(with_front_matter(page.markdown, meta), encoding="utf-8")
            written.append(target)
    (dest / "mkdocs.yml").write_text(export_config(config, content), encoding="utf-8")
    return written


def _ignored(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n == "__pycache__" or n.startswith(".")}


def _language_of(name: str, languages: tuple[str, ...]) -> str:
    """`index.en.md` is English; `index.md` is in the default language."""
    suffix = name.removesuffix(".md").rpartition(".")[2]
    return suffix if suffix in languages[1:] else languages[0]


def _page_meta(dates: FileDates, owner: str, edit_url: str) -> dict[str, object]:
    """The front matter the hook's page context becomes: read by overrides/main.html and
    overrides/partials/actions.html, and by any generator that reads front matter."""
    return {
        "created": dates.created.isoformat(),
        "updated": dates.updated.isoformat(),
        "dates_from_git": dates.from_git,
        "owner": owner,
        "edit_url": edit_url,
    }


def with_front_matter(markdown: str, meta: dict[str, object]) -> str:
    """The page with `meta` merged into its front matter (the page's own keys win)."""
    match = _FRONT_MATTER.match(markdown)
    own = (yaml.safe_load(match.group(1) or "") or {}) if match else {}
    merged = {**meta, **own}
    body = markdown[match.end() :] if match else markdown
    header = yaml.safe_dump(merged, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{header}---\n{body}"


def export_config(config: SiteConfig, content: Content) -> str:
    """mkdocs.yml without hooks, with the whole nav written out, and Material's own search."""
    nav = content_nav(config.nav, content)
    many = len(content.examples) > NAV_EXAMPLES_MAX
    kept = [
        _exported_block(key, block, nav, many)
        for key, block in _top_level_blocks(config.text)
        if key and key not in DROPPED_KEYS  # no key: the file's heading speaks of the hooks
    ]
    return EXPORT_HEADER + "".join(kept)


def _exported_block(key: str, block: str, nav: list, many_examples: bool) -> str:
    if key == "nav":
        nav_block = yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False)
        if many_examples:  # as the hook does: the examples are pages, not nav entries
            nav_block += "not_in_nav: |\n  /eksempler/*.md\n  !/eksempler/index*.md\n"
        return nav_block + "\n"
    if key == "plugins" and not re.search(r"^\s+- search\b", block, re.M):
        return block.replace("plugins:\n", "plugins:\n  - search:\n      lang: da\n", 1)
    return block


def _top_level_blocks(text: str) -> list[tuple[str, str]]:
    """mkdocs.yml cut into its top-level keys, each with its lines (comments go with the key
    they stand above); the part before the first key has the key ''."""
    blocks: list[tuple[str, list[str]]] = [("", [])]
    pending: list[str] = []
    for line in text.splitlines(keepends=True):
        match = _TOP_LEVEL_KEY.match(line)
        if match:
            if len(blocks) == 1:  # the file's own heading comments stay with the top
                blocks[0][1].extend(pending)
                pending = []
            blocks.append((match.group(1), [*pending, line]))
            pending = []
        elif line.startswith("#") or not line.strip():
            pending.append(line)
        else:
            blocks[-1][1].extend([*pending, line])
            pending = []
    blocks[-1][1].extend(pending)
    return [(key, "".join(lines)) for key, lines in blocks]


def content_nav(nav: list, content: Content) -> list:
    """The nav as the hook makes it: themes after the front page, every example (up to
    NAV_EXAMPLES_MAX) in the section of the examples overview."""
    themes = [f"{theme.id}/index.md" for theme in content.themes]
    examples = [f"eksempler/{example.slug}.md" for example in content.examples]
    if len(examples) > NAV_EXAMPLES_MAX:
        examples = []
    result: list = []
    for entry in nav:
        result.append(_with_examples(entry, examples))
        if entry == "index.md" or (isinstance(entry, dict) and "index.md" in entry.values()):
            result.extend(t for t in themes if t not in nav)
    return result


def _with_examples(entry: object, examples: list[str]) -> object:
    if isinstance(entry, dict):
        ((title, value),) = entry.items()
        if isinstance(value, list) and EXAMPLES_INDEX in value:
            return {title: [*value, *(e for e in examples if e not in value)]}
    return entry


def _safe_destination(root: Path, dest: Path) -> bool:
    """Only a new or empty folder, or an earlier export, may be emptied."""
    if root.is_relative_to(dest):
        return False
    if not dest.exists() or (dest.is_dir() and not any(dest.iterdir())):
        return True
    previous = dest / "mkdocs.yml"
    return previous.is_file() and previous.read_text(encoding="utf-8").startswith(EXPORT_HEADER)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path, help="mappen, eksporten skrives til (tømmes først)")
    parser.add_argument("--root", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    root, dest = args.root.resolve(), args.dest.resolve()
    if not _safe_destination(root, dest):
        print(
            f"make export: {args.dest} er ikke tom og ikke en tidligere eksport; "
            "vælg en ny mappe (den tømmes, før eksporten skrives).",
            file=sys.stderr,
        )
        return 2
    try:
        pages = export_site(root, dest)
    except ContentError as error:
        print(f"Indholdet har fejl:\n{error}", file=sys.stderr)
        return 1
    print(f"Eksporterede {len(pages)} sider til {dest}.")
    print(f"Byg dem med: mkdocs build --strict -f {dest / 'mkdocs.yml'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
