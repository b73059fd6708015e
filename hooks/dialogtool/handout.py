"""The data the meeting handout builder works from, as one JSON-ready dict per language.

The builder (docs/javascripts/handout-*.js) restores a meeting from the link's fragment,
prints it and copies it as text; it needs each question's text, audience, recommendations
and default minutes, the recommendations' numbers and titles and the meeting templates.
The page itself still lists every question as HTML, so it works without JavaScript.
"""

from __future__ import annotations

from urllib.parse import urlencode

from .labels import LABELS
from .model import Content, MeetingTemplate, Text

# What the builder reads from a link at most (issue 14): longer links are cut with a notice.
LIMITS = {"fragment": 6000, "items": 60, "own": 15, "own_length": 300, "field": 200, "notes": 1000}


def handout_data(content: Content, lang: str) -> dict:
    """Questions, recommendations, templates, labels and limits for the builder."""

    def pick(text: Text) -> str:
        return text.pick(lang)[0]

    questions = {}
    for theme in content.themes:
        for topic in theme.topics:
            for q in topic.questions:
                questions[q.id] = {
                    "text": pick(q.text),
                    "lang": q.text.pick(lang)[1],
                    "who": q.who,
                    "recs": list(q.recommendations),
                    "minutes": q.minutes,
                    "followups": [pick(f) for f in q.followups],
                    "theme": theme.id,
                }
    labels = LABELS[lang]
    return {
        "lang": lang,
        "questions": questions,
        "themes": {t.id: [q.id for q in t.questions] for t in content.themes},
        "recommendations": {
            r.id: {"number": r.number, "title": pick(r.title)} for r in content.recommendations
        },
        "templates": {
            t.id: {"title": pick(t.title), "purpose": pick(t.purpose), "minutes": t.minutes}
            for t in content.meetings
        },
        "labels": {k: v for k, v in labels.items() if k.startswith("kit_")},
        "limits": LIMITS,
    }


def template_fragment(template: MeetingTemplate, lang: str) -> str:
    """The link fragment that opens the builder with `template` filled in, as the builder
    itself writes it (handout-state.js): title, length, template id and the agenda."""
    agenda = ",".join(f"{item.question_id}:{item.minutes}" for item in template.items)
    fields = {
        "titel": template.title.pick(lang)[0],
        "laengde": template.minutes,
        "skabelon": template.id,
        "q": agenda,
    }
    return urlencode(fields, safe=",:")
