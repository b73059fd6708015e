"""Read `content/` into a `Content` object, or fail with every problem found.

Validation happens in three layers, each reporting file, line and column: YAML syntax
(strict, see yamlsource), the JSON Schemas in `schemas/`, and the cross-references a schema
cannot express (unique ids, themes and questions that examples refer to).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from pathlib import Path

from .files import parse_content_yaml, read_content_text, read_content_yaml
from .meetings import meeting_templates, with_question_minutes
from .model import Content, Example, Question, Recommendation, Source, Text, Theme, Topic
from .pages import read_pages
from .problems import ContentError, FileProblems, Problem, display_path
from .prose import locate, prose_issues
from .schema import schema_problems
from .yamlsource import Position, YamlDocument, split_lines

QUESTIONS_FILE = "questions.yaml"
MEETINGS_FILE = "meetings.yaml"
DEFAULT_MINUTES = 10  # a question's time on the agenda when neither it nor its topic says
EXAMPLES_DIR = "examples"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)


_Collector = FileProblems  # the name the loaders here have always used


def load_content(content_dir: Path, root: Path | None = None) -> Content:
    """Load and validate all content below `content_dir`; raise ContentError on any problem."""
    problems: list[Problem] = []
    root = root or content_dir.parent
    questions_path = content_dir / QUESTIONS_FILE
    qfile = _Collector(problems, display_path(questions_path, root))
    text = read_content_text(questions_path, content_dir, qfile)
    doc = None if text is None else parse_content_yaml(text, qfile)
    recommendations: tuple[Recommendation, ...] = ()
    themes: tuple[Theme, ...] = ()
    known = _loose_ids(doc.data if doc else None)
    if doc is not None and text is not None and _check_schema("questions", doc, qfile, "Filen"):
        recommendations, themes = _build_questions(doc, qfile)
        _check_questions_prose(doc, split_lines(text), qfile)
    examples = _load_examples(content_dir / EXAMPLES_DIR, root, problems, known, content_dir)
    pages = read_pages(content_dir, root, problems)
    meetings_path = content_dir / MEETINGS_FILE
    mfile = _Collector(problems, display_path(meetings_path, root))
    mdoc = read_content_yaml(meetings_path, content_dir, mfile)
    # Templates are checked against the questions only once questions.yaml itself is sound:
    # an id refused there would otherwise be reported again for every template naming it.
    built = {q.id for theme in themes for q in theme.questions} if themes else None
    meetings = meeting_templates(mdoc, mfile.path, built)
    problems += meetings.problems
    if problems:
        raise ContentError(problems)
    themes = tuple(_with_examples(theme, examples) for theme in themes)
    page_files = sorted({page.source.path for page in pages.values()})
    sources = (qfile.path, *(e.source.path for e in examples), mfile.path, *page_files)
    minutes = {q.id: q.minutes for theme in themes for q in theme.questions}
    templates = with_question_minutes(meetings.templates, minutes)
    return Content(recommendations, themes, examples, sources, pages, templates)


def _check_schema(name: str, doc: YamlDocument, out: _Collector, subject: str) -> bool:
    found = schema_problems(name, doc, subject)
    for line, column, message in found:
        out.add(line, column, message)
    return not found


def _text(item: dict, key: str) -> Text:
    return Text(item[key], item.get(f"{key}_en"))


def _build_questions(
    doc: YamlDocument, out: _Collector
) -> tuple[tuple[Recommendation, ...], tuple[Theme, ...]]:
    data = doc.data
    assert isinstance(data, dict)
    seen: dict[str, int] = {}

    def claim(item_id: str, path: tuple) -> None:
        pos = doc.position((*path, "id"))
        if item_id in seen:
            out.add(
                pos.line,
                pos.column,
                f"Id'et '{item_id}' er allerede brugt i linje {seen[item_id]}; "
                "hvert spørgsmål og hver anbefaling skal have sit eget id.",
            )
        else:
            seen[item_id] = pos.line

    recommendations = []
    for n, item in enumerate(data["recommendations"]):
        path = ("recommendations", n)
        claim(item["id"], path)
        recommendations.append(
            Recommendation(
                item["id"],
                n + 1,
                _text(item, "title"),
                _text(item, "text"),
                Source(out.path, doc.position(path).line),
            )
        )
    by_id = {r.id: r for r in recommendations}

    themes, theme_ids = [], set()
    for t, theme in enumerate(data["themes"]):
        tpath = ("themes", t)
        if theme["id"] in theme_ids:
            pos = doc.position((*tpath, "id"))
            out.add(pos.line, pos.column, f"Temaet '{theme['id']}' står to gange.")
        theme_ids.add(theme["id"])
        theme_recs = []
        for r, rec_id in enumerate(theme["recommendations"]):
            if rec_id in by_id:
                theme_recs.append(by_id[rec_id])
            else:
                pos = doc.position((*tpath, "recommendations", r))
                out.add(
                    pos.line,
                    pos.column,
                    f"Temaet '{theme['id']}' nævner anbefalingen '{rec_id}', som ikke findes "
                    "under recommendations.",
                )
        topics = []
        for k, topic in enumerate(theme["topics"]):
            questions = []
            for q, item in enumerate(topic["questions"]):
                qpath = (*tpath, "topics", k, "questions", q)
                claim(item["id"], qpath)
                followups = _followups(item, doc, qpath, out)
                for r, rec_id in enumerate(item["recommendations"]):
                    if rec_id not in by_id:
                        pos = doc.position((*qpath, "recommendations", r))
                        out.add(
                            pos.line,
                            pos.column,
                            f"Spørgsmålet '{item['id']}' nævner anbefalingen '{rec_id}', som "
                            "ikke findes under recommendations.",
                        )
                questions.append(
                    Question(
                        item["id"],
                        f"{k + 1}.{q + 1}",
                        _text(item, "text"),
                        item.get("who", "begge"),
                        followups,
                        Source(out.path, doc.position(qpath).line),
                        _by_number(item["recommendations"], by_id),
                        item.get("minutes", topic.get("minutes", DEFAULT_MINUTES)),
                    )
                )
            topics.append(Topic(k + 1, _text(topic, "title"), tuple(questions)))
        guiding = _text(theme, "guiding_question") if "guiding_question" in theme else None
        themes.append(
            Theme(
                theme["id"],
                _text(theme, "title"),
                _text(theme, "owner"),
                guiding,
                _text(theme, "intro"),
                tuple(sorted(theme_recs, key=lambda r: r.number)),
                tuple(topics),
                Source(out.path, doc.position(tpath).line),
            )
        )
    return tuple(recommendations), tuple(themes)


def _by_number(ids: list[str], by_id: dict[str, Recommendation]) -> tuple[str, ...]:
    """A question's recommendations in their numbers' order, whatever order the file lists
    them in (an unknown id, already reported, goes last)."""
    last = len(by_id) + 1
    return tuple(sorted(ids, key=lambda rec_id: by_id[rec_id].number if rec_id in by_id else last))


def _check_questions_prose(doc: YamlDocument, lines: list[str], out: _Collector) -> None:
    """Recommendation texts and theme intros are short prose: no headings, images or tables."""
    data = doc.data
    assert isinstance(data, dict)
    fields = [(("recommendations", n), item) for n, item in enumerate(data["recommendations"])]
    fields += [(("themes", n), item) for n, item in enumerate(data["themes"])]
    for path, item in fields:
        for key in ("text", "text_en", "intro", "intro_en"):
            if isinstance(item.get(key), str) and (*path, key) in doc.spans:
                start, end = doc.spans[(*path, key)]
                issues = prose_issues(item[key], key, headings=False)
                for pos, message in locate(issues, lines, start, end):
                    out.add(pos.line, pos.column, message)


def _check_body(body: str, first_line: int, out: _Collector) -> None:
    """An example's description may have subheadings, but nothing the page would drop."""
    lines = split_lines(body)
    issues = prose_issues(body, "beskrivelsen", headings=True)
    for pos, message in locate(issues, lines, Position(1, 1), Position(len(lines), 1)):
        out.add(pos.line + first_line - 1, pos.column, message)


