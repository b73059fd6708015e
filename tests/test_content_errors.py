"""Bad input is refused with a Danish message naming file, line and field; nothing is dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build_site
from dialogtool.load import load_content
from dialogtool.problems import ContentError, Problem

QUESTION = "          - id: sundhed-faelles-maal\n"
QUESTION_TEXT = "            text: Hvilke fælles mål har vi for beboernes sundhed i boligområdet?\n"
EXAMPLE = "content/examples/bydelsmoedre.md"


def edit(project: Path, relative: str, old: str, new: str) -> int:
    """Replace `old` once in a project file and return the 1-based line where it stood."""
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur exactly once in {relative}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def line_of(project: Path, relative: str, needle: str) -> int:
    """The 1-based line where `needle` starts in a project file."""
    text = (project / relative).read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


def problems(project: Path) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        load_content(project / "content", project)
    return caught.value.problems


def only(project: Path) -> Problem:
    found = problems(project)
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


def test_today_s_content_loads(content) -> None:
    assert len(content.themes) == 2


def test_invalid_yaml_syntax(project: Path) -> None:
    line = edit(
        project,
        "content/questions.yaml",
        QUESTION_TEXT,
        "            text: Hvad er målet: bedre sundhed?\n",
    )
    problem = only(project)
    assert (problem.path, problem.line) == ("content/questions.yaml", line)
    assert "sæt teksten i anførselstegn" in problem.message


def test_missing_required_field(project: Path) -> None:
    question_line = line_of(project, "content/questions.yaml", QUESTION)
    edit(project, "content/questions.yaml", QUESTION_TEXT, "")
    problem = only(project)
    assert problem.line == question_line
    assert problem.message == "Spørgsmålet 'sundhed-faelles-maal' mangler feltet 'text'."


def test_unknown_field_is_a_typo(project: Path) -> None:
    line = edit(
        project, "content/questions.yaml", QUESTION_TEXT, QUESTION_TEXT.replace("text:", "txet:")
    )
    found = problems(project)
    messages = {(p.line, p.message.split(".")[0]) for p in found}
    assert (line, "Spørgsmålet 'sundhed-faelles-maal' har et ukendt felt 'txet'") in messages
    assert any("mangler feltet 'text'" in p.message for p in found)


def test_duplicate_key(project: Path) -> None:
    line = edit(project, "content/questions.yaml", QUESTION_TEXT, QUESTION_TEXT * 2)
    problem = only(project)
    assert (problem.line, problem.column) == (line + 1, 13)
    assert "Feltet 'text' står to gange" in problem.message


def test_duplicate_id(project: Path) -> None:
    first = line_of(project, "content/questions.yaml", QUESTION)
    line = edit(
        project,
        "content/questions.yaml",
        "          - id: sundhed-forventninger\n",
        "          - id: sundhed-faelles-maal\n",
    )
    # A meeting template that named the renamed question is reported too, in meetings.yaml.
    found = [p for p in problems(project) if p.path == "content/questions.yaml"]
    assert len(found) == 1, [str(p) for p in found]
    problem = found[0]
    assert (problem.line, problem.column) == (line, 13)
    assert f"Id'et 'sundhed-faelles-maal' er allerede brugt i linje {first}" in problem.message


def test_example_with_unknown_theme_and_question(project: Path) -> None:
    edit(project, EXAMPLE, "themes: [sundhed]", "themes: [sundhed, boliger]")
    edit(project, EXAMPLE, "questions: [sundhed-bydelsmoedre,", "questions: [findes-ikke,")
    found = {str(p) for p in problems(project)}
    assert found == {
        f"{EXAMPLE}:6:19: Feltet 'themes' nævner temaet 'boliger', som ikke findes; "
        "mulige temaer: beskaeftigelse, sundhed.",
        f"{EXAMPLE}:9:13: Feltet 'questions' nævner spørgsmålet 'findes-ikke', som ikke "
        "findes i questions.yaml.",
    }


def test_broken_front_matter(project: Path) -> None:
    path = project / EXAMPLE
    path.write_text(path.read_text(encoding="utf-8").replace("---\n", "", 2), encoding="utf-8")
    problem = only(project)
    assert (problem.path, problem.line) == (EXAMPLE, 1)
    assert "tre bindestreger (---)" in problem.message


def test_front_matter_field_of_wrong_kind(project: Path) -> None:
    edit(project, EXAMPLE, "themes: [sundhed]", "themes: sundhed")
    problem = only(project)
    assert problem.line == 6
    assert problem.message == (
        "Feltet 'themes' i eksemplet skal være en liste, men er teksten 'sundhed'."
    )


@pytest.mark.parametrize(
    ("value", "described"),
    [("42", "et tal (42)"), ("true", "en ja/nej-værdi (true/false)"), ("[a, b]", "en liste")],
)
def test_text_that_is_not_text(project: Path, value: str, described: str) -> None:
    line = edit(project, "content/questions.yaml", QUESTION_TEXT, f"            text: {value}\n")
    problem = only(project)
    assert problem.line == line
    assert problem.message.startswith(
        f"Feltet 'text' i spørgsmålet 'sundhed-faelles-maal' skal være tekst, men er {described}."
    )


@pytest.mark.parametrize("word", ["ja", "nej", "yes", "no", "on", "off", "2019-01-11"])
def test_yes_no_and_dates_stay_text_in_content(project: Path, word: str) -> None:
    edit(project, "content/questions.yaml", QUESTION_TEXT, f"            text: {word}\n")
    loaded = load_content(project / "content", project)
    assert loaded.question_index["sundhed-faelles-maal"][1].text.da == word


@pytest.mark.parametrize("bad_id", ["Sundhed-Maal", "sundhed maal", "sundhed-mål", "-x"])
def test_id_must_be_a_lower_case_ascii_slug(project: Path, bad_id: str) -> None:
    line = edit(project, "content/questions.yaml", QUESTION, f"          - id: '{bad_id}'\n")
    found = problems(project)
    assert found[0].line == line
    assert "må kun indeholde små bogstaver a-z" in found[0].message
    assert f"'{bad_id}'" in found[0].message


def test_tab_in_indentation(project: Path) -> None:
    line = edit(project, "content/questions.yaml", QUESTION_TEXT, "\t" + QUESTION_TEXT[1:])
    problem = only(project)
    assert problem.line == line
    assert "Tabulatortegn" in problem.message


def test_empty_file(project: Path) -> None:
    (project / "content/questions.yaml").write_text("\n", encoding="utf-8")
    problem = only(project)
    assert str(problem) == "content/questions.yaml:1:1: Filen er tom."


def test_file_that_is_not_utf8(project: Path) -> None:
    path = project / EXAMPLE
    path.write_bytes(
        path.read_bytes().replace("Bydelsmødre".encode(), "Bydelsmødre".encode("latin-1"), 1)
    )
    problem = only(project)
    assert (problem.path, problem.line) == (EXAMPLE, 2)
    assert "ikke gemt som UTF-8" in problem.message


def test_bad_example_file_name(project: Path) -> None:
    (project / EXAMPLE).rename(project / "content/examples/Bydelsmødre.md")
    (project / "content/examples/bydelsmoedre.en.md").unlink()
    assert "Filnavnet 'Bydelsmødre.md' bliver sidens adresse" in only(project).message


def test_every_problem_is_reported_in_one_run(project: Path) -> None:
    edit(project, "content/questions.yaml", QUESTION_TEXT, "")
    edit(project, EXAMPLE, "themes: [sundhed]", "themes: [boliger]")
    edit(project, "content/examples/fritidsjob-for-unge.md", "title:", "titel:")
    paths = {p.path for p in problems(project)}
    assert paths == {
        "content/questions.yaml",
        EXAMPLE,
        "content/examples/fritidsjob-for-unge.md",
    }


def test_the_build_stops_with_the_message_and_no_traceback(project: Path, tmp_path: Path) -> None:
    line = line_of(project, "content/questions.yaml", QUESTION)
    edit(project, "content/questions.yaml", QUESTION_TEXT, "")
    result = build_site(project, tmp_path / "out")
    assert result.returncode != 0
    assert (
        f"content/questions.yaml:{line}:13: "
        "Spørgsmålet 'sundhed-faelles-maal' mangler feltet 'text'." in result.stderr + result.stdout
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "sundhed" / "index.html").exists()
