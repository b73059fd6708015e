"""Strict YAML reading that remembers where every value stands.

PyYAML silently keeps the last of two equal keys and turns `yes`, `no`, `on`, `off` and
dates into booleans and date objects. Content written by non-programmers must not change
meaning like that, so this reader rejects duplicate keys, keeps those words and dates as
text, and records the line and column of each value for precise error messages.

It also refuses what would let a file grow or shrink behind the contributor's back:
anchors, aliases and merge keys (a few lines of aliases expand to billions of values, so
they are refused from the event stream before anything is built), and a comment right
after a plain text on the same line (YAML silently cuts the text at ` #`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

import yaml

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path_ = tuple[str | int, ...]

_TRUE_FALSE = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
# Numbers only as people write them: YAML 1.1 also reads 010 as 8, 1:30 as 90, 0x10 as 16
# and .nan as a number, which would change the value (and its message) behind the writer's back.
_DECIMAL_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
_DECIMAL_FLOAT = re.compile(r"^[-+]?[0-9]+\.[0-9]+$")
_DROPPED_TAGS = {
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
}
# Deeper than any content file needs (questions.yaml nests 7 levels); checked on the event
# stream, before anything recursive (building, the schema) sees the document.
MAX_DEPTH = 32
_TOO_DEEP = (
    f"Lister og felter er lagt mere end {MAX_DEPTH} niveauer inden i hinanden her; så dybt går "
    "indholdet aldrig. Tjek klammerne [ ] og { } og indrykningen."
)


class _StrictLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader whose only booleans are true/false and which knows no dates."""


_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _DROPPED_TAGS]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_implicit_resolver("tag:yaml.org,2002:bool", _TRUE_FALSE, list("tTfF"))
_StrictLoader.add_implicit_resolver("tag:yaml.org,2002:int", _DECIMAL_INT, list("-+0123456789"))
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float", _DECIMAL_FLOAT, list("-+0123456789")
)


class Position(NamedTuple):
    """Line and column, 1-based. A NamedTuple: one is made for every value in the file."""

    line: int
    column: int


@dataclass
class YamlDocument:
    """Plain Python data plus the position of each value, keyed by its path."""

    data: object
    positions: dict[Path_, Position] = field(default_factory=dict)
    # Start and end of each text value in the source, for messages about its inside.
    spans: dict[Path_, tuple[Position, Position]] = field(default_factory=dict)

    def position(self, path: Path_) -> Position:
        """The position of `path`, or of its nearest known parent."""
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, Position(1, 1))

    def value(self, path: Path_) -> object:
        """The value at `path` (which must exist)."""
        node = self.data
        for step in path:
            node = node[step]  # type: ignore[index]
        return node


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
        _refuse_expansion_and_cut_texts(text, line_offset)
        node = yaml.compose(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlSyntaxError(
            [YamlIssue(line + line_offset, column, _explain(error, text, line))]
        ) from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow
        before = split_lines(text[: error.position])
        raise YamlSyntaxError(
            [
                YamlIssue(
                    len(before) + line_offset,
                    len(before[-1]) + 1,
                    f"Tegnet U+{error.character:04X} (et usynligt styretegn) er ikke tilladt i "
                    "YAML; slet det (det kommer ofte med, når tekst kopieres fra et andet "
                    "program).",
                )
            ]
        ) from None
    except yaml.YAMLError as error:
        message = " ".join(str(error).split())
        raise YamlSyntaxError([YamlIssue(1 + line_offset, 1, f"YAML-fejl: {message}")]) from None
    doc = YamlDocument(data=None)
    issues: list[YamlIssue] = []
    if node is not None:
        doc.positions[()] = _position(node, line_offset)
        doc.data = _build(node, (), doc, issues, line_offset)
    if issues:
        raise YamlSyntaxError(issues)
    return doc


MAX_ALIAS_ISSUES = 20  # a bomb has thousands of aliases; the first ones say enough
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")  # YAML's line breaks, not Python's
_COMMENT_AFTER = re.compile(r"[ \t]+#")


def split_lines(text: str) -> list[str]:
    """The lines of `text` as YAML (and so every position here) counts them."""
    return _LINE_BREAK.split(text)


def _refuse_expansion_and_cut_texts(text: str, offset: int) -> None:
    """Raise YamlSyntaxError for anchors, aliases and comments cutting a plain text.

    Works on the parser's events, which are linear in the file's size: an alias is only
    ever expanded when the nodes are built, and that never happens here.
    """
    issues: list[YamlIssue] = []
    lines: list[str] | None = None
    anchors = depth = 0
    for event in yaml.parse(text, Loader=_StrictLoader):
        mark = event.start_mark
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                issue = YamlIssue(mark.line + 1 + offset, mark.column + 1, _TOO_DEEP)
                raise YamlSyntaxError([issue])
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            anchors += 1
            if anchors <= MAX_ALIAS_ISSUES:
                issues.append(
                    YamlIssue(
                        mark.line + 1 + offset,
                        mark.column + 1,
                        "Ankre (&) og aliaser (*) er ikke tilladt i indholdet; skriv teksten "
                        "ud hvert sted, den skal stå.",
                    )
                )
        elif isinstance(event, yaml.ScalarEvent) and not event.style:
            end = event.end_mark
            lines = lines if lines is not None else split_lines(text)
            rest = lines[end.line][end.column :] if end.line < len(lines) else ""
            cut = _COMMENT_AFTER.match(rest)
            after = rest[cut.end() :] if cut else ""
            if cut and (" " in event.value or (after and not after[0].isspace())):
                issues.append(
                    YamlIssue(
                        end.line + 1 + offset,
                        end.column + cut.end(),
                        "Teksten stopper her, fordi YAML læser ' #' og resten af linjen som en "
                        "kommentar. Hører det med til teksten, så sæt hele teksten i "
                        'anførselstegn: "..."; er det en kommentar, så flyt den op på sin '
                        "egen linje.",
                    )
                )
    if anchors > MAX_ALIAS_ISSUES:
        issues.append(
            YamlIssue(
                issues[MAX_ALIAS_ISSUES - 1].line,
                issues[MAX_ALIAS_ISSUES - 1].column,
                f"... og {anchors - MAX_ALIAS_ISSUES} ankre og aliaser mere i samme fil.",
            )
        )
    if issues:
        raise YamlSyntaxError(issues)


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
            if key_node.tag == "tag:yaml.org,2002:merge":
                issues.append(
                    YamlIssue(
                        key_pos.line,
                        key_pos.column,
                        "Flettenøglen '<<' er ikke tilladt i indholdet; skriv felterne ud "
                        "der, hvor de skal stå.",
                    )
                )
                continue
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
    end = node.end_mark
    doc.spans[path] = (_position(node, offset), Position(end.line + 1 + offset, end.column + 1))
    return _scalar(node)


def _scalar(node: yaml.Node) -> object:
    tag, value = node.tag, node.value
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() == "true"
    if tag == "tag:yaml.org,2002:int" and _DECIMAL_INT.match(value):
        return int(value)
    if tag == "tag:yaml.org,2002:float" and _DECIMAL_FLOAT.match(value):
        return float(value)
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
    if "maximum nesting depth" in problem:
        return _TOO_DEEP
    if "found undefined alias" in problem or "found unhashable key" in problem:
        return f"YAML kan ikke læses her ({problem.strip()})."
    return f"YAML kan ikke læses her: {problem.strip()}."
