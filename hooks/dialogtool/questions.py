"""Read `content/questions.yaml`: the recommendations and the themes with their questions.

Checked in layers, each reporting `path:line:col`: the text gate and strict YAML (files.py),
the schema, then what a schema cannot say: one id per thing in the whole file (themes,
recommendations and questions share the page addresses and anchors), a theme id that would
take a page the site already has, references to recommendations, and the prose fields
(through `prose.check_prose`, like every other prose field).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .files import parse_content_yaml, read_content_text
from .model import Question, Recommendation, Source, Text, Theme, Topic
from .problems import FileProblems
from .prose import PendingLink, ProseField, check_prose
from .schema import schema_problems
from .yamlsource import YamlDocument, split_lines

QUESTIONS_FILE = "questions.yaml"
DEFAULT_MINUTES = 10  # a question's time on the agenda when neither it nor its topic says


@dataclass
class LoadedQuestions:
    recommendations: tuple[Recommendation, ...] = ()
    themes: tuple[Theme, ...] = ()
    sound: bool = False  # read and valid: other files can be checked against it
    # Theme and question ids read without trusting the schema, so examples are checked
    # against them even when this file has other errors (one run reports every problem).
    loose: tuple[set[str], set[str]] | None = None
    links: list[PendingLink] = field(default_factory=list)


def load_questions(
    content_dir: Path, out: FileProblems, reserved: dict[str, str], languages: list[str]
) -> LoadedQuestions:
    result = LoadedQuestions()
    text = read_content_text(content_dir / QUESTIONS_FILE, content_dir, out)
    doc = None if text is None else parse_content_yaml(text, out)
    if doc is None or text is None:
        return result
    result.loose = _loose_ids(doc.data)
    _check_prose_fields(doc, split_lines(text), out, languages, result.links)
    found = schema_problems("questions", doc, "Filen")
    for line, column, message in found:
        out.add(line, column, message)
    if found:
        return result
    before = len(out.problems)
    result.recommendations, result.themes = _build(doc, out, reserved)
    result.sound = len(out.problems) == before
    return result


def _text(item: dict, key: str) -> Text:
    return Text(item[key], item.get(f"{key}_en"))


def _build(
    doc: YamlDocument, out: FileProblems, reserved: dict[str, str]
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
                "hvert tema, spørgsmål og hver anbefaling skal have sit eget id.",
            )
        else:
            seen[item_id] = pos.line

    for t, theme in enumerate(data["themes"]):  # first: a theme's id is its page's address
        claim(theme["id"], ("themes", t))
        if theme["id"] in reserved:
            pos = doc.position(("themes", t, "id"))
            out.add(
                pos.line,
                pos.column,
                f"Temaet '{theme['id']}' ville få adressen /{theme['id']}/, som findes "
                f"allerede ({reserved[theme['id']]}); giv temaet et andet id.",
            )
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

    def refers(rec_id: str, where: tuple, who: str) -> bool:
        if rec_id in by_id:
            return True
        pos = doc.position(where)
        out.add(
            pos.line,
            pos.column,
            f"{who} nævner anbefalingen '{rec_id}', som ikke findes under recommendations.",
        )
        return False

    themes = []
    for t, theme in enumerate(data["themes"]):
        tpath = ("themes", t)
        theme_recs = tuple(
            by_id[rec_id]
            for r, rec_id in enumerate(theme["recommendations"])
            if refers(rec_id, (*tpath, "recommendations", r), f"Temaet '{theme['id']}'")
        )
        topics = []
        for k, topic in enumerate(theme["topics"]):
            questions = []
            for q, item in enumerate(topic["questions"]):
                qpath = (*tpath, "topics", k, "questions", q)
                claim(item["id"], qpath)
                for r, rec_id in enumerate(item["recommendations"]):
                    refers(rec_id, (*qpath, "recommendations", r), f"Spørgsmålet '{item['id']}'")
                questions.append(
                    Question(
                        item["id"],
                        f"{k + 1}.{q + 1}",
                        _text(item, "text"),
                        item.get("who", "begge"),
                        _followups(item, doc, qpath, out),
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


def _check_prose_fields(
    doc: YamlDocument,
    lines: list[str],
    out: FileProblems,
    languages: list[str],
    links: list[PendingLink],
) -> None:
    """Recommendation texts and theme intros: short prose without headings. Walked over the
    file's text values by path, so a schema error elsewhere hides none of them."""
    data = doc.data if isinstance(doc.data, dict) else {}
    shown_on: dict[str, list[str]] = {}
    for theme in _dicts(data.get("themes")):
        for rec_id in theme.get("recommendations") or []:
            shown_on.setdefault(str(rec_id), []).append(f"{theme.get('id')}/")
    for path, (start, end) in doc.spans.items():
        if len(path) != 3 or path[2] not in ("text", "text_en", "intro", "intro_en"):
            continue
        kind, _, key = path
        value = doc.value(path)
        item = doc.value(path[:2])
        if kind not in ("recommendations", "themes") or not isinstance(value, str):
            continue
        if not isinstance(item, dict):
            continue
        if kind == "recommendations" and key.startswith("text"):
            urls = ["anbefalinger/", *shown_on.get(str(item.get("id")), [])]
        elif kind == "themes" and key.startswith("intro"):
            urls = [f"{item.get('id')}/"]
        else:
            continue
        pages = shown_in(urls, key, item, languages)
        check_prose(ProseField(value, key, lines, start, end, out, pages), links)


def shown_in(urls: list[str], key: str, item: dict, languages: list[str]) -> tuple[str, ...]:
    """The pages a field is shown on: a Danish text in Danish, and in the other languages
    when it has no translation; a translation (`_en`) in its own language."""
    default, *others = languages
    if key.endswith("_en"):
        langs = ["en"]
    else:
        base = key
        langs = [default, *(lang for lang in others if f"{base}_{lang}" not in item)]
    return tuple(("/" if lang == default else f"/{lang}/") + url for lang in langs for url in urls)


def _dicts(value: object) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _followups(item: dict, doc: YamlDocument, path: tuple, out: FileProblems) -> tuple[Text, ...]:
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
    if not isinstance(data, dict) or not isinstance(data.get("themes"), list):
        return None
    themes, questions = set(), set()
    for theme in _dicts(data["themes"]):
        themes.add(str(theme.get("id")))
        for topic in _dicts(theme.get("topics")):
            for question in _dicts(topic.get("questions")):
                questions.add(str(question.get("id")))
    return themes, questions
