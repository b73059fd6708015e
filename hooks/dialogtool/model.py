"""The content as typed, read-only objects: what the renderer and tests work with."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Text:
    """A text in Danish with an optional English translation."""

    da: str
    en: str | None = None

    def pick(self, lang: str) -> tuple[str, str]:
        """The text for `lang` and the language it is really in (Danish when untranslated)."""
        if lang == "en" and self.en:
            return self.en, "en"
        return self.da, "da"

    @property
    def translated(self) -> bool:
        return bool(self.en)


@dataclass(frozen=True)
class Source:
    """Where an item was written, for edit links and messages."""

    path: str
    line: int


@dataclass(frozen=True)
class Recommendation:
    id: str
    number: int
    title: Text
    text: Text
    source: Source


@dataclass(frozen=True)
class Question:
    id: str
    number: str
    text: Text
    who: str
    followups: tuple[Text, ...]
    source: Source
    recommendations: tuple[str, ...] = ()
    minutes: int = 10  # default time on a meeting's agenda


@dataclass(frozen=True)
class Topic:
    number: int
    title: Text
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Example:
    slug: str
    title: Text
    summary: Text
    themes: tuple[str, ...]
    target_groups: tuple[str, ...]
    partners: tuple[str, ...]
    question_ids: tuple[str, ...]
    body: Text
    source: Source


@dataclass(frozen=True)
class Theme:
    id: str
    title: Text
    owner: Text
    guiding_question: Text | None
    intro: Text
    recommendations: tuple[Recommendation, ...]
    topics: tuple[Topic, ...]
    source: Source
    examples: tuple[Example, ...] = ()

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for topic in self.topics for q in topic.questions)


@dataclass(frozen=True)
class PageText:
    """The text an editor writes on a generated page (content/pages.yaml), and where."""

    intro: Text
    source: Source


@dataclass(frozen=True)
class MeetingItem:
    """A question on a meeting template's agenda with the minutes set aside for it."""

    question_id: str
    minutes: int


@dataclass(frozen=True)
class MeetingTemplate:
    """A ready-made meeting the handout builder can start from (content/meetings.yaml)."""

    id: str
    title: Text
    minutes: int
    purpose: Text
    items: tuple[MeetingItem, ...]
    source: Source

    @property
    def planned_minutes(self) -> int:
        return sum(item.minutes for item in self.items)


@dataclass(frozen=True)
class Content:
    recommendations: tuple[Recommendation, ...]
    themes: tuple[Theme, ...]
    examples: tuple[Example, ...]
    source_files: tuple[str, ...] = field(default=())
    pages: dict[str, PageText] = field(default_factory=dict)
    meetings: tuple[MeetingTemplate, ...] = ()

    def theme(self, theme_id: str) -> Theme:
        return self.theme_index[theme_id]

    @cached_property
    def theme_index(self) -> dict[str, Theme]:
        return {t.id: t for t in self.themes}

    @cached_property
    def question_index(self) -> dict[str, tuple[Theme, Question]]:
        """Each question id with its theme, built once so pages need not search."""
        return {q.id: (t, q) for t in self.themes for q in t.questions}

    @cached_property
    def recommendation_index(self) -> dict[str, Recommendation]:
        return {r.id: r for r in self.recommendations}

    @cached_property
    def questions_by_recommendation(self) -> dict[str, tuple[tuple[Theme, Question], ...]]:
        """Each recommendation id with the questions that serve it, in site order."""
        found: dict[str, list[tuple[Theme, Question]]] = {r.id: [] for r in self.recommendations}
        for theme, question in self.question_index.values():
            for rec_id in question.recommendations:
                found.setdefault(rec_id, []).append((theme, question))
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def examples_by_question(self) -> dict[str, tuple[Example, ...]]:
        """Each question id with the examples that name it (inverse of `Example.question_ids`)."""
        found: dict[str, list[Example]] = {}
        for example in self.examples:
            for question_id in example.question_ids:
                found.setdefault(question_id, []).append(example)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def examples_by_recommendation(self) -> dict[str, tuple[Example, ...]]:
        """Each recommendation id with the examples that illustrate one of its questions."""
        found: dict[str, tuple[Example, ...]] = {}
        for rec_id, pairs in self.questions_by_recommendation.items():
            seen = {e.slug: e for _, q in pairs for e in self.examples_by_question.get(q.id, ())}
            found[rec_id] = tuple(e for e in self.examples if e.slug in seen)
        return found
