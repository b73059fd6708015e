"""The words for an example's fixed values (target groups, partners) in each language.

The schema is the one list of allowed values; each list carries its English words beside
the Danish ones in `x-labels-en`, a keyword jsonschema ignores, so validation and its Danish
messages stay exactly as they were. A value without English is shown in Danish, marked
lang="da" by the renderer.
"""

from __future__ import annotations

import json
from functools import cache

from .model import Text
from .schema import SCHEMA_DIR

ENUM_FIELDS = ("target_groups", "partners")


@cache
def enum_labels(field: str) -> dict[str, Text]:
    """Each allowed value of the example field `field` as a Text: Danish, English if given."""
    schema = json.loads((SCHEMA_DIR / "example.schema.json").read_text(encoding="utf-8"))
    items = schema["properties"][field]["items"]
    english = items.get("x-labels-en", {})
    return {value: Text(value, english.get(value)) for value in items["enum"]}


def enum_text(field: str, value: str) -> Text:
    """The value as a Text; a value the schema does not know stays Danish only."""
    return enum_labels(field).get(value, Text(value))
