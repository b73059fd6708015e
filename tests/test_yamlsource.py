"""The strict YAML reader: YAML's silent conversions become text or errors, with positions."""

from __future__ import annotations

import pytest

from dialogtool.yamlsource import YamlSyntaxError, parse_yaml


@pytest.mark.parametrize("word", ["ja", "nej", "yes", "no", "on", "off", "Yes", "NO"])
def test_yes_no_words_stay_text(word: str) -> None:
    assert parse_yaml(f"text: {word}\n").data == {"text": word}


def test_dates_stay_text() -> None:
    assert parse_yaml("dato: 2019-01-11\n").data == {"dato": "2019-01-11"}


def test_true_false_and_numbers_keep_their_type_for_the_schema_to_refuse() -> None:
    assert parse_yaml("a: true\nb: 42\nc: 1.5\nd:\n").data == {
        "a": True,
        "b": 42,
        "c": 1.5,
        "d": None,
    }


def test_duplicate_key_is_an_error_with_both_lines() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_yaml("id: a\ntext: x\ntext: y\n")
    (issue,) = caught.value.issues
    assert (issue.line, issue.column) == (3, 1)
    assert "'text' står to gange (også i linje 2)" in issue.message


def test_tab_indentation_is_explained() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_yaml("a:\n\t- x\n")
    assert caught.value.issues[0].line == 2
    assert "Tabulatortegn" in caught.value.issues[0].message


def test_positions_point_at_keys_and_items() -> None:
    doc = parse_yaml("top:\n  list:\n    - one\n    - two\n", line_offset=10)
    assert doc.position(("top", "list", 1)).line == 14
    assert doc.position(("top", "missing")).line == 11