def _followups(item: dict, doc: YamlDocument, path: tuple, out: _Collector) -> tuple[Text, ...]:
    danish, english = item.get("followups", []), item.get("followups_en")
    if english is not None and len(english) != len(danish):
        pos = doc.position((*path, "followups_en"))
        out.add(
            pos.line,
            pos.column,
            f"Spørgsmålet '{item['id']}' har {len(danish)} uddybende spørgsmål på dansk, "
            f"men {len(english)} på engelsk; de skal passe sammen en til en.",
        )
        english = None
    return tuple(Text(da, english[i] if english else None) for i, da in enumerate(danish))


def _loose_ids(data: object) -> tuple[set[str], set[str]] | None:
    """Theme and question ids read without trusting the schema.

    Examples are checked against them even when questions.yaml has other errors, so one
    run reports every problem.
    """
    if not isinstance(data, dict) or not isinstance(data.get("themes"), list):
        return None
    themes, questions = set(), set()
    for theme in data["themes"]:
        if not isinstance(theme, dict):
            continue
        themes.add(str(theme.get("id")))
        for topic in theme.get("topics") or []:
            for question in (topic.get("questions") or []) if isinstance(topic, dict) else []:
                if isinstance(question, dict):
                    questions.add(str(question.get("id")))
    return themes, questions


