"""`make changes`: what a content change does, in Danish, for reviewers who do not read YAML.

Compares the content at a git revision (the merge base with `main` by default) with the
working tree and writes a Markdown summary per theme. Both sides are read leniently, without
the schema: the content format may change in the very pull request being summarised, and a
reviewer still needs the summary then. Reading is separate from comparing and rendering, which
are pure functions of two `Snapshot`s.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import jinja2
import yaml
from markupsafe import Markup, escape

from .markup import md_text
from .yamlsource import YamlSyntaxError, parse_yaml

TEMPLATES = Path(__file__).parent / "templates"

CONTENT = "content"
QUESTIONS = "content/questions.yaml"
EXAMPLES = "content/examples/"
# Text fields with an `_en` twin today; any other field whose `_en` twin appears in the
# files counts as translatable too, so new fields are covered without a change here.
TRANSLATABLE = frozenset(
    {"title", "text", "intro", "guiding_question", "owner", "summary", "followups"}
)
FIELD_NAMES = {
    "title": "titel",
    "text": "tekst",
    "intro": "introduktion",
    "guiding_question": "overordnet spørgsmål",
    "owner": "sideansvarlig",
    "summary": "resumé",
    "followups": "uddybende spørgsmål",
    "who": "hvem",
    "body": "beskrivelse",
    "themes": "temaer",
    "target_groups": "målgrupper",
    "partners": "samarbejdspartnere",
    "questions": "spørgsmål",
    "recommendations": "anbefalinger",
    "minutes": "minutter",
}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)


# Reading


@dataclass(frozen=True)
class Item:
    """A question, recommendation, theme or example: its id, Danish label and raw fields."""

    id: str
    label: str
    fields: dict[str, object]
    theme: str = ""  # questions: the theme's id
    topic: str = ""  # questions: the topic's Danish title
    number: str = ""  # questions: 1.2 as on the page


@dataclass
class Snapshot:
    """The content of one side of the comparison, as far as it could be read."""

    themes: dict[str, Item] = field(default_factory=dict)
    topics: dict[str, list[str]] = field(default_factory=dict)  # theme id -> topic titles
    questions: dict[str, Item] = field(default_factory=dict)
    recommendations: dict[str, Item] = field(default_factory=dict)
    examples: dict[str, Item] = field(default_factory=dict)
    untranslated: dict[tuple[str, str, str], str] = field(default_factory=dict)
    other_files: dict[str, str] = field(default_factory=dict)  # path -> text
    notes: list[str] = field(default_factory=list)  # what could not be read


def snapshot(files: dict[str, str]) -> Snapshot:
    """Read content files (repository path -> text) without trusting any schema."""
    snap = Snapshot()
    translatable = set(TRANSLATABLE)
    for text in files.values():
        translatable.update(m.group(1) for m in re.finditer(r"^\s*-?\s*(\w+)_en:", text, re.M))
    if QUESTIONS in files:
        _read_questions(files[QUESTIONS], snap)
    for path in sorted(files):
        if path.startswith(EXAMPLES) and path.endswith(".md") and not path.endswith(".en.md"):
            english = files.get(path.removesuffix(".md") + ".en.md")
            _read_example(path, files[path], english, snap)
        elif path != QUESTIONS and not path.startswith(EXAMPLES):
            snap.other_files[path] = files[path]
    _find_untranslated(snap, translatable)
    return snap


def _load(text: str, path: str, snap: Snapshot) -> object:
    """YAML data, strict where possible (yes/no stay text), plain safe_load otherwise."""
    try:
        return parse_yaml(text).data
    except YamlSyntaxError:
        pass
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        snap.notes.append(f"{code(path)} kunne ikke læses som YAML og er ikke sammenlignet.")
        return None


def _dicts(value: object) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _str(value: object) -> str:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _read_questions(text: str, snap: Snapshot) -> None:
    data = _load(text, QUESTIONS, snap)
    if not isinstance(data, dict):
        if data is not None:
            snap.notes.append(
                f"{code(QUESTIONS)} har ikke den ventede form og er ikke sammenlignet."
            )
        return
    for rec in _dicts(data.get("recommendations")):
        rec_id = _str(rec.get("id"))
        if rec_id:
            snap.recommendations[rec_id] = Item(rec_id, _str(rec.get("title")), rec)
    for theme in _dicts(data.get("themes")):
        theme_id = _str(theme.get("id"))
        if not theme_id:
            continue
        fields = {k: v for k, v in theme.items() if k != "topics"}
        snap.themes[theme_id] = Item(theme_id, _str(theme.get("title")) or theme_id, fields)
        titles = snap.topics.setdefault(theme_id, [])
        for k, topic in enumerate(_dicts(theme.get("topics"))):
            title = _str(topic.get("title"))
            titles.append(title)
            for q, question in enumerate(_dicts(topic.get("questions"))):
                qid = _str(question.get("id"))
                if qid:
                    label = _str(question.get("text"))
                    number = f"{k + 1}.{q + 1}"
                    snap.questions[qid] = Item(qid, label, question, theme_id, title, number)


def _read_example(path: str, text: str, english: str | None, snap: Snapshot) -> None:
    slug = path.removeprefix(EXAMPLES).removesuffix(".md")
    match = _FRONT_MATTER.match(text)
    data = _load(match.group(1) or "", path, snap) if match else None
    fields = dict(data) if isinstance(data, dict) else {}
    fields["body"] = (text[match.end() :] if match else text).strip()
    if english is not None:
        fields["body_en"] = english.strip()
    snap.examples[slug] = Item(slug, _str(fields.get("title")) or slug, fields)


def _kinds(snap: Snapshot) -> tuple[tuple[str, dict[str, Item]], ...]:
    """The translatable items, each group with its Danish name."""
    return (
        ("anbefaling", snap.recommendations),
        ("tema", snap.themes),
        ("spørgsmål", snap.questions),
        ("eksempel", snap.examples),
    )


def _find_untranslated(snap: Snapshot, translatable: set[str]) -> None:
    """Every Danish text without its English twin, keyed so the two sides can be compared."""
    for kind, items in _kinds(snap):
        for item in items.values():
            for key, value in item.fields.items():
                if key in translatable and value and not item.fields.get(f"{key}_en"):
                    snap.untranslated[(kind, item.id, key)] = item.label
            if kind == "eksempel" and not item.fields.get("body_en"):
                snap.untranslated[(kind, item.id, "body")] = item.label


def _stale_translations(old: Snapshot, new: Snapshot) -> list[tuple[tuple[str, str, str], str]]:
    """Danish texts that changed while their English twin stayed as it was."""
    stale = []
    for (kind, items), (_, before_items) in zip(_kinds(new), _kinds(old), strict=True):
        for item_id, item in items.items():
            before = before_items.get(item_id)
            if before is None:
                continue
            for key, value in item.fields.items():
                english = item.fields.get(f"{key}_en")
                if (
                    english
                    and value != before.fields.get(key)
                    and english == before.fields.get(f"{key}_en")
                ):
                    stale.append(((kind, item_id, key), item.label))
    return stale


def read_worktree(root: Path) -> dict[str, str]:
    """Every file below content/ in the working tree."""
    folder = root / CONTENT
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not any(part.startswith(".") for part in path.parts)
    }


def read_revision(root: Path, ref: str) -> dict[str, str]:
    """Every file below content/ at `ref`, read from git objects (nothing is checked out)."""
    listing = _git(root, "ls-tree", "-r", "-z", "--name-only", ref, "--", CONTENT)
    paths = [p for p in listing.decode().split("\0") if p]
    if not paths:
        return {}
    batch = subprocess.run(
        ["git", "-C", str(root), "cat-file", "--batch"],
        input="".join(f"{ref}:{p}\n" for p in paths).encode(),
        capture_output=True,
        check=True,
    ).stdout
    files, pos = {}, 0
    for path in paths:
        header_end = batch.index(b"\n", pos)
        size = int(batch[pos:header_end].split()[2])
        body = batch[header_end + 1 : header_end + 1 + size]
        files[path] = body.decode("utf-8", errors="replace")
        pos = header_end + 1 + size + 1
    return files


def default_base(root: Path) -> str:
    """The merge base of HEAD with `main` (or `origin/main` in a fresh CI checkout)."""
    for branch in ("main", "origin/main"):
        try:
            return _git(root, "merge-base", "HEAD", branch).decode().strip()
        except subprocess.CalledProcessError:
            continue
    raise ChangesError("Fandt hverken grenen main eller origin/main; angiv BASE=<ref>.")


class ChangesError(Exception):
    """A Danish message for the person running `make changes`."""


def _git(root: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=True).stdout


# Comparing


@dataclass
class ThemeChanges:
    """What changed in one theme (the new side's theme, or a removed one)."""

    theme: str
    title: str
    status: str = ""  # "tilføjet", "fjernet" or ""
    fields: list[str] = field(default_factory=list)
    topics_added: list[str] = field(default_factory=list)
    topics_removed: list[str] = field(default_factory=list)
    added: list[Item] = field(default_factory=list)
    removed: list[Item] = field(default_factory=list)
    renamed: list[tuple[Item, Item]] = field(default_factory=list)
    moved: list[tuple[Item, Item]] = field(default_factory=list)
    reworded: list[tuple[Item, Item]] = field(default_factory=list)
    refielded: list[tuple[Item, list[str]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(
            (self.status, self.fields, self.topics_added, self.topics_removed, self.added),
        ) or any((self.removed, self.renamed, self.moved, self.reworded, self.refielded))


@dataclass
class ItemChanges:
    """Recommendations or examples: added, removed, and changed with the fields that changed."""

    added: list[Item] = field(default_factory=list)
    removed: list[Item] = field(default_factory=list)
    changed: list[tuple[Item, Item, list[str]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class Changes:
    themes: list[ThemeChanges]
    recommendations: ItemChanges
    examples: ItemChanges
    broken_ids: list[tuple[str, str, str]]  # (old id, new id or "", theme title)
    untranslated: list[tuple[tuple[str, str, str], str]]
    stale: list[tuple[tuple[str, str, str], str]]  # Danish changed, English did not
    other_files: list[tuple[str, str]]  # (path, "tilføjet" / "fjernet" / "ændret")
    notes: list[str]

    def __bool__(self) -> bool:
        return any(self.themes) or any(
            (self.recommendations, self.examples, self.untranslated, self.stale, self.other_files)
        )


def compare(old: Snapshot, new: Snapshot) -> Changes:
    """Everything that differs between two snapshots, grouped as a reviewer reads it."""
    themes = _theme_changes(old, new)

    def theme_of(item: Item) -> ThemeChanges:
        return themes.setdefault(item.theme, ThemeChanges(item.theme, item.theme))

    removed = [q for qid, q in old.questions.items() if qid not in new.questions]
    added = [q for qid, q in new.questions.items() if qid not in old.questions]
    broken: list[tuple[str, str, str]] = []
    for before, after in _renames(removed, added):
        removed.remove(before)
        added.remove(after)
        theme_of(after).renamed.append((before, after))
        broken.append((before.id, after.id, theme_of(after).title))
    for question in removed:
        theme_of(question).removed.append(question)
        broken.append((question.id, "", theme_of(question).title))
    for question in added:
        theme_of(question).added.append(question)
    for qid, after in new.questions.items():
        before = old.questions.get(qid)
        if before is None:
            continue
        if (before.theme, before.topic) != (after.theme, after.topic):
            theme_of(after).moved.append((before, after))
        if before.label != after.label:
            theme_of(after).reworded.append((before, after))
        others = [f for f in _changed_fields(before.fields, after.fields) if f != "text"]
        if others:
            theme_of(after).refielded.append((after, others))
    order = [*new.themes, *(t for t in themes if t not in new.themes)]
    return Changes(
        themes=[themes[t] for t in order if t in themes],
        recommendations=_item_changes(old.recommendations, new.recommendations),
        examples=_item_changes(old.examples, new.examples),
        broken_ids=broken,
        untranslated=[(k, v) for k, v in new.untranslated.items() if k not in old.untranslated],
        stale=_stale_translations(old, new),
        other_files=_file_changes(old.other_files, new.other_files),
        notes=[*(Markup(f"Før: {n}") for n in old.notes), *(Markup(f"Nu: {n}") for n in new.notes)],
    )


def _theme_changes(old: Snapshot, new: Snapshot) -> dict[str, ThemeChanges]:
    """One entry per theme on either side, with what changed in the theme itself."""
    themes = {tid: ThemeChanges(tid, item.label) for tid, item in new.themes.items()}
    for tid, item in old.themes.items():
        if tid not in themes:
            themes[tid] = ThemeChanges(tid, item.label, status="fjernet")
    for tid, item in new.themes.items():
        if tid not in old.themes:
            themes[tid].status = "tilføjet"
            continue
        themes[tid].fields = _changed_fields(old.themes[tid].fields, item.fields)
        old_topics, new_topics = old.topics.get(tid, []), new.topics.get(tid, [])
        themes[tid].topics_added = [t for t in new_topics if t not in old_topics]
        themes[tid].topics_removed = [t for t in old_topics if t not in new_topics]
    return themes


def _renames(removed: list[Item], added: list[Item]) -> Iterator[tuple[Item, Item]]:
    """Pairs of a removed and an added question that are the same question under a new id:
    the same text, or else the same place (theme and number)."""
    taken: set[str] = set()
    for key in (lambda q: (q.theme, q.label), lambda q: (q.theme, q.topic, q.number)):
        by_key = {key(q): q for q in added if q.id not in taken}
        for before in removed:
            after = by_key.get(key(before))
            if before.id not in taken and after is not None and after.id not in taken:
                taken.update((before.id, after.id))
                yield before, after


def _changed_fields(old: dict[str, object], new: dict[str, object]) -> list[str]:
    return sorted(k for k in old.keys() | new.keys() if k != "id" and old.get(k) != new.get(k))


def _item_changes(old: dict[str, Item], new: dict[str, Item]) -> ItemChanges:
    result = ItemChanges()
    result.added = [item for key, item in new.items() if key not in old]
    result.removed = [item for key, item in old.items() if key not in new]
    for key, after in new.items():
        if key in old and (fields := _changed_fields(old[key].fields, after.fields)):
            result.changed.append((old[key], after, fields))
    return result


def _file_changes(old: dict[str, str], new: dict[str, str]) -> list[tuple[str, str]]:
    status = {p: "tilføjet" for p in new.keys() - old.keys()}
    status.update({p: "fjernet" for p in old.keys() - new.keys()})
    status.update({p: "ændret" for p in old.keys() & new.keys() if old[p] != new[p]})
    return sorted(status.items())


# Rendering


def render(changes: Changes, base: str) -> str:
    """The summary as Markdown: warnings first, then one section per theme, then the rest.

    `base` names what the working tree was compared with (Markdown; see `code`).
    """
    template = _environment().get_template("changes.md.j2")
    return template.render(changes=changes, base=Markup(base)).rstrip("\n") + "\n"


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # a value that misses its filter comes out escaped, never as markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(q=quoted, text=text, code=code, fields=field_names)
    return env


def text(value: object) -> Markup:
    """Content text shown as text: Markdown and HTML in it stay inert."""
    value = _str(value)
    return Markup(md_text(value)) if value else Markup("(uden tekst)")


def quoted(value: object) -> Markup:
    return Markup(f"»{text(value)}«")


def code(value: object) -> Markup:
    """An id or a path as a code span; a backtick in it cannot end the span early."""
    value = str(value)
    fence = "``" if "`" in value else "`"
    pad = " " if "`" in value else ""
    return Markup(f"{fence}{pad}{escape(value)}{pad}{fence}")


def field_names(fields: list[str]) -> Markup:
    """`title_en` becomes "engelsk titel (`title_en`)": the words and the key they edit."""
    shown = []
    for name in fields:
        base = name.removesuffix("_en")
        words = FIELD_NAMES.get(base)
        if words and base != name:
            words = f"engelsk {words}"
        shown.append(f"{words} ({code(name)})" if words else code(name))
    return Markup(", ".join(shown))


# Command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="git-revision at sammenligne med (standard: merge-base)")
    parser.add_argument("--output", type=Path, help="skriv også resuméet til denne fil")
    parser.add_argument("--root", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    try:
        base = args.base or default_base(args.root)
        old = read_revision(args.root, base)
        label = code(args.base) if args.base else f"merge-basen med main ({code(base[:12])})"
    except ChangesError as error:
        print(f"make changes: {error}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as error:
        message = error.stderr.decode(errors="replace").strip()
        print(f"make changes: git kunne ikke læse '{args.base}': {message}", file=sys.stderr)
        return 2
    summary = render(compare(snapshot(old), snapshot(read_worktree(args.root))), label)
    print(summary)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(summary + "\n", encoding="utf-8")
    if step_summary := os.environ.get("GITHUB_STEP_SUMMARY"):
        with Path(step_summary).open("a", encoding="utf-8") as out:
            out.write(summary + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
