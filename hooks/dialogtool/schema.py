"""JSON Schema validation with Danish messages that point at the offending line.

The schemas in `schemas/` are the one description of the content's shape: editors use them
for completion, this module for the build and `make check`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema

from .textgate import is_blank
from .yamlsource import YamlDocument

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"

# The Danish noun for an item of each list, so messages read "Spørgsmålet 'x' ...".
_ITEM_NOUNS = {
    "recommendations": "Anbefalingen",
    "themes": "Temaet",
    "topics": "Emnet",
    "questions": "Spørgsmålet",
}
_TYPE_NAMES = {
    "string": "tekst",
    "array": "en liste",
    "object": "en gruppe af felter",
    "integer": "et heltal",
    "number": "et tal",
    "boolean": "true eller false",
}


@cache
def validator(name: str) -> jsonschema.protocols.Validator:
    """The compiled validator for `schemas/<name>.schema.json`, built once per process."""
    schema = json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    # The schemas themselves are checked by the tests (check_schema here cost every build).
    return cls(_inline_refs(schema))


def _inline_refs(schema: dict) -> dict:
    """The schema with each local `$ref` replaced by its definition (the schemas have no cycles).

    Same errors, half the validation time: jsonschema resolves a `$ref` on every instance.
    """
    defs = schema.get("$defs", {})

    def walk(node: object) -> object:
        if isinstance(node, dict):
            ref = node.get("$ref")
            rest = {k: walk(v) for k, v in node.items() if k not in ("$ref", "$defs")}
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return {**walk(defs[ref.removeprefix("#/$defs/")]), **rest}
            return rest
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(schema)


def schema_problems(name: str, doc: YamlDocument, subject: str) -> list[tuple[int, int, str]]:
    """(line, column, message) for each schema violation in `doc`."""
    found = []
    for error in validator(name).iter_errors(doc.data):
        for leaf in _leaves(error):
            if isinstance(leaf.instance, str) and is_blank(leaf.instance):
                continue  # the text gate has said it is empty (files.parse_content_yaml)
            path = tuple(leaf.absolute_path)
            if leaf.validator == "additionalProperties":
                for key in _extra_keys(leaf):
                    pos = doc.position((*path, key))
                    found.append((pos.line, pos.column, _message(name, leaf, doc, subject, key)))
                continue
            pos = doc.position(path)
            found.append((pos.line, pos.column, _message(name, leaf, doc, subject)))
    return list(dict.fromkeys(found))  # a length limit breaks its pattern and maxLength alike


def _leaves(error: jsonschema.ValidationError) -> list[jsonschema.ValidationError]:
    """The most specific errors: `$ref` and `anyOf` wrap the ones a person can act on."""
    if error.context:
        return [leaf for sub in error.context for leaf in _leaves(sub)]
    return [error]


def _extra_keys(error: jsonschema.ValidationError) -> list[str]:
    allowed = set(error.schema.get("properties", {}))
    return sorted(k for k in error.instance if k not in allowed)


def _where(
    path: tuple, data: object, subject: str, nouns: dict[str, str]
) -> tuple[str, str | None]:
    """Who the error concerns ("Spørgsmålet 'x'") and the field's name, from the path."""
    who, node, field = subject, data, None
    for i, step in enumerate(path):
        if isinstance(step, int) and isinstance(node, list) and i > 0:
            item = node[step] if step < len(node) else None
            noun = nouns.get(str(path[i - 1]))
            if noun and isinstance(item, dict):
                label = item.get("id") or item.get("title")
                who = f"{noun} '{label}'" if isinstance(label, str) else f"{noun} nr. {step + 1}"
                field = None
            elif noun:
                who = f"{noun} nr. {step + 1}"
            else:
                field = f"{path[i - 1]}" if field is None else field
        elif isinstance(step, str):
            field = step
        node = node[step] if isinstance(node, (dict, list)) and _has(node, step) else None
    return who, field


def _has(node: dict | list, step: str | int) -> bool:
    return step in node if isinstance(node, dict) else 0 <= int(step) < len(node)


def _describe_value(value: object) -> str:
    if value is None:
        return "tomt"
    if isinstance(value, bool):
        return "en ja/nej-værdi (true/false)"
    if isinstance(value, (int, float)):
        return f"et tal ({value})"
    if isinstance(value, list):
        return "en liste"
    if isinstance(value, dict):
        return "en gruppe af felter"
    return f"teksten '{value}'"


def _message(
    name: str,
    error: jsonschema.ValidationError,
    doc: YamlDocument,
    subject: str,
    key: str | None = None,
) -> str:
    path = tuple(error.absolute_path)
    nouns = _ITEM_NOUNS if name == "questions" else {}
    if name == "pages" and path and isinstance(doc.data, dict):
        # pages.yaml is keyed by page: "Siden 'eksempler' mangler feltet 'intro'."
        who, field = _where(path[1:], doc.data.get(path[0]), f"Siden '{path[0]}'", nouns)
    else:
        who, field = _where(path, doc.data, subject, nouns)
    in_field = f"Feltet '{field}' i {_lower(who)}" if field else who
    kind = error.validator
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"{who} mangler feltet '{missing}'."
    if kind == "additionalProperties":
        allowed = ", ".join(error.schema.get("properties", {}))
        return f"{who} har et ukendt felt '{key}'. Tjek stavningen; tilladte felter er: {allowed}."
    if kind == "type":
        expected = _TYPE_NAMES.get(str(error.validator_value), str(error.validator_value))
        hint = ""
        if expected == "tekst" and isinstance(error.instance, (bool, int, float)):
            hint = " Sæt teksten i anførselstegn, hvis den skal stå sådan."
        return f"{in_field} skal være {expected}, men er {_describe_value(error.instance)}.{hint}"
    if "errorMessage" in error.schema:
        return f"{in_field} {error.schema['errorMessage']} (står: {_shown(error.instance)})."
    if kind == "enum":
        options = ", ".join(str(v) for v in error.validator_value)
        return f"{in_field} skal være en af: {options} (står: '{error.instance}')."
    if kind in ("minItems", "minLength"):
        return f"{in_field} må ikke være tomt."
    if kind == "uniqueItems":
        return f"{in_field} nævner det samme flere gange."
    return f"{in_field} er ikke gyldigt: {error.message}."


def _shown(value: object, limit: int = 60) -> str:
    """The value quoted, or for a long text its beginning and its size."""
    if not isinstance(value, str) or len(value) <= limit:
        return f"'{value}'"
    start = value[:limit].rstrip()
    return f"'{start}…', {len(value.split())} ord, {len(value)} tegn"


def _lower(who: str) -> str:
    return who[:1].lower() + who[1:]
