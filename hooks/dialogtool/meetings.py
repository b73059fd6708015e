"""Meeting templates from `content/meetings.yaml`: ready-made agendas for the handout builder.

The loader checks the file against `schemas/meetings.schema.json` and the questions each
template names against the question ids in questions.yaml, and returns model objects with
every problem found (`path:line:col`), so `load.py` only has to orchestrate.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .model import MeetingItem, MeetingTemplate, Source, Text
from .problems import Problem
from .schema import schema_problems
from .yamlsource import YamlDocument


@dataclass
class LoadedMeetings:
    templates: tuple[MeetingTemplate, ...] = ()
    problems: list[Problem] = field(default_factory=list)


def meeting_templates(
    doc: YamlDocument | None, path: str, question_ids: set[str] | None
) -> LoadedMeetings:
    """The templates in `doc`; `question_ids` is None when questions.yaml could not be read,
    and then references are not checked (there is nothing to check them against)."""
    result = LoadedMeetings()
    if doc is None:
        return result

    def add(where: tuple, message: str) -> None:
        pos = doc.position(where)
        result.problems.append(Problem(path, pos.line, pos.column, message))

    found = schema_problems("meetings", doc, "Filen")
    for line, column, message in found:
        result.problems.append(Problem(path, line, column, message))
    if found:
        return result
    data = doc.data
    assert isinstance(data, dict)
    templates, seen = [], set()
    for t, item in enumerate(data["templates"]):
        where = ("templates", t)
        if item["id"] in seen:
            add((*where, "id"), f"Skabelonen '{item['id']}' står to gange; giv den et andet id.")
        seen.add(item["id"])
        agenda, listed = [], {}
        for q, entry in enumerate(item["questions"]):
            if entry["id"] in listed:
                add(
                    (*where, "questions", q, "id"),
                    f"Skabelonen '{item['id']}' nævner spørgsmålet '{entry['id']}' to gange "
                    f"(også i linje {listed[entry['id']]}); et spørgsmål står kun én gang på "
                    "en dagsorden, så slet det ene.",
                )
            listed.setdefault(entry["id"], doc.position((*where, "questions", q, "id")).line)
            if question_ids is not None and entry["id"] not in question_ids:
                add(
                    (*where, "questions", q, "id"),
                    f"Skabelonen '{item['id']}' nævner spørgsmålet '{entry['id']}', som ikke "
                    "findes i questions.yaml.",
                )
            # 0: the question's own default, filled in by the builder from questions.yaml.
            agenda.append(MeetingItem(entry["id"], entry.get("minutes", 0)))
        templates.append(
            MeetingTemplate(
                item["id"],
                Text(item["title"], item.get("title_en")),
                item["minutes"],
                Text(item["purpose"], item.get("purpose_en")),
                tuple(agenda),
                Source(path, doc.position(where).line),
            )
        )
    result.templates = tuple(templates)
    return result


def overfull_templates(
    templates: tuple[MeetingTemplate, ...], doc: YamlDocument | None
) -> list[Problem]:
    """Templates whose questions take longer than the meeting (each question's own minutes
    filled in). Refused, not warned about: the handout would print an agenda that overruns
    from the start, and `make check` has no warnings that anyone reads."""
    found = []
    for n, template in enumerate(templates):
        planned = sum(item.minutes for item in template.items)
        if planned > template.minutes and doc is not None:
            pos = doc.position(("templates", n, "minutes"))
            found.append(
                Problem(
                    template.source.path,
                    pos.line,
                    pos.column,
                    f"Skabelonen '{template.id}' varer {template.minutes} minutter, men "
                    f"spørgsmålene tager tilsammen {planned} minutter. Gør mødet længere, "
                    "sæt færre minutter på spørgsmålene, eller tag et spørgsmål ud; lad gerne "
                    "lidt tid være tilbage til velkomst og opsamling.",
                )
            )
    return found


def with_question_minutes(
    templates: tuple[MeetingTemplate, ...], minutes: dict[str, int]
) -> tuple[MeetingTemplate, ...]:
    """Templates whose items without minutes take their question's own default."""
    return tuple(
        replace(
            t,
            items=tuple(
                item if item.minutes else replace(item, minutes=minutes[item.question_id])
                for item in t.items
            ),
        )
        for t in templates
    )