def _load_examples(
    folder: Path,
    root: Path,
    problems: list[Problem],
    known: tuple[set[str], set[str]] | None,
    content_dir: Path,
) -> tuple[Example, ...]:
    examples = []
    danish = sorted(p for p in folder.glob("*.md") if not p.name.endswith(".en.md"))
    for path in sorted(folder.glob("*.en.md")):
        _check_has_original(path, [p.name.removesuffix(".md") for p in danish], root, problems)
    for path in danish:
        out = _Collector(problems, display_path(path, root))
        loaded = _load_example(path, out, content_dir)
        if loaded is None:
            continue
        example, doc = loaded
        if known is not None:  # without a readable questions.yaml there is nothing to refer to
            _check_refs(doc, out, *known)
        examples.append(example)
    for path in sorted(folder.glob("*")):
        if path.suffix != ".md" and not path.name.startswith("."):
            _Collector(problems, display_path(path, root)).add(
                0,
                0,
                "Mappen content/examples/ må kun indeholde eksempler (filer, der ender på .md).",
            )
    return tuple(examples)


def _check_has_original(path: Path, slugs: list[str], root: Path, problems: list[Problem]) -> None:
    """A translation whose Danish file is misnamed would be ignored: say so instead."""
    slug = path.name.removesuffix(".en.md")
    if slug in slugs:
        return
    original = display_path(path.with_name(f"{slug}.md"), root)
    close = difflib.get_close_matches(slug, slugs, n=1)
    guess = f" mente du '{close[0]}.en.md'?" if close else ""
    _Collector(problems, display_path(path, root)).add(
        0,
        0,
        f"Der er ingen dansk fil '{original}' til denne oversættelse;{guess} En oversættelse "
        "skal hedde som den danske fil, med .en.md til sidst.",
    )


def _load_example(
    path: Path, out: _Collector, content_dir: Path
) -> tuple[Example, YamlDocument] | None:
    slug = path.name.removesuffix(".md")
    if not SLUG.match(slug):
        out.add(
            0,
            0,
            f"Filnavnet '{path.name}' bliver sidens adresse: brug kun små bogstaver a-z, tal og "
            "bindestreger (ikke æ, ø, å eller mellemrum).",
        )
    text = read_content_text(path, content_dir, out)
    if text is None:
        return None
    match = FRONT_MATTER.match(text)
    if not match:
        out.add(
            1,
            1,
            "Eksemplet skal starte med felterne mellem to linjer med tre bindestreger (---).",
        )
        return None
    doc = parse_content_yaml(match.group(1) or "", out, line_offset=1)
    if doc is None:
        return None
    if doc.data is None:
        out.add(2, 1, "Felterne mellem linjerne med --- er tomme.")
        return None
    if not _check_schema("example", doc, out, "Eksemplet"):
        return None
    body = text[match.end() :].strip()
    if not body:
        out.add(
            text[: match.end()].count("\n") + 1,
            1,
            "Eksemplet mangler en beskrivelse under felterne.",
        )
        return None
    _check_body(text[match.end() :], len(split_lines(text[: match.end()])), out)
    english = path.with_name(f"{slug}.en.md")
    body_en = None
    if english.exists() or english.is_symlink():
        english_out = _Collector(out.problems, out.path.removesuffix(".md") + ".en.md")
        body_en = read_content_text(english, content_dir, english_out) or ""
        _check_body(body_en, 1, english_out)
        body_en = body_en.strip()
    data = doc.data
    assert isinstance(data, dict)
    example = Example(
        slug,
        _text(data, "title"),
        _text(data, "summary"),
        tuple(data["themes"]),
        tuple(data["target_groups"]),
        tuple(data["partners"]),
        tuple(data["questions"]),
        Text(body, body_en or None),
        Source(out.path, 1),
    )
    return example, doc


def _check_refs(doc: YamlDocument, out: _Collector, theme_ids: set, questions: set) -> None:
    """Every theme and question an example names must exist in questions.yaml."""
    data = doc.data
    assert isinstance(data, dict)
    checks = (
        (
            "themes",
            theme_ids,
            "temaet '{}', som ikke findes; mulige temaer: " + ", ".join(sorted(theme_ids)) + ".",
        ),
        ("questions", questions, "spørgsmålet '{}', som ikke findes i questions.yaml."),
    )
    for field, known, missing in checks:
        for i, name in enumerate(data[field]):
            if name not in known:
                pos = doc.position((field, i))
                out.add(pos.line, pos.column, f"Feltet '{field}' nævner {missing.format(name)}")


def _with_examples(theme: Theme, examples: tuple[Example, ...]) -> Theme:
    return replace(theme, examples=tuple(e for e in examples if theme.id in e.themes))
