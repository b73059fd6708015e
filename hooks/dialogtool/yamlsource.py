"""Strict YAML reading that remembers where every value stands.

PyYAML silently keeps the last of two equal keys and turns `yes`, `no`, `on`, `off` and
dates into booleans and date objects. Content written by non-programmers must not change
meaning like that, so this reader rejects duplicate keys, keeps those words and dates as
text, and records the line and column of each value for precise error messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

import yaml

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path_ = tuple[str | int, ...]

_TRUE_FALSE = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_DROPPED_TAGS = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"}


class _StrictLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader whose only booleans are true/false and which knows no dates."""


_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _DROPPED_TAGS]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_implicit_resolver("tag:yaml.org,2002:bool", _TRUE_FALSE, list("tTfF"))


class Position(NamedTuple):
    """Line and column, 1-based. A NamedTuple: one is made for every value in the file."""

    line: int
    column: int


@dataclass
class YamlDocument:
    """Plain Python data plus the position of each value, keyed by its path."""

    data: object
    positions: dict[Path_, Position] = field(default_factory=dict)

    def position(self, path: Path_) -> Position:
        """The position of `path`, or of its nearest known parent."""
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, Position(1, 1))


@dataclass(frozen=True)
class YamlIssue:
    line: int
    column: int
    message: str


class YamlSyntaxError(Exception):
    def __init__(self, issues: list[YamlIssue]) -> None:
        self.issues = issues
        super().__init__("; ".join(i.message for i in issues))


def parse_yaml(text: str, line_offset: int = 0) -> YamlDocument:
    """Parse one YAML document; raise YamlSyntaxError listing every problem found."""
    try:
        node = yaml.compose(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlSyntaxError(
            [YamlIssue(line + line_offset, column, _explain(error, text, line))]
        ) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError([YamlIssue(1 + line_offset, 1, f"YAML-fejl: {error}")]) from None
    doc = YamlDocument(data=None)
    issues: list[YamlIssue] = []
    if node is not None:
        doc.positions[()] = _position(node, line_offset)
        doc.data = _build(node, (), doc, issues, line_offset)
    if issues:
        raise YamlSyntaxError(issues)
    return doc


def _position(node: yaml.Node, line_offset: int) -> Position:
    return Position(node.start_mark.line + 1 + line_offset, node.start_mark.column + 1)


def _build(
    node: yaml.Node, path: Path_, doc: YamlDocument, issues: list[YamlIssue], offset: int
) -> object:
    if isinstance(node, yaml.MappingNode):
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            key_pos = _position(key_node, offset)
            if key in result:
                first = doc.positions[(*path, key)]
                issues.append(
                    YamlIssue(
                        key_pos.line,
                        key_pos.column,
                        f"Feltet '{key}' står to gange (også i linje {first.line}); "
                        "slet det ene, ellers bliver det første overskrevet.",
                    )
                )
                continue
            doc.positions[(*path, key)] = key_pos
            result[key] = _build(value_node, (*path, key), doc, issues, offset)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            doc.positions[(*path, index)] = _position(item, offset)
            items.append(_build(item, (*path, index), doc, issues, offset))
        return items
    return _scalar(node)


def _scalar(node: yaml.Node) -> object:
    tag, value = node.tag, node.value
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() == "true"
    if tag == "tag:yaml.org,2002:int":
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag == "tag:yaml.org,2002:float":
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    return value


def _explain(error: yaml.MarkedYAMLError, text: str, line: int) -> str:
    """Danish words for the YAML mistakes contributors actually make."""
    problem = (error.problem or "") + " " + (error.context or "")
    lines = text.splitlines()
    if 0 < line <= len(lines) and "\t" in lines[line - 1]:
        return "Tabulatortegn (tab) er ikke tilladt i YAML; ryk ind med mellemrum."
    if "mapping values are not allowed" in problem:
        return (
            "Et kolon efterfulgt af mellemrum (': ') inde i en tekst forvirrer YAML; "
            "sæt teksten i anførselstegn."
        )
    if "could not find expected ':'" in problem or "expected <block end>" in problem:
        return "Indrykningen passer ikke: tjek at felter på samme niveau står lige under hinanden."
    if "found undefined alias" in problem or "found unhashable key" in problem:
        return f"YAML kan ikke læses her ({problem.strip()})."
    return f"YAML kan ikke læses her: {problem.strip()}."
