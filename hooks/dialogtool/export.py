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

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import yaml

from .history import FileDates, dates_for, file_dates
from .load import load_content
from .nav import content_nav
from .render import render_site
from .search_index import CHROME, ROOT_SELECTOR

PDF_DIR = "build/pdf"  # where `make pdf` leaves its PDFs, as in hooks/dialog_pages.py
# mkdocs.yml keys that only make sense with the hooks and the content/ folder beside them.
DROPPED_KEYS = ("hooks", "watch")
EXPORT_HEADER = (
    "# Eksporteret af `make export`: samme site uden hooks. De genererede sider i docs/ er\n"
    "# lavet ud fra content/; ret dér og eksportér igen i stedet for at rette her.\n"
    "# Søgeindekset: kør `python -m pagefind` her efter `mkdocs build` (se pagefind.json).\n"
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
    return SiteConfig(text, data.get("edit_uri", ""), owners, tuple(languages))


class _TagTolerantLoader(yaml.SafeLoader):
    """A safe loader that reads any `!!python/...` value, and MkDocs' `!ENV` (a value from
    the environment), as None instead of running or looking it up."""


_TagTolerantLoader.add_multi_constructor(
    "tag:yaml.org,2002:python/", lambda loader, suffix, node: None
)
_TagTolerantLoader.add_constructor("!ENV", lambda loader, node: None)


def export_site(root: Path, dest: Path, nav: list) -> list[Path]:
    """Write the exported project into `dest` (emptied first); return the Markdown files.

    `nav` is the nav as the build has it, generated pages included: scripts/export_site.py
    takes it from the hooks themselves, so the export cannot drift from them.
    """
    config = read_config(root / "mkdocs.yml")
    content = load_content(root / "content", root)
    dates = file_dates(root)
    if dest.exists():
        shutil.rmtree(dest)
    docs = dest / "docs"
    shutil.copytree(root / "overrides", dest / "overrides", ignore=_ignored)
    dest.joinpath("pagefind.json").write_text(search_config(), encoding="utf-8")
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
    listed = set(_nav_pages(nav))
    unlisted: list[str] = []
    for lang in config.languages:
        # As in the hook: the PDFs are Danish and published once, linked from Danish pages.
        published = frozenset(p.stem for p in pdfs) if lang == default else frozenset()
        for page in render_site(content, lang, published):
            name = page.uri if lang == default else page.uri.removesuffix(".md") + f".{lang}.md"
            if page.uri not in listed:
                unlisted.append(name)
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
    navs = {lang: content_nav(nav, content, lang) for lang in config.languages[1:]}
    text = export_config(config, nav, unlisted, navs)
    (dest / "mkdocs.yml").write_text(text, encoding="utf-8")
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


def search_config() -> str:
    """Pagefind's settings for the exported site: the built pages without their chrome.

    Without the hook there are no per-question records, synonyms or compound parts: Pagefind
    indexes the built pages as they are, one index per language, found by the same box.
    """
    config = {"site": "site", "root_selector": ROOT_SELECTOR, "exclude_selectors": CHROME}
    return json.dumps(config, ensure_ascii=False, indent=2) + "\n"


def export_config(
    config: SiteConfig, nav: list, unlisted: list[str], navs: dict[str, list] | None = None
) -> str:
    """mkdocs.yml without hooks, with the whole nav written out.

    `unlisted` are the pages the hook builds but keeps out of the nav (examples beyond 30):
    `not_in_nav` says so, or the strict build would stop on them. `navs` are the other
    languages' navs (the examples in their own alphabetical order), written into their
    language's entry of the i18n plugin where they differ from `nav`.
    """
    kept = [
        _exported_block(key, block, nav, unlisted, navs or {})
        for key, block in _top_level_blocks(config.text)
        if key and key not in DROPPED_KEYS  # no key: the file's heading speaks of the hooks
    ]
    return EXPORT_HEADER + "".join(kept)


def _exported_block(
    key: str, block: str, nav: list, unlisted: list[str], navs: dict[str, list]
) -> str:
    if key == "nav":
        nav_block = yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False)
        if unlisted:
            nav_block += "not_in_nav: |\n" + "".join(f"  /{name}\n" for name in unlisted)
        return nav_block + "\n"
    if key == "plugins":
        for lang, own in navs.items():
            if own != nav:
                block = _with_language_nav(block, lang, own)
    return block


def _with_language_nav(block: str, lang: str, nav: list) -> str:
    """The plugins block with `nav:` added to the i18n plugin's entry for `lang`."""
    match = re.search(rf"^( *)- locale: {re.escape(lang)}\n", block, re.M)
    if match is None:
        return block
    indent = " " * (len(match.group(1)) + 2)
    dumped = yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False)
    lines = "".join(f"{indent}{line}\n" for line in dumped.splitlines())
    return block[: match.end()] + lines + block[match.end() :]


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


def _nav_pages(nav: object) -> list[str]:
    """Every page path in a nav, at any depth."""
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [p for value in nav.values() for p in _nav_pages(value)]
    if isinstance(nav, list):
        return [p for entry in nav for p in _nav_pages(entry)]
    return []


def safe_destination(root: Path, dest: Path) -> bool:
    """Only a new or empty folder, or an earlier export, may be emptied."""
    if root.is_relative_to(dest):
        return False
    if not dest.exists() or (dest.is_dir() and not any(dest.iterdir())):
        return True
    previous = dest / "mkdocs.yml"
    return previous.is_file() and previous.read_text(encoding="utf-8").startswith(EXPORT_HEADER)
