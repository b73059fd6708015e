"""`make check`: one Danish line per problem, GitHub annotations, spelling, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import ROOT
from dialogtool.spelling import hunspell_available
from test_content_errors import EXAMPLE, QUESTION, QUESTION_TEXT, edit, line_of

CHECK_JSONSCHEMA = str(Path(sys.executable).with_name("check-jsonschema"))


def run_check(project: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dialogtool.check", "--root", str(project)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "hooks"), "GITHUB_ACTIONS": "", **env},
        check=False,
    )


def test_today_s_content_passes() -> None:
    result = run_check(ROOT)
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert "Indholdet er i orden" in result.stderr


def test_each_problem_is_one_line_with_path_line_and_column(project: Path) -> None:
    line = line_of(project, "content/questions.yaml", QUESTION)
    edit(project, "content/questions.yaml", QUESTION_TEXT, "")
    edit(project, EXAMPLE, "themes: [sundhed]", "themes: [boliger]")
    result = run_check(project, GITHUB_ACTIONS="true")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines == [
        "content/examples/bydelsmoedre.md:6:10: Feltet 'themes' nævner temaet 'boliger', som "
        "ikke findes; mulige temaer: beskaeftigelse, sundhed.",
        "::error file=content/examples/bydelsmoedre.md,line=6,col=10::Feltet 'themes' nævner "
        "temaet 'boliger', som ikke findes; mulige temaer: beskaeftigelse, sundhed.",
        f"content/questions.yaml:{line}:13: "
        "Spørgsmålet 'sundhed-faelles-maal' mangler feltet 'text'.",
        f"::error file=content/questions.yaml,line={line},col=13::Spørgsmålet "
        "'sundhed-faelles-maal' mangler feltet 'text'.",
    ]
    assert "Traceback" not in result.stderr


def test_without_github_actions_there_are_no_annotations(project: Path) -> None:
    edit(project, "content/questions.yaml", QUESTION_TEXT, "")
    result = run_check(project)
    assert result.returncode == 1
    assert "::error" not in result.stdout


def test_misspelled_word_is_reported_at_its_line(project: Path) -> None:
    if not hunspell_available():
        message = "hunspell og hunspell-da mangler: apt-get install hunspell hunspell-da"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    line = edit(
        project, "content/questions.yaml", QUESTION_TEXT, QUESTION_TEXT.replace("fælles", "fællis")
    )
    result = run_check(project)
    assert result.returncode == 1
    assert f"content/questions.yaml:{line}:26: ordet 'fællis' er ikke genkendt" in result.stdout
    wordlist = project / "content" / "wordlist.txt"
    wordlist.write_text(wordlist.read_text(encoding="utf-8") + "fællis\n", encoding="utf-8")
    assert run_check(project).returncode == 0


def test_an_independent_validator_accepts_the_content(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            CHECK_JSONSCHEMA,
            "--schemafile",
            str(ROOT / "schemas/questions.schema.json"),
            str(ROOT / "content/questions.yaml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    fronts = []
    for example in sorted((ROOT / "content/examples").glob("*.md")):
        if example.name.endswith(".en.md"):
            continue
        front = example.read_text(encoding="utf-8").split("---\n")[1]
        target = tmp_path / f"{example.stem}.yaml"
        target.write_text(front, encoding="utf-8")
        fronts.append(str(target))
    assert len(fronts) >= 8
    result = subprocess.run(
        [CHECK_JSONSCHEMA, "--schemafile", str(ROOT / "schemas/example.schema.json"), *fronts],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_schemas_describe_every_field_in_danish() -> None:
    import json

    def walk(node: object, path: str) -> list[str]:
        missing = []
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                if "description" not in sub:
                    missing.append(f"{path}.{name}")
            for key, sub in node.items():
                missing += walk(sub, f"{path}.{key}")
        return missing

    for schema in (ROOT / "schemas").glob("*.json"):
        data = json.loads(schema.read_text(encoding="utf-8"))
        assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(data)  # the build trusts them unchecked
        assert walk(data, schema.name) == []


def test_editable_files_point_editors_at_the_schema() -> None:
    questions = (ROOT / "content/questions.yaml").read_text(encoding="utf-8")
    assert questions.startswith("# yaml-language-server: $schema=../schemas/questions.schema.json")
    template = (ROOT / "content/example-template.md").read_text(encoding="utf-8")
    assert "# yaml-language-server: $schema=" in template.split("---")[1]


def test_the_example_template_is_valid_but_not_published(project: Path) -> None:
    template = project / "content" / "example-template.md"
    (project / "content/examples/ny.md").write_text(
        template.read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = run_check(project, PATH="/nonexistent")  # schema and references only
    assert result.returncode == 0, result.stdout
    front = yaml.safe_load(template.read_text(encoding="utf-8").split("---")[1])
    assert front["title"]
